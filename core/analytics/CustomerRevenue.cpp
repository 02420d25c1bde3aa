// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/CustomerRevenue.h"

#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/Statement.h"
#include "core/users/AccessPolicy.h"
#include "core/users/UserRepository.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

using namespace Qt::Literals::StringLiterals;

Result<std::vector<CustomerRevenue>> customerRevenue(Database &db, const Session &actor, const QDate &from,
                                                     const QDate &to, const QString &currency)
{
    QVariantList binds;
    const QString visible = AccessPolicy(actor).visibilityClause(QStringLiteral("c"), &binds);
    // Aggregated in customer order straight from the covering index (no sort), then joined to the
    // visible, live customers. Read through SQLite directly: ~100,000 rows of QVariants would cost
    // as much as the query.
    const QByteArray sql =
        QStringLiteral(
            "SELECT a.customer_id, c.name, coalesce(c.owner_id, '') AS owner_id, a.last_day, a.days, a.revenue "
            "FROM (SELECT o.customer_id, max(o.ordered_on) AS last_day, count(DISTINCT o.ordered_on) AS days, "
            "        sum(o.total_minor) AS revenue "
            "      FROM orders o INDEXED BY orders_by_customer_day "
            "      WHERE o.deleted_at IS NULL AND o.status <> 'cancelled' AND o.ordered_on >= ? "
            "        AND o.ordered_on <= ? AND o.currency = ? GROUP BY o.customer_id) a "
            "JOIN customers c ON c.id = a.customer_id "
            "WHERE c.deleted_at IS NULL AND %1")
            .arg(visible)
            .toUtf8();
    Statement q(db, sql.constData());
    if (!q.isValid())
        return q.lastError();
    q.bindView(1, from.toString(Qt::ISODate));
    q.bindView(2, to.toString(Qt::ISODate));
    q.bindView(3, currency);
    for (int i = 0; i < binds.size(); ++i)
        q.bindView(4 + i, binds[i].toString());
    // Owners' names from the (small) users table once, rather than a join per customer.
    Result<QHash<QString, QString>> names = UserRepository(db).displayNames();
    if (!names)
        return names.error();
    const QHash<QString, QString> &owners = *names;
    const int idColumn = q.column("customer_id"_L1), nameColumn = q.column("name"_L1),
              ownerColumn = q.column("owner_id"_L1), lastDayColumn = q.column("last_day"_L1),
              daysColumn = q.column("days"_L1), revenueColumn = q.column("revenue"_L1);
    std::vector<CustomerRevenue> out;
    while (true) {
        Result<bool> row = q.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        CustomerRevenue r;
        r.customerId = q.textColumn(idColumn);
        r.name = q.textColumn(nameColumn);
        r.ownerName = owners.value(q.textColumn(ownerColumn));
        r.lastDay = QDate::fromString(q.textColumn(lastDayColumn), Qt::ISODate);
        r.purchaseDays = int(q.intColumn(daysColumn));
        r.revenueMinor = q.intColumn(revenueColumn);
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace guanxi
