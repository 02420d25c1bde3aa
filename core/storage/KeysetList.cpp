// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/KeysetList.h"

#include "core/storage/Database.h"
#include "core/storage/ResultRow.h"
#include "core/storage/SqlError.h"

#include <QSqlQuery>

namespace guanxi {

using namespace Qt::Literals::StringLiterals;

namespace {

void bindAll(QSqlQuery &q, const QVariantList &binds)
{
    for (const QVariant &v : binds)
        q.addBindValue(v);
}

QString direction(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
}

} // namespace

Result<qint64> KeysetList::count(Database &db) const
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(countFrom, where));
    bindAll(q, binds);
    if (!q.exec() || !q.next())
        return toError(q);
    return q.value(0).toLongLong();
}

Status KeysetList::fetch(Database &db, const std::optional<PageCursor> &cursor, bool inclusive, int limit,
                         const std::function<void(const QSqlQuery &)> &each) const
{
    const bool asc = order == Qt::AscendingOrder;
    QString condition = where;
    QVariantList values = binds;
    if (cursor) {
        const QString op = asc ? (inclusive ? QStringLiteral(">=") : QStringLiteral(">"))
                               : (inclusive ? QStringLiteral("<=") : QStringLiteral("<"));
        condition += QStringLiteral(" AND (%1, %2.id) %3 (?, ?)").arg(key, alias, op);
        values << cursor->key << cursor->id;
    }
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, %2 AS sort_key FROM %3 WHERE %4 ORDER BY %2 %5, %6.id %5 LIMIT ?")
                  .arg(selectList, key, from, condition, direction(order), alias));
    bindAll(q, values);
    q.addBindValue(limit);
    if (!q.exec())
        return toError(q);
    while (q.next())
        each(q);
    return {};
}

Result<std::optional<PageCursor>> KeysetList::rowAt(Database &db, const std::optional<PageCursor> &start, qint64 offset,
                                                    bool backwards) const
{
    // Walking against the list's order is walking the other order forwards.
    const bool ascending = (order == Qt::AscendingOrder) != backwards;
    QString condition = where;
    QVariantList values = binds;
    if (start) {
        condition += QStringLiteral(" AND (%1, %2.id) %3 (?, ?)").arg(key, alias, ascending ? u">="_s : u"<="_s);
        values << start->key << start->id;
    }
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 AS k, %2.id AS id FROM %3 WHERE %4 ORDER BY %1 %5, %2.id %5 LIMIT 1 OFFSET ?")
            .arg(key, alias, countFrom, condition, direction(ascending ? Qt::AscendingOrder : Qt::DescendingOrder)));
    bindAll(q, values);
    q.addBindValue(offset);
    if (!q.exec())
        return toError(q);
    if (!q.next())
        return std::optional<PageCursor>();
    const ResultRow row(q);
    return std::optional<PageCursor>(PageCursor{row.value("k"_L1), row.text("id"_L1)});
}

Result<qint64> KeysetList::positionOf(Database &db, const QString &id) const
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 AND %4.id = ?").arg(key, countFrom, where, alias));
    bindAll(q, binds);
    q.addBindValue(id);
    if (!q.exec())
        return toError(q);
    if (!q.next())
        return qint64(-1);
    const QVariant rowKey = q.value(0);
    const QString op = order == Qt::AscendingOrder ? QStringLiteral("<") : QStringLiteral(">");
    QSqlQuery before(db.sql());
    before.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 AND (%3, %4.id) %5 (?, ?)")
                       .arg(countFrom, where, key, alias, op));
    bindAll(before, binds);
    before.addBindValue(rowKey);
    before.addBindValue(id);
    if (!before.exec() || !before.next())
        return toError(before);
    return before.value(0).toLongLong();
}

} // namespace guanxi
