// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workbench/DormancyQuery.h"

#include "core/util/LocalDays.h"

#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

QString dormantCustomersSql(const QString &ownerCondition)
{
    // The last order is looked up per customer through orders_by_customer; the customers come
    // from customers_pool (owner_id, last_contact_at).
    return QStringLiteral(
               "SELECT id, name, touched, last_order, tier, owner_id FROM ("
               "  SELECT c.id, c.name, c.tier, c.owner_id, max(c.last_contact_at, c.created_at) AS touched, "
               "    (SELECT max(o.ordered_on) FROM orders o WHERE o.customer_id = c.id AND o.deleted_at IS NULL "
               "     AND o.status <> 'cancelled') AS last_order "
               "  FROM customers c WHERE %1 AND c.deleted_at IS NULL) "
               "WHERE touched < CASE tier WHEN 2 THEN ? WHEN 1 THEN ? ELSE ? END "
               "   OR (last_order IS NOT NULL AND last_order < CASE tier WHEN 2 THEN ? WHEN 1 THEN ? ELSE ? END) ")
        .arg(ownerCondition);
}

void bindDormancyCutoffs(QSqlQuery &q, const DormancyRules &rules, qint64 nowMs, const QDate &today)
{
    constexpr qint64 kDayMs = 24LL * 3600 * 1000;
    for (int tier = 2; tier >= 0; --tier)
        q.addBindValue(nowMs - rules.contactDays[static_cast<size_t>(tier)] * kDayMs);
    for (int tier = 2; tier >= 0; --tier)
        q.addBindValue(localdays::iso(today.addDays(-rules.orderDays[static_cast<size_t>(tier)])));
}

} // namespace guanxi
