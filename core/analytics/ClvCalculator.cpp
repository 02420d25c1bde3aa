// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/ClvCalculator.h"

#include <cmath>

namespace guanxi {

bool ClvCalculator::valid(const ClvInputs &in)
{
    return in.retentionYears >= 0 && in.retentionYears <= 50 && in.discountRate >= 0 && in.discountRate <= 1
        && in.acquisitionCostMinor >= 0 && in.firstPurchaseMinor >= 0 && in.yearlyRevenueMinor >= 0
        && in.yearlyServiceCostMinor >= 0;
}

ClvResult ClvCalculator::compute(const ClvInputs &in)
{
    ClvResult r;
    if (!valid(in))
        return r;
    // Each year's present value is rounded to the unit; the total is their sum, so the table adds up.
    const qint64 start = in.firstPurchaseMinor - in.acquisitionCostMinor;
    r.years.append({0, start, 1.0, start, start});
    qint64 running = start;
    for (int t = 1; t <= in.retentionYears; ++t) {
        const qint64 net = in.yearlyRevenueMinor - in.yearlyServiceCostMinor;
        const double factor = 1.0 / std::pow(1.0 + in.discountRate, t);
        const qint64 pv = std::llround(double(net) * factor);
        running += pv;
        r.years.append({t, net, factor, pv, running});
    }
    r.clvMinor = running;
    return r;
}

QString ClvCalculator::formula()
{
    return tr("CLV = F − AC + Σ (R − S) / (1 + d)^t for t = 1 … n. F: first purchase; AC: acquisition cost; R: yearly "
              "added revenue; S: yearly service cost; d: discount rate; n: retention years.");
}

} // namespace guanxi
