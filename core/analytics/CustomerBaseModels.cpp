// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/CustomerBaseModels.h"

#include "core/analytics/NelderMead.h"

#include <cmath>
#include <limits>
#include <map>
#include <tuple>

namespace guanxi {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
// The searches' bound on each coordinate (a logarithm): e^15 ≈ 3·10^6, far beyond any fitted value
// of real heterogeneity.
constexpr double kSearchBound = 15;

bool atBound(const std::vector<double> &v)
{
    for (double x : v)
        if (std::fabs(x) > kSearchBound - 1)
            return true;
    return false;
}

// Customers with the same (x, t_x, T) contribute the same term: the likelihood is summed over the
// distinct histories with their counts, which makes a fit over tens of thousands of customers cheap.
struct History {
    int x;
    double tx;
    double T;
    int count;
};

std::vector<History> distinctHistories(const std::vector<PurchaseSummary> &customers)
{
    std::map<std::tuple<int, double, double>, int> counts;
    for (const PurchaseSummary &c : customers)
        ++counts[{c.frequency, c.recency, c.age}];
    std::vector<History> out;
    out.reserve(counts.size());
    for (const auto &[key, n] : counts)
        out.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), n});
    return out;
}

double logSumExp(double u, double v)
{
    const double m = std::max(u, v);
    return m + std::log(std::exp(u - m) + std::exp(v - m));
}

double bgnbdLogLikelihood(const BgNbdParams &p, const std::vector<History> &hs)
{
    if (!(p.r > 0 && p.alpha > 0 && p.a > 0 && p.b > 0))
        return -kInf;
    const double lnBase = -std::lgamma(p.r) + p.r * std::log(p.alpha) + std::lgamma(p.a + p.b) - std::lgamma(p.b);
    double ll = 0;
    for (const History &h : hs) {
        const double x = h.x;
        const double a1 = std::lgamma(p.r + x) + std::lgamma(p.b + x) - std::lgamma(p.a + p.b + x) + lnBase;
        const double a3 = -(p.r + x) * std::log(p.alpha + h.T);
        double term = a3;
        if (h.x > 0)
            term = logSumExp(a3, std::log(p.a) - std::log(p.b + x - 1) - (p.r + x) * std::log(p.alpha + h.tx));
        ll += h.count * (a1 + term);
    }
    return ll;
}

double ggTerm(const GammaGammaParams &g, int xi, double m)
{
    const double x = xi;
    const double px = g.p * x;
    return std::lgamma(px + g.q) - std::lgamma(px) - std::lgamma(g.q) + g.q * std::log(g.gamma) + (px - 1) * std::log(m)
        + px * std::log(x) - (px + g.q) * std::log(g.gamma + m * x);
}

bool inGammaGamma(const PurchaseSummary &c)
{
    return c.frequency > 0 && c.monetary > 0;
}

} // namespace

double hypergeometric2F1(double a, double b, double c, double z)
{
    double term = 1, sum = 1;
    for (int k = 0; k < 100000; ++k) {
        term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
        sum += term;
        if (std::fabs(term) < 1e-15 * std::fabs(sum))
            break;
    }
    return sum;
}

