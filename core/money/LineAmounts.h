// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace guanxi {

// The rounding rule of every document (quote, order, delivery note, receivable), written down
// here because every printed figure must agree with it to the cent:
//  1. A line: gross = unit price × quantity; discount = gross × discount rate; net = gross −
//     discount. Gross and discount are each rounded once to the minor unit, half away from zero
//     (四舍五入). Quantities are in thousandths (1.5 kg is 1500), rates in hundredths of a percent
//     (13 % is 1300, a 12.5 % discount 1250).
//  2. Tax per line, on its net amount. Prices without tax: tax = net × rate (rounded), total = net +
//     tax. Prices with tax (含税价): total = net, and the part of it that is tax = total − total ÷
//     (1 + rate), the division rounded.
//  3. A document's figures are the sums of its lines' figures, so lines and totals always agree.
struct LineInput {
    qint64 unitPriceMinor = 0;
    qint64 quantityMilli = 0;    // 1000 = one unit
    int discountBasisPoints = 0; // 0–10000
    int taxRateBasisPoints = 0;  // 0–10000
    bool pricesIncludeTax = false;
};

// Gross and discount are in the prices' own terms (with tax when the prices include it).
struct LineAmounts {
    qint64 gross = 0;
    qint64 discount = 0;
    qint64 net = 0; // after discount, without tax
    qint64 tax = 0;
    qint64 total = 0; // after discount, with tax

    friend bool operator==(const LineAmounts &, const LineAmounts &) = default;
};

class DocumentMath {
    Q_DECLARE_TR_FUNCTIONS(DocumentMath)
public:
    // Refuses negative quantities and prices, discounts and tax rates outside 0–100 %, and amounts
    // too large to hold, with a message in the user's language.
    static Result<LineAmounts> line(const LineInput &in);
    // The sums of the lines' figures.
    static LineAmounts total(const QList<LineAmounts> &lines);
    // n ÷ d rounded half away from zero (d > 0).
    static qint64 roundedDivision(qint64 n, qint64 d);
};

} // namespace guanxi
