// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/RfmAnalysis.h"

#include "core/i18n/DateTimeText.h"
#include "core/util/CodeTable.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace guanxi {

namespace {

constexpr CodeTable<RfmSegment, kRfmSegmentCount> kSegments{
    {{
        {RfmSegment::ImportantValue, "important_value", QT_TRANSLATE_NOOP("Rfm", "Important value customers"),
         "重要价值客户"},
        {RfmSegment::ImportantDevelop, "important_develop", QT_TRANSLATE_NOOP("Rfm", "Important customers to develop"),
         "重要发展客户"},
        {RfmSegment::ImportantKeep, "important_keep", QT_TRANSLATE_NOOP("Rfm", "Important customers to keep"),
         "重要保持客户"},
        {RfmSegment::ImportantRetain, "important_retain", QT_TRANSLATE_NOOP("Rfm", "Important customers to win back"),
         "重要挽留客户"},
        {RfmSegment::GeneralValue, "general_value", QT_TRANSLATE_NOOP("Rfm", "General value customers"),
         "一般价值客户"},
        {RfmSegment::GeneralDevelop, "general_develop", QT_TRANSLATE_NOOP("Rfm", "General customers to develop"),
         "一般发展客户"},
        {RfmSegment::GeneralKeep, "general_keep", QT_TRANSLATE_NOOP("Rfm", "General customers to keep"),
         "一般保持客户"},
        {RfmSegment::GeneralRetain, "general_retain", QT_TRANSLATE_NOOP("Rfm", "General customers to win back"),
         "一般挽留客户"},
    }},
    "Rfm"};

const char *const kDefinitions[kRfmSegmentCount] = {
    QT_TRANSLATE_NOOP(
        "Rfm", "Bought recently, often and much: the best customers. Keep them close and give them the best service."),
    QT_TRANSLATE_NOOP("Rfm", "Bought recently and much, but seldom: make them buy more often."),
    QT_TRANSLATE_NOOP("Rfm", "Bought often and much, but not lately: get back in touch before they slip away."),
    QT_TRANSLATE_NOOP("Rfm",
                      "Bought much, but neither lately nor often: valuable customers about to be lost; win them back."),
    QT_TRANSLATE_NOOP("Rfm", "Bought recently and often, but little: sell them more per order."),
    QT_TRANSLATE_NOOP("Rfm", "Bought recently, but seldom and little: new or occasional customers to develop."),
    QT_TRANSLATE_NOOP("Rfm", "Bought often, but little and not lately: keep in touch at low cost."),
    QT_TRANSLATE_NOOP("Rfm", "Bought little, seldom and long ago: the least active customers."),
};

// Scores 1–5 by quintile of `value` (larger is better); equal values share the score of the first
// of them in order, so the same figure never scores differently.
template <typename Get> void quintileScores(std::vector<RfmCustomer> &cs, Get value, int RfmCustomer::*score)
{
    std::vector<size_t> order(cs.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return value(cs[a]) < value(cs[b]); });
    const double n = double(cs.size());
    size_t runStart = 0;
    for (size_t k = 0; k < order.size(); ++k) {
        if (k > 0 && value(cs[order[k]]) != value(cs[order[k - 1]]))
            runStart = k;
        cs[order[k]].*score = 1 + int(std::floor(5.0 * double(runStart) / n));
    }
}

template <typename T> int thresholdScore(T v, const std::array<T, 4> &cuts, bool lowerIsBetter)
{
    int above = 0;
    for (T c : cuts)
        if (lowerIsBetter ? v <= c : v >= c)
            ++above;
    return 1 + above;
}

} // namespace

CodeTableRef<RfmSegment> codesOf(RfmSegment)
{
    return kSegments;
}
QList<RfmSegment> rfmSegments()
{
    return kSegments.values();
}

QString definitionOf(RfmSegment s)
{
    return QCoreApplication::translate("Rfm", kDefinitions[int(s)]);
}

RfmSegment segmentFor(bool r, bool f, bool m)
{
    if (m)
        return r ? (f ? RfmSegment::ImportantValue : RfmSegment::ImportantDevelop)
                 : (f ? RfmSegment::ImportantKeep : RfmSegment::ImportantRetain);
    return r ? (f ? RfmSegment::GeneralValue : RfmSegment::GeneralDevelop)
             : (f ? RfmSegment::GeneralKeep : RfmSegment::GeneralRetain);
}

