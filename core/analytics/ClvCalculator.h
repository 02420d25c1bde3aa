// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>

namespace guanxi {

// The textbook customer lifetime value: what a customer brings over the years they stay, less what
// winning and serving them costs, in today's money:
//
//     CLV = F − AC + Σ_{t=1..n} (R − S) / (1 + d)^t
//
// F: first purchase, AC: acquisition cost, R: yearly added revenue, S: yearly service cost,
// d: discount rate, n: retention years. Amounts in minor units, the result rounded to the unit.
struct ClvInputs {
    int retentionYears = 5;
    qint64 acquisitionCostMinor = 0;
    qint64 firstPurchaseMinor = 0;
    qint64 yearlyRevenueMinor = 0;
    qint64 yearlyServiceCostMinor = 0;
    double discountRate = 0.10; // 0.10: 10 % a year
};

struct ClvYear {
    int year = 0;              // 0: the first purchase and the acquisition
    qint64 netMinor = 0;       // that year's revenue less its costs
    double discountFactor = 1; // 1 / (1 + d)^t
    qint64 presentValueMinor = 0;
    qint64 cumulativeMinor = 0;
};

struct ClvResult {
    QList<ClvYear> years;
    qint64 clvMinor = 0;
};

class ClvCalculator {
    Q_DECLARE_TR_FUNCTIONS(ClvCalculator)
public:
    // Years 0 to 50, a discount rate from 0 to 100 %; anything else is not computed (empty result).
    static bool valid(const ClvInputs &in);
    static ClvResult compute(const ClvInputs &in);
    static QString formula(); // the formula in words and symbols, translated
};

} // namespace guanxi
