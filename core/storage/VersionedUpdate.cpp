// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/VersionedUpdate.h"

#include "core/audit/FieldHistory.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"

#include <QSqlQuery>

namespace guanxi {

Result<bool> updateVersioned(Database &db, const QString &table, const QStringList &columns, const QVariantList &values,
                             const QString &id, qint64 expectedVersion, qint64 now, const QString &actorId,
                             WhenDeleted whenDeleted)
{
    QStringList sets;
    for (const QString &c : columns)
        sets.append(c + QStringLiteral(" = ?"));
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("UPDATE %1 SET %2, updated_at = ?, updated_by = ?, row_version = row_version + 1 "
                             "WHERE id = ? AND row_version = ?%3")
                  .arg(table, sets.join(QStringLiteral(", ")),
                       whenDeleted == WhenDeleted::Refuse ? QStringLiteral(" AND deleted_at IS NULL") : QString()));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(now);
    q.addBindValue(sql::nullIfEmpty(actorId));
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    return FieldHistory::runRecorded(db, q, table, columns, id, now, actorId);
}

Status reassignCustomer(Database &db, const QString &table, const QString &fromId, const QString &toId, qint64 now,
                        const QString &actorId, const QString &extraCondition)
{
    QSqlQuery q(db.sql());
    q.prepare(
        QStringLiteral("UPDATE %1 SET customer_id = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1 "
                       "WHERE customer_id = ?%2")
            .arg(table, extraCondition.isEmpty() ? QString() : QStringLiteral(" AND ") + extraCondition));
    q.addBindValue(toId);
    q.addBindValue(now);
    q.addBindValue(sql::nullIfEmpty(actorId));
    q.addBindValue(fromId);
    if (!q.exec())
        return toError(q);
    return {};
}

} // namespace guanxi
