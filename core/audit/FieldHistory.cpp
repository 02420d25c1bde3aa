// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/FieldHistory.h"

#include "core/audit/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/util/FieldMerge.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace guanxi::FieldHistory {

namespace {

bool isDerived(const QString &column)
{
    return column.endsWith(QLatin1String("_key"));
}

QJsonValue jsonOf(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    if (v.typeId() == QMetaType::QByteArray)
        return QJsonValue::Null;
    return QJsonValue::fromVariant(v);
}

} // namespace

Result<QVariantList> read(Database &db, const QString &table, const QStringList &columns, const QString &id)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns.join(QStringLiteral(", ")), table));
    q.addBindValue(id);
    if (!q.exec())
        return toError(q);
    QVariantList values;
    if (q.next()) {
        for (int i = 0; i < columns.size(); ++i)
            values.append(q.value(i));
    }
    return values;
}

Status record(Database &db, qint64 at, const QString &actorId, const QString &table, const QString &id,
              const QStringList &columns, const QVariantList &before, const QVariantList &after)
{
    QJsonArray changes;
    for (qsizetype i = 0; i < columns.size() && i < before.size() && i < after.size(); ++i) {
        if (isDerived(columns.at(i)) || sameFieldValue(before.at(i), after.at(i)))
            continue;
        changes.append(QJsonObject{{QStringLiteral("field"), columns.at(i)},
                                   {QStringLiteral("from"), jsonOf(before.at(i))},
                                   {QStringLiteral("to"), jsonOf(after.at(i))}});
    }
    if (changes.isEmpty())
        return {};
    return AuditLog(db).record(at, actorId, kAction, table, id, QJsonObject{{QStringLiteral("changes"), changes}});
}

Result<bool> runRecorded(Database &db, QSqlQuery &update, const QString &table, const QStringList &columns,
                         const QString &id, qint64 now, const QString &actorId)
{
    Result<QVariantList> before = read(db, table, columns, id);
    if (!before)
        return before.error();
    const QVariantList after = update.boundValues().mid(0, columns.size());
    if (!update.exec())
        return toError(update);
    if (update.numRowsAffected() != 1)
        return false;
    if (Status s = record(db, now, actorId, table, id, columns, *before, after); !s)
        return s.error();
    return true;
}

QList<Change> changesOf(const QJsonObject &detail)
{
    QList<Change> out;
    for (const QJsonValue &v : detail.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("field")).toString(), o.value(QStringLiteral("from")).toVariant(),
                    o.value(QStringLiteral("to")).toVariant()});
    }
    return out;
}

} // namespace guanxi::FieldHistory
