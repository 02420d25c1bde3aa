// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <vector>

namespace guanxi {

// One purchase as the customer-base models see it: who, which day, how much (minor units).
struct Purchase {
    QString customerId;
    QDate day;
    qint64 amountMinor = 0;
};

// A customer's purchases up to the end of a calibration period, in the models' terms (Fader, Hardie
// and Lee): time in weeks (days / 7), purchases on one day counted as one (their amounts added),
// the end day included.
struct PurchaseSummary {
    QString customerId;
    int frequency = 0;     // x: repeat purchases (purchase days after the first)
    double recency = 0;    // t_x: weeks from the first purchase to the last
    double age = 0;        // T: weeks from the first purchase to the end of the period
    double monetary = 0;   // mean value of the repeat purchases, in major units (yuan, dollars); 0 without
    double firstValue = 0; // the first purchase's value, major units
    QDate firstDay;
    QDate lastDay;
};

// Summaries of every customer whose first purchase lies on or before `calibrationEnd`, in the order
// of their first appearance in `purchases` (which need not be sorted). Purchases after the end are
// left out; so are negative amounts (a refund is not a purchase). A purchase of no value still
// counts as a purchase; it only lowers the mean value.
std::vector<PurchaseSummary> summarizePurchases(const std::vector<Purchase> &purchases, const QDate &calibrationEnd,
                                                int minorDigits = 2);

} // namespace guanxi
