// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditLog.h"

#include "core/storage/Database.h"
#include "core/storage/ResultRow.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"
#include "core/util/Uuid7.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

using namespace Qt::Literals::StringLiterals;

Status AuditLog::record(qint64 at, const QString &actorId, const QString &action, const QString &entity,
                        const QString &entityId, const QJsonObject &detail)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO audit_log (id, at, actor_id, action, entity, entity_id, detail) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(newUuid7(at));
    q.addBindValue(at);
    q.addBindValue(sql::nullIfEmpty(actorId));
    q.addBindValue(action);
    q.addBindValue(entity);
    q.addBindValue(entityId);
    q.addBindValue(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return toError(q);
    return {};
}

Result<int> AuditLog::countSince(const QString &actorId, const QString &action, qint64 sinceMs)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor_id = ? AND action = ? AND at >= ?"));
    q.addBindValue(actorId);
    q.addBindValue(action);
    q.addBindValue(sinceMs);
    if (!q.exec() || !q.next())
        return toError(q);
    return q.value(0).toInt();
}

Result<QList<AuditLog::Entry>> AuditLog::forEntity(const QString &entityId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT a.at, coalesce(u.display_name, '') AS actor_name, a.action, a.detail FROM audit_log a "
                       "LEFT JOIN users u ON u.id = a.actor_id WHERE a.entity_id = ? ORDER BY a.at, a.id"));
    q.addBindValue(entityId);
    if (!q.exec())
        return toError(q);
    QList<Entry> out;
    for (const ResultRow r(q); q.next();)
        out.append({r.integer("at"_L1), r.text("actor_name"_L1), r.text("action"_L1),
                    QJsonDocument::fromJson(r.text("detail"_L1).toUtf8()).object()});
    return out;
}

} // namespace guanxi