namespace bgnbd {

double logLikelihood(const BgNbdParams &p, const std::vector<PurchaseSummary> &customers)
{
    return bgnbdLogLikelihood(p, distinctHistories(customers));
}

BgNbdFit fit(const std::vector<PurchaseSummary> &customers)
{
    const std::vector<History> hs = distinctHistories(customers);
    // Searched as (ln r, ln α, logit of the mean drop-out a/(a+b), ln of its precision a+b), each
    // within bounds: where customers hardly differ, the likelihood keeps rising towards infinite
    // precision; the bound stops there with the same predictions instead of running away.
    const auto params = [](const std::vector<double> &v) {
        const double m = 1.0 / (1.0 + std::exp(-v[2])), s = std::exp(v[3]);
        return BgNbdParams{std::exp(v[0]), std::exp(v[1]), m * s, (1 - m) * s};
    };
    const auto negLL = [&](const std::vector<double> &v) {
        for (double x : v)
            if (std::fabs(x) > kSearchBound)
                return kInf;
        return -bgnbdLogLikelihood(params(v), hs);
    };
    const Minimum m = minimizeNelderMead(negLL, {0.0, 0.0, 0.0, std::log(2.0)});
    BgNbdFit f;
    f.params = params(m.x);
    f.logLikelihood = -m.value;
    f.customers = int(customers.size());
    f.atLimit = atBound(m.x);
    // Heading for the bound is the answer "all alike", not a failure: the predictions there are
    // those of the limiting model.
    f.converged = (m.converged || f.atLimit) && std::isfinite(m.value);
    return f;
}

double probabilityAlive(const BgNbdParams &p, int x, double tx, double T)
{
    if (x == 0)
        return 1.0;
    const double lnRatio =
        std::log(p.a) - std::log(p.b + x - 1) + (p.r + x) * (std::log(p.alpha + T) - std::log(p.alpha + tx));
    return 1.0 / (1.0 + std::exp(lnRatio));
}

double expectedPurchases(const BgNbdParams &p, double t, int x, double tx, double T)
{
    if (t <= 0)
        return 0;
    const double n = p.r + x;
    const double z = t / (p.alpha + T + t);
    const double head = (p.a + p.b + x - 1) / (p.a - 1);
    const double tail =
        1 - std::pow((p.alpha + T) / (p.alpha + T + t), n) * hypergeometric2F1(n, p.b + x, p.a + p.b + x - 1, z);
    const double lnRatio = std::log(p.a) - std::log(p.b + x - 1) + n * (std::log(p.alpha + T) - std::log(p.alpha + tx));
    const double alive = x > 0 ? 1 + std::exp(lnRatio) : 1.0;
    return head * tail / alive;
}

} // namespace bgnbd

namespace gammagamma {

double logLikelihood(const GammaGammaParams &p, const std::vector<PurchaseSummary> &customers)
{
    if (!(p.p > 0 && p.q > 0 && p.gamma > 0))
        return -kInf;
    double ll = 0;
    for (const PurchaseSummary &c : customers)
        if (inGammaGamma(c))
            ll += ggTerm(p, c.frequency, c.monetary);
    return ll;
}

GammaGammaFit fit(const std::vector<PurchaseSummary> &customers)
{
    std::vector<PurchaseSummary> used;
    GammaGammaFit f;
    for (const PurchaseSummary &c : customers) {
        if (inGammaGamma(c))
            used.push_back(c);
        else
            ++f.leftOut;
    }
    f.customers = int(used.size());
    if (used.empty())
        return f;
    // Searched as (ln p, ln q, ln of the mean rate q/γ), bounded like the BG/NBD search.
    const auto params = [](const std::vector<double> &v) {
        return GammaGammaParams{std::exp(v[0]), std::exp(v[1]), std::exp(v[1] - v[2])};
    };
    const auto negLL = [&](const std::vector<double> &v) {
        for (double x : v)
            if (std::fabs(x) > kSearchBound)
                return kInf;
        return -logLikelihood(params(v), used);
    };
    const Minimum m = minimizeNelderMead(negLL, {0.0, 0.0, 0.0});
    f.params = params(m.x);
    f.logLikelihood = -m.value;
    f.atLimit = atBound(m.x);
    // Heading for the bound is the answer "all alike", not a failure: the predictions there are
    // those of the limiting model.
    f.converged = (m.converged || f.atLimit) && std::isfinite(m.value);
    return f;
}

double expectedSpend(const GammaGammaParams &p, int x, double monetary)
{
    if (x <= 0 || monetary <= 0)
        return p.q > 1 ? p.p * p.gamma / (p.q - 1) : 0.0;
    return (p.gamma + monetary * x) * p.p / (p.p * x + p.q - 1);
}

} // namespace gammagamma

} // namespace guanxi
