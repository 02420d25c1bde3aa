// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace guanxi {

// The columns every priced line of a quote or an order has, in the order they are selected, so
// both repositories read them the same way. `alias` names the lines table ("l." or "").
inline QString documentLineColumns(const QString &alias)
{
    return QStringLiteral(
               "%1id, %1position, coalesce(%1product_id, ''), %1product_code, %1description, "
               "%1specification, %1unit, %1quantity_milli, %1unit_price_minor, %1discount_bp, %1tax_rate_bp, "
               "%1gross_minor, %1discount_minor, %1net_minor, %1tax_minor, %1total_minor")
        .arg(alias);
}

// Reads those columns into a QuoteLine or an OrderLine; returns the index of the next column.
template <typename Line> int readDocumentLineColumns(const QSqlQuery &q, Line *line)
{
    int i = 0;
    line->id = q.value(i++).toString();
    line->position = q.value(i++).toInt();
    line->productId = q.value(i++).toString();
    line->productCode = q.value(i++).toString();
    line->description = q.value(i++).toString();
    line->specification = q.value(i++).toString();
    line->unit = q.value(i++).toString();
    line->quantityMilli = q.value(i++).toLongLong();
    line->unitPriceMinor = q.value(i++).toLongLong();
    line->discountBasisPoints = q.value(i++).toInt();
    line->taxRateBasisPoints = q.value(i++).toInt();
    line->amounts.gross = q.value(i++).toLongLong();
    line->amounts.discount = q.value(i++).toLongLong();
    line->amounts.net = q.value(i++).toLongLong();
    line->amounts.tax = q.value(i++).toLongLong();
    line->amounts.total = q.value(i++).toLongLong();
    return i;
}

} // namespace guanxi
