// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/NelderMead.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace guanxi {

namespace {

// How far (in the search's own coordinates) the simplex's corners may lie from the best one when
// it stops.
constexpr double kPointTolerance = 1e-7;

struct Run {
    std::vector<double> x;
    double value;
    int evaluations;
    bool converged;
};

Run simplexRun(const std::function<double(const std::vector<double> &)> &f, const std::vector<double> &start,
               double step, double tolerance, int budget)
{
    const size_t n = start.size();
    int evaluations = 0;
    const auto eval = [&](const std::vector<double> &p) {
        ++evaluations;
        const double v = f(p);
        return std::isnan(v) ? std::numeric_limits<double>::infinity() : v;
    };
    std::vector<std::vector<double>> pts(n + 1, start);
    for (size_t i = 0; i < n; ++i)
        pts[i + 1][i] += step;
    std::vector<double> vals(n + 1);
    for (size_t i = 0; i <= n; ++i)
        vals[i] = eval(pts[i]);
    std::vector<size_t> order(n + 1);
    bool converged = false;
    // Progress: the best value and when it last improved noticeably. On an endless ridge the best
    // value creeps up by ever smaller steps; a long stretch without a noticeable gain ends the run.
    double bestSoFar = std::numeric_limits<double>::infinity();
    int improvedAt = 0;
    const int patience = 200 * int(n);
    while (evaluations < budget) {
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return vals[a] < vals[b]; });
        const size_t best = order.front(), worst = order.back(), second = order[n - 1];
        // Done when the values agree and the simplex has shrunk to a point: on a flat ridge of the
        // likelihood the values agree long before the parameters do.
        double spread = 0;
        for (size_t i = 0; i <= n; ++i)
            for (size_t k = 0; k < n; ++k)
                spread = std::max(spread, std::fabs(pts[i][k] - pts[best][k]));
        // On a ridge that rises without end (parameters heading for infinity, bounded by the
        // caller) the points never meet; agreeing values then count as converged when the
        // budget runs out.
        converged = std::fabs(vals[worst] - vals[best]) <= tolerance * (std::fabs(vals[best]) + tolerance);
        if (converged && spread <= kPointTolerance)
            break;
        if (vals[best] < bestSoFar - 1e3 * tolerance * (std::fabs(vals[best]) + tolerance)) {
            bestSoFar = vals[best];
            improvedAt = evaluations;
        } else if (evaluations - improvedAt > patience) {
            break;
        }
        std::vector<double> centroid(n, 0.0);
        for (size_t i = 0; i <= n; ++i)
            if (i != worst)
                for (size_t k = 0; k < n; ++k)
                    centroid[k] += pts[i][k] / double(n);
        const auto toward = [&](double t) {
            std::vector<double> p(n);
            for (size_t k = 0; k < n; ++k)
                p[k] = centroid[k] + t * (pts[worst][k] - centroid[k]);
            return p;
        };
        const std::vector<double> reflected = toward(-1.0);
        const double fr = eval(reflected);
        if (fr < vals[best]) {
            const std::vector<double> expanded = toward(-2.0);
            const double fe = eval(expanded);
            if (fe < fr) {
                pts[worst] = expanded;
                vals[worst] = fe;
            } else {
                pts[worst] = reflected;
                vals[worst] = fr;
            }
        } else if (fr < vals[second]) {
            pts[worst] = reflected;
            vals[worst] = fr;
        } else {
            const bool outside = fr < vals[worst];
            const std::vector<double> contracted = toward(outside ? -0.5 : 0.5);
            const double fc = eval(contracted);
            if (fc < std::min(fr, vals[worst])) {
                pts[worst] = contracted;
                vals[worst] = fc;
            } else {
                // Shrink everything toward the best point.
                for (size_t i = 0; i <= n; ++i) {
                    if (i == best)
                        continue;
                    for (size_t k = 0; k < n; ++k)
                        pts[i][k] = pts[best][k] + 0.5 * (pts[i][k] - pts[best][k]);
                    vals[i] = eval(pts[i]);
                }
            }
        }
    }
    const size_t best = size_t(std::min_element(vals.begin(), vals.end()) - vals.begin());
    return {pts[best], vals[best], evaluations, converged};
}

} // namespace

Minimum minimizeNelderMead(const std::function<double(const std::vector<double> &)> &f, std::vector<double> start,
                           double step, double tolerance, int maxEvaluations)
{
    Minimum m;
    m.x = std::move(start);
    m.value = std::numeric_limits<double>::infinity();
    for (int restart = 0; restart < 20 && m.evaluations < maxEvaluations; ++restart) {
        Run r = simplexRun(f, m.x, restart == 0 ? step : step / 10, tolerance, maxEvaluations - m.evaluations);
        m.evaluations += r.evaluations;
        const bool improved = r.value < m.value - tolerance * (std::fabs(m.value) + tolerance);
        if (r.value < m.value) {
            m.x = r.x;
            m.value = r.value;
        }
        m.converged = r.converged;
        if (!improved && restart > 0)
            break;
    }
    m.converged = m.converged && std::isfinite(m.value);
    return m;
}

} // namespace guanxi
