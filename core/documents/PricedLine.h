// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/money/LineAmounts.h"

#include <QString>

namespace guanxi {

// What a quote's line and an order's line both hold: the product as it was priced, the quantity,
// the price terms and what they came to. An order line copies these from the accepted quote, so
// both are stored in the same columns (documentcolumns::lines) and printed by the same table.
struct PricedLine {
    QString id;
    int position = 0;
    QString productId;
    QString productCode;
    QString description;
    QString specification;
    QString unit;
    qint64 quantityMilli = 0;
    qint64 unitPriceMinor = 0;
    int discountBasisPoints = 0;
    int taxRateBasisPoints = 0;
    LineAmounts amounts;
};

} // namespace guanxi
