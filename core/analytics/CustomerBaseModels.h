// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/PurchaseSummary.h"

#include <vector>

namespace guanxi {

// BG/NBD (Fader, Hardie and Lee 2005, "Counting your customers the easy way"): while active a
// customer buys at a Poisson rate λ ~ Gamma(r, α); after each purchase they drop out with
// probability p ~ Beta(a, b).
struct BgNbdParams {
    double r = 0, alpha = 0, a = 0, b = 0;
};

// Gamma-Gamma (Fader, Hardie and Lee 2005, "RFM and CLV"; Hardie's note on the model): the value of
// a customer's purchases is Gamma(p, ν) around their own mean, ν ~ Gamma(q, γ) across customers.
struct GammaGammaParams {
    double p = 0, q = 0, gamma = 0;
};

struct BgNbdFit {
    BgNbdParams params;
    double logLikelihood = 0;
    int customers = 0;
    bool converged = false;
    // The customers differ too little for the model to tell them apart (in drop-out, or in their
    // buying rate): the fit stopped at the search's limit, which stands for "all alike".
    bool atLimit = false;
};

struct GammaGammaFit {
    GammaGammaParams params;
    double logLikelihood = 0;
    int customers = 0; // with at least one repeat purchase of positive value
    int leftOut = 0;   // without: not part of the fit
    bool converged = false;
    bool atLimit = false; // customers' average spends do not differ: all valued alike
};

namespace bgnbd {
double logLikelihood(const BgNbdParams &p, const std::vector<PurchaseSummary> &customers);
// Maximum likelihood over all customers (parameters searched on a log scale, so they stay positive).
BgNbdFit fit(const std::vector<PurchaseSummary> &customers);
// The probability that a customer with this history is still active at the end of the period.
double probabilityAlive(const BgNbdParams &p, int x, double tx, double T);
// The expected number of purchases in the next `t` weeks.
double expectedPurchases(const BgNbdParams &p, double t, int x, double tx, double T);
} // namespace bgnbd

namespace gammagamma {
double logLikelihood(const GammaGammaParams &p, const std::vector<PurchaseSummary> &customers);
GammaGammaFit fit(const std::vector<PurchaseSummary> &customers);
// The expected value of one of the customer's future purchases (major units); with no repeat
// purchase, the population mean.
double expectedSpend(const GammaGammaParams &p, int x, double monetary);
} // namespace gammagamma

// Gauss's hypergeometric function ₂F₁(a, b; c; z) for |z| < 1, by its series.
double hypergeometric2F1(double a, double b, double c, double z);

} // namespace guanxi
