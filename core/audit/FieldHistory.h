// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QJsonArray>
#include <QStringList>
#include <QVariantList>

class QSqlQuery;

namespace guanxi {

class Database;

// Who changed which field of a record, from what to what: each versioned write records its
// changed columns in the audit log (action "update", in the write's own transaction), so every
// record has a history that a value can be put back from. Derived columns (sort and match keys)
// are left out; they follow from the others.
namespace FieldHistory {

inline const QString kAction = QStringLiteral("update");

// The row's current values of `columns`, read before the write.
Result<QVariantList> read(Database &db, const QString &table, const QStringList &columns, const QString &id);

// After a write that succeeded: records the columns whose value changed from `before` to `after`.
Status record(Database &db, qint64 at, const QString &actorId, const QString &table, const QString &id,
              const QStringList &columns, const QVariantList &before, const QVariantList &after);

// Runs a prepared versioned UPDATE of one row whose first bound values are `columns`, in order,
// and records the changed ones. False when no row was touched (its version had moved on).
Result<bool> runRecorded(Database &db, QSqlQuery &update, const QString &table, const QStringList &columns,
                         const QString &id, qint64 now, const QString &actorId);

struct Change {
    QString field; // the column
    QVariant from;
    QVariant to;
};
// The changes of one audit entry's detail (empty for other actions).
QList<Change> changesOf(const QJsonObject &detail);

} // namespace FieldHistory

} // namespace guanxi
