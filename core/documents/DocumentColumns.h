// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/PricedLine.h"
#include "core/storage/TableDescription.h"

#include <QList>
#include <QSqlQuery>
#include <QString>

#include <vector>

namespace guanxi {

// What quotes and orders have in common, said once for both repositories: the header columns of a
// priced document and the columns of its lines. Each repository adds its own columns to these.
namespace documentcolumns {

// The joins the header's joined columns read from: the customer (c), the contact (ct) and the
// owner (u) of the document `alias`.
inline QString joins(const QString &alias)
{
    return QStringLiteral(" LEFT JOIN customers c ON c.id = %1.customer_id LEFT JOIN contacts ct ON ct.id = "
                          "%1.contact_id LEFT JOIN users u ON u.id = %1.owner_id")
        .arg(alias);
}

// The header of a quote or an order: `numberColumn` holds its number (quote_no, order_no).
template <typename Document> std::vector<Column<Document>> header(const QString &numberColumn)
{
    using namespace columns;
    using D = Document;
    const auto total = [](qint64 LineAmounts::*m) {
        return [m](auto &d) -> auto &
        {
            return d.totals.*m;
        };
    };
    return {own(QStringLiteral("id"), ColumnRole::Key, &D::id),
            fixed(textAt<D>(numberColumn, memberOf(&D::number))),
            fixed(referenceAt<D>(QStringLiteral("customer_id"), memberOf(&D::customerId))),
            joined(QStringLiteral("coalesce(c.name, '')"), &D::customerName),
            referenceAt<D>(QStringLiteral("contact_id"), memberOf(&D::contactId)),
            joined(QStringLiteral("coalesce(ct.name, '')"), &D::contactName),
            referenceAt<D>(QStringLiteral("opportunity_id"), memberOf(&D::opportunityId)),
            fixed(referenceAt<D>(QStringLiteral("owner_id"), memberOf(&D::ownerId))),
            joined(QStringLiteral("coalesce(u.display_name, '')"), &D::ownerName),
            joined(QStringLiteral("coalesce(u.department_id, '')"), &D::ownerDepartmentId),
            textAt<D>(QStringLiteral("currency"), memberOf(&D::currency)),
            flagAt<D>(QStringLiteral("prices_include_tax"), memberOf(&D::pricesIncludeTax)),
            textAt<D>(QStringLiteral("terms"), memberOf(&D::terms)),
            textAt<D>(QStringLiteral("notes"), memberOf(&D::notes)),
            valueAt<D>(QStringLiteral("net_minor"), total(&LineAmounts::net)),
            valueAt<D>(QStringLiteral("tax_minor"), total(&LineAmounts::tax)),
            valueAt<D>(QStringLiteral("total_minor"), total(&LineAmounts::total)),
            own(QStringLiteral("created_at"), ColumnRole::Stamp, &D::createdAt),
            own(QStringLiteral("updated_at"), ColumnRole::Stamp, &D::updatedAt),
            own(QStringLiteral("row_version"), ColumnRole::Stamp, &D::rowVersion, false)};
}

// A stored line with what the line itself does not hold: the document it belongs to.
template <typename Line> struct LineRow {
    Line line;
    QString documentId;
    Stamps stamps;
};

// The priced line of a quote or an order (QuoteLine, OrderLine), selected as `l`;
// `documentColumn` names the document it belongs to (quote_id, order_id).
template <typename Line> std::vector<Column<LineRow<Line>>> lines(const QString &documentColumn)
{
    using namespace columns;
    using R = LineRow<Line>;
    const auto of = [](auto PricedLine::*m) {
        return [m](auto &r) -> auto &
        {
            return r.line.*m;
        };
    };
    const auto amount = [](qint64 LineAmounts::*m) {
        return [m](auto &r) -> auto &
        {
            return r.line.amounts.*m;
        };
    };
    return {referenceAt<R>(QStringLiteral("id"), of(&PricedLine::id), ColumnRole::Key),
            own(documentColumn, ColumnRole::Key, &R::documentId),
            valueAt<R>(QStringLiteral("position"), of(&PricedLine::position)),
            referenceAt<R>(QStringLiteral("product_id"), of(&PricedLine::productId)),
            textAt<R>(QStringLiteral("product_code"), of(&PricedLine::productCode)),
            textAt<R>(QStringLiteral("description"), of(&PricedLine::description)),
            textAt<R>(QStringLiteral("specification"), of(&PricedLine::specification)),
            textAt<R>(QStringLiteral("unit"), of(&PricedLine::unit)),
            valueAt<R>(QStringLiteral("quantity_milli"), of(&PricedLine::quantityMilli)),
            valueAt<R>(QStringLiteral("unit_price_minor"), of(&PricedLine::unitPriceMinor)),
            valueAt<R>(QStringLiteral("discount_bp"), of(&PricedLine::discountBasisPoints)),
            valueAt<R>(QStringLiteral("tax_rate_bp"), of(&PricedLine::taxRateBasisPoints)),
            valueAt<R>(QStringLiteral("gross_minor"), amount(&LineAmounts::gross)),
            valueAt<R>(QStringLiteral("discount_minor"), amount(&LineAmounts::discount)),
            valueAt<R>(QStringLiteral("net_minor"), amount(&LineAmounts::net)),
            valueAt<R>(QStringLiteral("tax_minor"), amount(&LineAmounts::tax)),
            valueAt<R>(QStringLiteral("total_minor"), amount(&LineAmounts::total))};
}

// The live lines of the document `documentId`, in their order: `documentColumn` names the
// document in the lines' table (quote_id, order_id).
template <typename Line>
Result<QList<Line>> readLines(Database &db, const TableDescription<LineRow<Line>> &table, const QString &documentColumn,
                              const QString &documentId)
{
    QSqlQuery q(tabledescription::sqlOf(db));
    q.prepare(QStringLiteral("SELECT %1 FROM %2 l WHERE l.%3 = ? AND l.deleted_at IS NULL ORDER BY l.position")
                  .arg(table.selectList(QStringLiteral("l")), table.table(), documentColumn));
    q.addBindValue(documentId);
    if (Status s = tabledescription::exec(q); !s)
        return s.error();
    QList<Line> lines;
    while (q.next())
        lines.append(table.read(q).line);
    return lines;
}

} // namespace documentcolumns

} // namespace guanxi
