// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/SalesReport.h"

#include "core/i18n/DateTimeText.h"
#include "core/reports/ComparisonPeriod.h"
#include "core/storage/Database.h"
#include "core/storage/ResultRow.h"
#include "core/storage/SqlError.h"
#include "core/users/AccessPolicy.h"
#include "core/util/CodeTable.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace guanxi {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr CodeTable<SalesReport::Dimension, 5> kDimensions{
    {{
        {SalesReport::Dimension::Salesperson, "salesperson", QT_TRANSLATE_NOOP("SalesReport", "Salesperson"), "销售员"},
        {SalesReport::Dimension::Department, "department", QT_TRANSLATE_NOOP("SalesReport", "Department"), "部门"},
        {SalesReport::Dimension::Region, "region", QT_TRANSLATE_NOOP("SalesReport", "Region"), "地区"},
        {SalesReport::Dimension::Customer, "customer", QT_TRANSLATE_NOOP("SalesReport", "Customer"), "客户"},
        {SalesReport::Dimension::Month, "month", QT_TRANSLATE_NOOP("SalesReport", "Month"), "月份"},
    }},
    "SalesReport"};

struct Figures {
    QString label;
    qint64 orders = 0;
    qint64 revenue = 0;
    qint64 previous = 0;
};

} // namespace

QString SalesReport::codeOf(Dimension d)
{
    return kDimensions.code(d);
}
bool SalesReport::fromCode(const QString &code, Dimension *out)
{
    return kDimensions.parse(code, out);
}
QString SalesReport::displayName(Dimension d)
{
    return kDimensions.name(d);
}

Result<ReportTable> SalesReport::run(Database &db, const Session &actor, Dimension by, const QDate &from,
                                     const QDate &to, const QString &currency)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error{ErrorCode::Invalid,
                     tr("The period needs a first and a last day, in that order."),
                     {},
                     QStringLiteral("period")};
    const ComparisonPeriod previous = ComparisonPeriod::before(from, to);
    const QDate previousFrom = previous.from, previousTo = previous.to;

    // The orders are summed per owner or per customer (and period) from the covering index first;
    // only those sums are then joined to people, departments or customers and summed again.
    QString inner, key, label, joins;
    switch (by) {
    case Dimension::Salesperson:
        inner = QStringLiteral("o.owner_id");
        key = QStringLiteral("coalesce(a.k, '')");
        label = QStringLiteral("coalesce(u.display_name, '')");
        joins = QStringLiteral("LEFT JOIN users u ON u.id = a.k");
        break;
    case Dimension::Department:
        inner = QStringLiteral("o.owner_id");
        key = QStringLiteral("coalesce(u.department_id, '')");
        label = QStringLiteral("coalesce(d.name, '')");
        joins = QStringLiteral("LEFT JOIN users u ON u.id = a.k LEFT JOIN departments d ON d.id = u.department_id");
        break;
    case Dimension::Region:
        inner = QStringLiteral("o.customer_id");
        key = label = QStringLiteral("c.region");
        joins = QStringLiteral("JOIN customers c ON c.id = a.k");
        break;
    case Dimension::Customer:
        inner = QStringLiteral("o.customer_id");
        key = QStringLiteral("a.k");
        label = QStringLiteral("c.name");
        joins = QStringLiteral("JOIN customers c ON c.id = a.k");
        break;
    case Dimension::Month:
        inner = QStringLiteral("substr(o.ordered_on, 1, 7)");
        key = label = QStringLiteral("a.k");
        break;
    }
    QVariantList visibleBinds;
    const QString visible = AccessPolicy(actor).visibilityClause(QStringLiteral("o"), &visibleBinds);
    // Per customer, the covering index in customer order needs no sorting; it lacks the owner,
    // so it serves only where everyone's orders count (an administrator).
    const bool byCustomer = (by == Dimension::Region || by == Dimension::Customer) && visible == QLatin1String("1");
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "SELECT %1 AS k, %2 AS label, sum(a.n) AS orders, sum(a.revenue) AS revenue, sum(a.previous) AS previous "
            "FROM ("
            "  SELECT %3 AS k, count(CASE WHEN o.ordered_on >= ? THEN 1 END) AS n, "
            "    sum(CASE WHEN o.ordered_on >= ? THEN o.total_minor ELSE 0 END) AS revenue, "
            "    sum(CASE WHEN o.ordered_on >= ? AND o.ordered_on <= ? THEN o.total_minor ELSE 0 END) AS previous "
            "  FROM orders o INDEXED BY %6 "
            "  WHERE o.deleted_at IS NULL AND o.status <> 'cancelled' AND o.ordered_on >= ? "
            "  AND o.ordered_on <= ? AND o.currency = ? AND %4 GROUP BY 1) a %5 "
            "GROUP BY 1")
            .arg(key, label, inner, visible, joins,
                 byCustomer ? QStringLiteral("orders_by_customer_day") : QStringLiteral("orders_by_day")));
    for (int i = 0; i < 2; ++i)
        q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(previousFrom.toString(Qt::ISODate));
    q.addBindValue(previousTo.toString(Qt::ISODate));
    q.addBindValue(by == Dimension::Month ? from.toString(Qt::ISODate) : previousFrom.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    q.addBindValue(currency);
    for (const QVariant &v : visibleBinds)
        q.addBindValue(v);
    if (!q.exec())
        return toError(q);
    QHash<QString, Figures> rows;
    for (const ResultRow r(q); q.next();) {
        Figures &f = rows[r.text("k"_L1)];
        f.label = r.text("label"_L1);
        f.orders = r.integer("orders"_L1);
        f.revenue = r.integer("revenue"_L1);
        f.previous = r.integer("previous"_L1);
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
        ? tr("%1 to %2, %3").arg(DateTimeText::date(from), DateTimeText::date(to), currency)
        : tr("%1 to %2 against %3 to %4, %5")
              .arg(DateTimeText::date(from), DateTimeText::date(to), DateTimeText::date(previousFrom),
                   DateTimeText::date(previousTo), currency);
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
        return before > 0 ? QVariant(double(now - before) / double(before)) : QVariant(); // no base: no percentage
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
    t.summaryRows = 1;
    return t;
}

} // namespace guanxi
