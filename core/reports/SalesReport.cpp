// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/SalesReport.h"

#include "storage/Database.h"
#include "storage/SqlError.h"
#include "users/AccessPolicy.h"
#include "util/CodeTable.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace guanxi {

namespace {

constexpr CodeTable<SalesReport::Dimension, 5> kDimensions{{{
    {SalesReport::Dimension::Salesperson, "salesperson", QT_TRANSLATE_NOOP("SalesReport", "Salesperson"), "销售员"},
    {SalesReport::Dimension::Department, "department", QT_TRANSLATE_NOOP("SalesReport", "Department"), "部门"},
    {SalesReport::Dimension::Region, "region", QT_TRANSLATE_NOOP("SalesReport", "Region"), "地区"},
    {SalesReport::Dimension::Customer, "customer", QT_TRANSLATE_NOOP("SalesReport", "Customer"), "客户"},
    {SalesReport::Dimension::Month, "month", QT_TRANSLATE_NOOP("SalesReport", "Month"), "月份"},
}}, "SalesReport"};

struct Figures {
    QString label;
    qint64 orders = 0;
    qint64 revenue = 0;
    qint64 previous = 0;
};

} // namespace

QString SalesReport::codeOf(Dimension d) { return kDimensions.code(d); }
bool SalesReport::fromCode(const QString &code, Dimension *out) { return kDimensions.parse(code, out); }
QString SalesReport::displayName(Dimension d) { return kDimensions.name(d); }

Result<ReportTable> SalesReport::run(Database &db, const Session &actor, Dimension by, const QDate &from, const QDate &to,
                                     const QString &currency)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error{ErrorCode::Invalid, tr("The period needs a first and a last day, in that order."), QStringLiteral("period")};
    const qint64 length = from.daysTo(to) + 1;
    const QDate previousFrom = from.addDays(-length), previousTo = from.addDays(-1);

    // The dimension's key and label for an order `o` of customer `c` sold by `u`.
    QString key, label, joins;
    switch (by) {
    case Dimension::Salesperson:
        key = QStringLiteral("coalesce(o.owner_id, '')");
        label = QStringLiteral("coalesce(u.display_name, '')");
        joins = QStringLiteral("LEFT JOIN users u ON u.id = o.owner_id");
        break;
    case Dimension::Department:
        key = QStringLiteral("coalesce(u.department_id, '')");
        label = QStringLiteral("coalesce(d.name, '')");
        joins = QStringLiteral("LEFT JOIN users u ON u.id = o.owner_id LEFT JOIN departments d ON d.id = u.department_id");
        break;
    case Dimension::Region:
        key = label = QStringLiteral("c.region");
        joins = QStringLiteral("JOIN customers c ON c.id = o.customer_id");
        break;
    case Dimension::Customer:
        key = QStringLiteral("o.customer_id");
        label = QStringLiteral("c.name");
        joins = QStringLiteral("JOIN customers c ON c.id = o.customer_id");
        break;
    case Dimension::Month:
        key = label = QStringLiteral("substr(o.ordered_on, 1, 7)");
        break;
    }
    QVariantList visibleBinds;
    const QString visible = AccessPolicy(actor).visibilityClause(QStringLiteral("o"), &visibleBinds);
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, %2, o.ordered_on >= ?, count(*), sum(o.total_minor) "
                             "FROM orders o INDEXED BY orders_by_day %3 "
                             "WHERE o.deleted_at IS NULL AND o.status <> 'cancelled' AND o.ordered_on >= ? "
                             "AND o.ordered_on <= ? AND o.currency = ? AND %4 GROUP BY 1, 3")
                  .arg(key, label, joins, visible));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(by == Dimension::Month ? from.toString(Qt::ISODate) : previousFrom.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    q.addBindValue(currency);
    for (const QVariant &v : visibleBinds)
        q.addBindValue(v);
    if (!q.exec())
        return toError(q);
    QHash<QString, Figures> rows;
    while (q.next()) {
        Figures &f = rows[q.value(0).toString()];
        f.label = q.value(1).toString();
        if (q.value(2).toBool()) {
            f.orders = q.value(3).toLongLong();
            f.revenue = q.value(4).toLongLong();
        } else {
            f.previous = q.value(4).toLongLong();
        }
    }
    std::vector<std::pair<QString, Figures>> sorted;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        sorted.emplace_back(it.key(), it.value());
    std::sort(sorted.begin(), sorted.end(), [by](const auto &a, const auto &b) {
        if (by == Dimension::Month)
            return a.first < b.first;
        return a.second.revenue != b.second.revenue ? a.second.revenue > b.second.revenue : a.first < b.first;
    });

    ReportTable t;
    t.title = tr("Sales by %1").arg(displayName(by).toLower());
    t.subtitle = by == Dimension::Month
                     ? tr("%1 to %2, %3").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate), currency)
                     : tr("%1 to %2 against %3 to %4, %5")
                           .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate), previousFrom.toString(Qt::ISODate),
                                previousTo.toString(Qt::ISODate), currency);
    t.currency = currency;
    t.columns = {{codeOf(by), displayName(by), ReportValue::Text},
                 {QStringLiteral("orders"), tr("Orders"), ReportValue::Integer},
                 {QStringLiteral("revenue_minor"), tr("Sales"), ReportValue::Money},
                 {QStringLiteral("share"), tr("Share"), ReportValue::Percent}};
    if (by != Dimension::Month)
        t.columns += {{QStringLiteral("previous_minor"), tr("Previous period"), ReportValue::Money},
                      {QStringLiteral("change"), tr("Change"), ReportValue::Percent}};
    qint64 total = 0, totalOrders = 0, totalPrevious = 0;
    for (const auto &[id, f] : sorted) {
        total += f.revenue;
        totalOrders += f.orders;
        totalPrevious += f.previous;
    }
    const auto change = [](qint64 now, qint64 before) {
        return before > 0 ? QVariant(double(now - before) / double(before)) : QVariant();   // no base: no percentage
    };
    for (const auto &[id, f] : sorted) {
        QVariantList row{f.label.isEmpty() ? tr("(none)") : f.label, f.orders, f.revenue,
                         total > 0 ? QVariant(double(f.revenue) / double(total)) : QVariant()};
        if (by != Dimension::Month)
            row += {f.previous, change(f.revenue, f.previous)};
        t.rows.append(row);
        t.ids.append(id);
    }
    QVariantList sum{tr("Total"), totalOrders, total, total > 0 ? QVariant(1.0) : QVariant()};
    if (by != Dimension::Month)
        sum += {totalPrevious, change(total, totalPrevious)};
    t.rows.append(sum);
    t.ids.append(QString());
    return t;
}

} // namespace guanxi
