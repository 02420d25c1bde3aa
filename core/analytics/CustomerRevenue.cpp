// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/CustomerRevenue.h"

#include "storage/Database.h"
#include "storage/SqlError.h"
#include "users/AccessPolicy.h"

#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

Result<std::vector<CustomerRevenue>> customerRevenue(Database &db, const Session &actor, const QDate &from,
                                                     const QDate &to, const QString &currency)
{
    QVariantList binds;
    const QString visible = AccessPolicy(actor).visibilityClause(QStringLiteral("c"), &binds);
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    // Aggregated from the covering index first, then joined to the (visible, live) customers; the
    // first purchase of all time comes from the same index, one step per customer.
    q.prepare(QStringLiteral(
                  "SELECT a.customer_id, c.name, coalesce(u.display_name, ''), c.tier, c.stage, "
                  "  (SELECT min(f.ordered_on) FROM orders f INDEXED BY orders_by_customer_day "
                  "   WHERE f.customer_id = a.customer_id AND f.deleted_at IS NULL AND f.status <> 'cancelled'), "
                  "  a.last_day, a.days, a.revenue "
                  "FROM (SELECT o.customer_id, max(o.ordered_on) AS last_day, count(DISTINCT o.ordered_on) AS days, "
                  "        sum(o.total_minor) AS revenue "
                  "      FROM orders o INDEXED BY orders_by_customer_day "
                  "      WHERE o.deleted_at IS NULL AND o.status <> 'cancelled' AND o.currency = ? "
                  "        AND o.ordered_on >= ? AND o.ordered_on <= ? GROUP BY o.customer_id) a "
                  "JOIN customers c ON c.id = a.customer_id LEFT JOIN users u ON u.id = c.owner_id "
                  "WHERE c.deleted_at IS NULL AND %1")
                  .arg(visible));
    q.addBindValue(currency);
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return toError(q);
    std::vector<CustomerRevenue> out;
    while (q.next()) {
        CustomerRevenue r;
        r.customerId = q.value(0).toString();
        r.name = q.value(1).toString();
        r.ownerName = q.value(2).toString();
        r.tier = q.value(3).toInt();
        r.stage = q.value(4).toString();
        r.firstDay = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        r.lastDay = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        r.purchaseDays = q.value(7).toInt();
        r.revenueMinor = q.value(8).toLongLong();
        out.push_back(r);
    }
    return out;
}

} // namespace guanxi