RfmResult RfmAnalysis::score(std::vector<CustomerRevenue> customers, const QDate &from, const QDate &to,
                             const std::optional<RfmThresholds> &thresholds)
{
    RfmResult res;
    res.from = from;
    res.to = to;
    res.customers.reserve(customers.size());
    for (CustomerRevenue &c : customers) {
        RfmCustomer rc;
        rc.recencyDays = int(c.lastDay.daysTo(to));
        rc.revenue = std::move(c);
        res.customers.push_back(std::move(rc));
    }
    auto &cs = res.customers;
    if (cs.empty())
        return res;
    res.byThresholds = thresholds.has_value();
    if (thresholds) {
        for (RfmCustomer &c : cs) {
            c.r = thresholdScore(c.recencyDays, thresholds->recencyDays, true);
            c.f = thresholdScore(c.revenue.purchaseDays, thresholds->frequency, false);
            c.m = thresholdScore(c.revenue.revenueMinor, thresholds->monetaryMinor, false);
        }
    } else {
        quintileScores(
            cs, [](const RfmCustomer &c) { return -c.recencyDays; }, &RfmCustomer::r);
        quintileScores(
            cs, [](const RfmCustomer &c) { return c.revenue.purchaseDays; }, &RfmCustomer::f);
        quintileScores(
            cs, [](const RfmCustomer &c) { return c.revenue.revenueMinor; }, &RfmCustomer::m);
    }
    double sr = 0, sf = 0, sm = 0;
    for (const RfmCustomer &c : cs) {
        sr += c.r;
        sf += c.f;
        sm += c.m;
        res.revenueMinor += c.revenue.revenueMinor;
    }
    const double n = double(cs.size());
    res.averageR = sr / n;
    res.averageF = sf / n;
    res.averageM = sm / n;
    for (int i = 0; i < kRfmSegmentCount; ++i)
        res.segments[size_t(i)].segment = RfmSegment(i);
    for (RfmCustomer &c : cs) {
        c.segment = segmentFor(c.r > res.averageR, c.f > res.averageF, c.m > res.averageM);
        RfmSegmentFigures &s = res.segments[size_t(c.segment)];
        ++s.customers;
        s.revenueMinor += c.revenue.revenueMinor;
    }
    for (RfmSegmentFigures &s : res.segments) {
        s.customerShare = double(s.customers) / n;
        s.revenueShare = res.revenueMinor > 0 ? double(s.revenueMinor) / double(res.revenueMinor) : 0.0;
    }
    std::sort(cs.begin(), cs.end(), [](const RfmCustomer &a, const RfmCustomer &b) {
        if (a.segment != b.segment)
            return a.segment < b.segment;
        if (a.revenue.revenueMinor != b.revenue.revenueMinor)
            return a.revenue.revenueMinor > b.revenue.revenueMinor;
        return a.revenue.customerId < b.revenue.customerId;
    });
    return res;
}

Result<RfmResult> RfmAnalysis::run(Database &db, const Session &actor, const QDate &from, const QDate &to,
                                   const QString &currency, const std::optional<RfmThresholds> &thresholds)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error{ErrorCode::Invalid,
                     tr("The window needs a first and a last day, in that order."),
                     {},
                     QStringLiteral("window")};
    if (thresholds) {
        const auto ascending = [](const auto &a) { return std::is_sorted(a.begin(), a.end()); };
        if (!ascending(thresholds->recencyDays) || !ascending(thresholds->frequency)
            || !ascending(thresholds->monetaryMinor))
            return Error{ErrorCode::Invalid,
                         tr("Each measure's four cut points must go up from one to the next."),
                         {},
                         QStringLiteral("thresholds")};
    }
    Result<std::vector<CustomerRevenue>> rows = customerRevenue(db, actor, from, to, currency);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return Error{ErrorCode::NotFound,
                     tr("No customer bought anything in %1 from %2 to %3.")
                         .arg(currency, DateTimeText::date(from), DateTimeText::date(to)),
                     {},
                     QStringLiteral("window")};
    RfmResult r = score(std::move(*rows), from, to, thresholds);
    r.currency = currency;
    return r;
}

char ParetoResult::abcClass(double before)
{
    return before < 0.80 ? 'A' : before < 0.95 ? 'B' : 'C';
}

ParetoResult paretoOf(std::vector<CustomerRevenue> customers)
{
    ParetoResult p;
    std::sort(customers.begin(), customers.end(), [](const CustomerRevenue &a, const CustomerRevenue &b) {
        return a.revenueMinor != b.revenueMinor ? a.revenueMinor > b.revenueMinor : a.customerId < b.customerId;
    });
    for (const CustomerRevenue &c : customers)
        p.revenueMinor += c.revenueMinor;
    p.customers = std::move(customers);
    const size_t n = p.customers.size();
    const size_t topFifth = (n + 4) / 5; // at least one customer when there is any
    qint64 running = 0, top = 0;
    for (size_t i = 0; i < n; ++i) {
        const double before = p.revenueMinor > 0 ? double(running) / double(p.revenueMinor) : 1.0;
        switch (ParetoResult::abcClass(before)) {
        case 'A':
            ++p.classA;
            break;
        case 'B':
            ++p.classB;
            break;
        default:
            ++p.classC;
            break;
        }
        running += p.customers[i].revenueMinor;
        if (i < topFifth)
            top = running;
        p.cumulativeShare.push_back(p.revenueMinor > 0 ? double(running) / double(p.revenueMinor) : 0.0);
    }
    p.topFifthShare = p.revenueMinor > 0 ? double(top) / double(p.revenueMinor) : 0.0;
    return p;
}

} // namespace guanxi
