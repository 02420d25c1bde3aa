// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/CustomerListQuery.h"

#include "core/customers/Customer.h"
#include "core/i18n/CollationKey.h"
#include "core/storage/Database.h"
#include "core/storage/ResultRow.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"
#include "core/users/AccessPolicy.h"

#include <QLocale>
#include <QSqlQuery>

namespace guanxi {

using namespace Qt::Literals::StringLiterals;

namespace {

// The different values of `column` in use, in index order, one index search per value (a loose
// index scan) rather than a read of every customer: a handful of regions among a million customers
// costs a handful of steps. The column has a partial index WHERE deleted_at IS NULL.
Result<QStringList> distinctValues(Database &db, const QString &column, int limit)
{
    QSqlQuery q(db.sql());
    // The column name comes from our own code, never from the user.
    q.prepare(QStringLiteral("WITH RECURSIVE v(x) AS ("
                             "  SELECT min(%1) FROM customers WHERE deleted_at IS NULL AND %1 > '' "
                             "  UNION ALL SELECT (SELECT min(%1) FROM customers WHERE deleted_at IS NULL AND %1 > v.x) "
                             "  FROM v WHERE v.x IS NOT NULL) "
                             "SELECT x FROM v WHERE x IS NOT NULL LIMIT ?")
                  .arg(column));
    q.addBindValue(limit);
    if (!q.exec())
        return toError(q);
    QStringList values;
    while (q.next())
        values.append(q.value(0).toString());
    return values;
}

// As people look for them: 长沙 and 重庆 by how they are read.
void sortAsRead(QStringList *values)
{
    std::sort(values->begin(), values->end(),
              [](const QString &a, const QString &b) { return CollationKey::of(a) < CollationKey::of(b); });
}

} // namespace

CustomerListQuery::CustomerListQuery(Database &db, const Session &actor, CustomerFilter filter, CustomerSortColumn sort,
                                     Qt::SortOrder order)
    : m_db(db)
    , m_actor(actor)
    , m_filter(std::move(filter))
    , m_sort(sort)
    , m_order(order)
{
}

QString CustomerListQuery::keyExpression() const
{
    switch (m_sort) {
    case CustomerSortColumn::Name:
        return QStringLiteral("c.name_key");
    case CustomerSortColumn::Tier:
        return QStringLiteral("c.tier");
    case CustomerSortColumn::Region:
        return QStringLiteral("c.region");
    case CustomerSortColumn::Industry:
        return QStringLiteral("c.industry");
    case CustomerSortColumn::LastContact:
        return QStringLiteral("c.last_contact_at");
    }
    return QStringLiteral("c.name_key");
}

QString CustomerListQuery::whereClause(QVariantList *binds) const
{
    // "deleted_at IS NULL" literally, so SQLite can use the partial sort indexes.
    QStringList parts{QStringLiteral("c.deleted_at IS NULL"),
                      AccessPolicy(m_actor).visibilityClause(QStringLiteral("c"), binds)};
    const QString text = m_filter.text.trimmed();
    if (!text.isEmpty()) {
        QString digits = text;
        digits.remove(QLatin1Char(' '));
        digits.remove(QLatin1Char('-'));
        parts.append(QStringLiteral("(c.name LIKE ? ESCAPE '\\' OR c.email LIKE ? ESCAPE '\\' "
                                    "OR replace(replace(c.phone, ' ', ''), '-', '') LIKE ? ESCAPE '\\')"));
        binds->append(sql::containing(text));
        binds->append(sql::containing(text));
        binds->append(sql::containing(digits));
    }
    if (m_filter.tier >= 0) {
        parts.append(QStringLiteral("c.tier = ?"));
        binds->append(m_filter.tier);
    }
    if (!m_filter.region.isEmpty()) {
        parts.append(QStringLiteral("c.region = ?"));
        binds->append(m_filter.region);
    }
    if (!m_filter.industry.isEmpty()) {
        parts.append(QStringLiteral("c.industry = ?"));
        binds->append(m_filter.industry);
    }
    if (!m_filter.stage.isEmpty()) {
        parts.append(QStringLiteral("c.stage = ?"));
        binds->append(m_filter.stage);
    }
    if (!m_filter.tag.isEmpty()) {
        // Tags are stored as |a|b|: a whole-tag match, never a prefix of a longer tag.
        parts.append(QStringLiteral("instr(c.tags, ?) > 0"));
        binds->append(QString(QLatin1Char('|') + m_filter.tag + QLatin1Char('|')));
    }
    if (m_filter.silentSince > 0) {
        parts.append(QStringLiteral("c.last_contact_at < ?"));
        binds->append(m_filter.silentSince);
    }
    if (m_filter.owner == CustomerFilter::Owner::Mine) {
        parts.append(QStringLiteral("c.owner_id = ?"));
        binds->append(m_actor.userId);
    } else if (m_filter.owner == CustomerFilter::Owner::Unowned) {
        parts.append(QStringLiteral("c.owner_id IS NULL"));
    }
    return parts.join(QLatin1String(" AND "));
}

KeysetList CustomerListQuery::list() const
{
    KeysetList l;
    l.from = QStringLiteral("customers c LEFT JOIN users o ON o.id = c.owner_id");
    l.countFrom = QStringLiteral("customers c");
    l.alias = QStringLiteral("c");
    l.selectList = QStringLiteral("c.id, c.name, coalesce(o.display_name, '') AS owner_name, c.tier, c.region, "
                                  "c.industry, c.phone, c.last_contact_at");
    l.key = keyExpression();
    l.where = whereClause(&l.binds);
    l.order = m_order;
    return l;
}

Result<qint64> CustomerListQuery::count()
{
    return list().count(m_db);
}

Result<QList<CustomerListRow>> CustomerListQuery::fetch(const std::optional<PageCursor> &cursor, bool inclusive,
                                                        int limit)
{
    QList<CustomerListRow> rows;
    rows.reserve(limit);
    const Status read = list().fetch(m_db, cursor, inclusive, limit, [&rows](const QSqlQuery &q) {
        const ResultRow row(q);
        CustomerListRow r;
        r.id = row.text("id"_L1);
        r.name = row.text("name"_L1);
        r.ownerName = row.text("owner_name"_L1);
        r.tier = row.number("tier"_L1);
        r.region = row.text("region"_L1);
        r.industry = row.text("industry"_L1);
        r.phone = row.text("phone"_L1);
        r.lastContactAt = row.integer("last_contact_at"_L1);
        r.sortKey = row.value("sort_key"_L1);
        rows.append(std::move(r));
    });
    if (!read)
        return read.error();
    return rows;
}

Result<std::optional<PageCursor>> CustomerListQuery::rowAt(const std::optional<PageCursor> &from, qint64 offset,
                                                           bool backwards)
{
    return list().rowAt(m_db, from, offset, backwards);
}

Result<qint64> CustomerListQuery::positionOf(const QString &id)
{
    return list().positionOf(m_db, id);
}

Result<QStringList> CustomerListQuery::tags(Database &db)
{
    Result<QStringList> stored = distinctValues(db, QStringLiteral("tags"), 5000);
    if (!stored)
        return stored.error();
    QStringList out;
    for (const QString &s : std::as_const(*stored))
        for (const QString &t : tagsFromStored(s))
            if (!out.contains(t))
                out.append(t);
    sortAsRead(&out);
    return out;
}

Result<QStringList> CustomerListQuery::regions(Database &db)
{
    Result<QStringList> values = distinctValues(db, QStringLiteral("region"), 500);
    if (values)
        sortAsRead(&*values);
    return values;
}

Result<QStringList> CustomerListQuery::industries(Database &db)
{
    Result<QStringList> values = distinctValues(db, QStringLiteral("industry"), 500);
    if (values)
        sortAsRead(&*values);
    return values;
}

} // namespace guanxi
