// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/money/LineAmounts.h"

#include <QtNumeric>

namespace guanxi {

qint64 DocumentMath::roundedDivision(qint64 n, qint64 d)
{
    qint64 q = n / d;
    const qint64 r = n % d; // has the sign of n
    const qint64 twice = r < 0 ? -2 * r : 2 * r;
    if (twice >= d)
        q += n < 0 ? -1 : 1; // half away from zero
    return q;
}

Result<LineAmounts> DocumentMath::line(const LineInput &in)
{
    if (in.quantityMilli < 0)
        return Error{ErrorCode::Invalid, tr("A quantity cannot be negative."), {}, QStringLiteral("quantity")};
    if (in.unitPriceMinor < 0)
        return Error{ErrorCode::Invalid, tr("A unit price cannot be negative."), {}, QStringLiteral("price")};
    if (in.discountBasisPoints < 0 || in.discountBasisPoints > 10000)
        return Error{ErrorCode::Invalid, tr("A discount lies between 0 % and 100 %."), {}, QStringLiteral("discount")};
    if (in.taxRateBasisPoints < 0 || in.taxRateBasisPoints > 10000)
        return Error{ErrorCode::Invalid, tr("A tax rate lies between 0 % and 100 %."), {}, QStringLiteral("tax")};
    // Every product is checked: an amount too large to hold is refused, never wrapped around.
    // (64 bits hold a unit price of a hundred million yuan times 900,000 units.)
    const auto times = [](qint64 a, qint64 b, qint64 *out) { return !qMulOverflow(a, b, out); };
    const Error tooLarge{ErrorCode::Invalid, tr("The line's amount is too large."), {}, QStringLiteral("quantity")};
    qint64 grossMilli = 0, scaled = 0;
    if (!times(in.unitPriceMinor, in.quantityMilli, &grossMilli))
        return tooLarge;
    LineAmounts a;
    a.gross = roundedDivision(grossMilli, 1000);
    if (!times(a.gross, 10000, &scaled))
        return tooLarge;
    a.discount = roundedDivision(a.gross * in.discountBasisPoints, 10000);
    const qint64 afterDiscount = a.gross - a.discount;
    if (in.pricesIncludeTax) {
        a.total = afterDiscount;
        a.net = roundedDivision(a.total * 10000, 10000 + in.taxRateBasisPoints);
        a.tax = a.total - a.net;
    } else {
        a.net = afterDiscount;
        a.tax = roundedDivision(a.net * in.taxRateBasisPoints, 10000);
        a.total = a.net + a.tax;
    }
    return a;
}

LineAmounts DocumentMath::total(const QList<LineAmounts> &lines)
{
    LineAmounts sum;
    for (const LineAmounts &l : lines) {
        sum.gross += l.gross;
        sum.discount += l.discount;
        sum.net += l.net;
        sum.tax += l.tax;
        sum.total += l.total;
    }
    return sum;
}

} // namespace guanxi
