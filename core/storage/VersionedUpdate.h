// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QStringList>
#include <QVariantList>

namespace guanxi {

class Database;

// Whether a versioned write may touch a row in the bin (deleted_at set): a restore must, an edit
// of a record someone else deleted must not.
enum class WhenDeleted {
    Write,
    Refuse
};

// The write every synced table shares: set some columns of one row, stamp it (updated_at,
// updated_by, row_version + 1), but only while it is still at `expectedVersion`. False when it
// was not (someone else wrote first, or the row is gone). Table and column names are the
// caller's constants; every value is bound.
Result<bool> updateVersioned(Database &db, const QString &table, const QStringList &columns, const QVariantList &values,
                             const QString &id, qint64 expectedVersion, qint64 now, const QString &actorId,
                             WhenDeleted whenDeleted = WhenDeleted::Write);

// Moves every row of `table` that belongs to customer `fromId` to `toId`, stamped (a merge, a
// converted lead).
Status reassignCustomer(Database &db, const QString &table, const QString &fromId, const QString &toId, qint64 now,
                        const QString &actorId, const QString &extraCondition = {});

} // namespace guanxi
