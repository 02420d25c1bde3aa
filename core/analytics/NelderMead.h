// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <vector>

namespace guanxi {

struct Minimum {
    std::vector<double> x;
    double value = 0;
    int evaluations = 0;
    bool converged = false;
};

// The downhill simplex method (Nelder and Mead 1965, with the usual coefficients 1, 2, ½, ½),
// restarted from its own answer until a restart no longer improves it: the restarts undo the
// simplex collapsing early, which a single run does on the likelihoods fitted here. `f` may
// return +infinity (or NaN) for points outside its domain.
Minimum minimizeNelderMead(const std::function<double(const std::vector<double> &)> &f, std::vector<double> start,
                           double step = 0.5, double tolerance = 1e-10, int maxEvaluations = 20000);

} // namespace guanxi
