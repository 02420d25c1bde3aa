// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/CustomerRevenue.h"
#include "core/util/CodeTable.h"

#include <QCoreApplication>
#include <QList>

#include <array>
#include <optional>

namespace guanxi {

// The eight classic RFM segments: recency, frequency and monetary value each above or below the
// average score of the customers analysed.
enum class RfmSegment {
    ImportantValue,   // 重要价值客户: R↑ F↑ M↑
    ImportantDevelop, // 重要发展客户: R↑ F↓ M↑
    ImportantKeep,    // 重要保持客户: R↓ F↑ M↑
    ImportantRetain,  // 重要挽留客户: R↓ F↓ M↑
    GeneralValue,     // 一般价值客户: R↑ F↑ M↓
    GeneralDevelop,   // 一般发展客户: R↑ F↓ M↓
    GeneralKeep,      // 一般保持客户: R↓ F↑ M↓
    GeneralRetain,    // 一般挽留客户: R↓ F↓ M↓
};
constexpr int kRfmSegmentCount = 8;

// Stored codes and translated names: codeOf, displayName, fromCode, allValuesOf.
CodeTableRef<RfmSegment> codesOf(RfmSegment);
QString definitionOf(RfmSegment s); // what it means and what to do, translated
QList<RfmSegment> rfmSegments();
RfmSegment segmentFor(bool recencyHigh, bool frequencyHigh, bool monetaryHigh);

// Scores by the user's own cut points instead of quintiles: four ascending cut points per measure;
// a value at or above the k-th cut point scores k + 1 (for recency, days at or below score higher).
struct RfmThresholds {
    std::array<int, 4> recencyDays{};      // e.g. 30, 60, 120, 240: 30 days or fewer scores 5
    std::array<int, 4> frequency{};        // purchase days in the window
    std::array<qint64, 4> monetaryMinor{}; // revenue in the window
};

struct RfmCustomer {
    CustomerRevenue revenue;
    int recencyDays = 0;     // from the last purchase to the end of the window
    int r = 0, f = 0, m = 0; // scores 1–5
    RfmSegment segment = RfmSegment::GeneralRetain;
};

struct RfmSegmentFigures {
    RfmSegment segment = RfmSegment::GeneralRetain;
    int customers = 0;
    qint64 revenueMinor = 0;
    double customerShare = 0; // 0..1
    double revenueShare = 0;  // 0..1
};

struct RfmResult {
    QDate from, to;
    QString currency;
    std::vector<RfmCustomer> customers; // by segment, then revenue
    std::array<RfmSegmentFigures, kRfmSegmentCount> segments;
    double averageR = 0, averageF = 0, averageM = 0;
    qint64 revenueMinor = 0;
    bool byThresholds = false; // scored by the user's cut points rather than quintiles
};

// RFM over a window. Scores 1–5 by quintile (equal values share a score), or by thresholds; a
// measure counts as high when its score is above the average score. An empty window is an error
// with a clear message, not an empty table.
class RfmAnalysis {
    Q_DECLARE_TR_FUNCTIONS(RfmAnalysis)
public:
    static Result<RfmResult> run(Database &db, const Session &actor, const QDate &from, const QDate &to,
                                 const QString &currency, const std::optional<RfmThresholds> &thresholds = {});
    // The scoring and segmenting alone, on figures already read (tests, other reports).
    static RfmResult score(std::vector<CustomerRevenue> customers, const QDate &from, const QDate &to,
                           const std::optional<RfmThresholds> &thresholds = {});
};

// 80/20 (Pareto) and ABC: customers by revenue, highest first, with the cumulative shares.
struct ParetoResult {
    std::vector<CustomerRevenue> customers; // by revenue, highest first
    std::vector<double> cumulativeShare;    // of revenue, after each customer (0..1)
    double topFifthShare = 0;               // the share of revenue from the top 20 % of customers
    int classA = 0, classB = 0, classC = 0; // A: up to 80 % of revenue, B: to 95 %, C: the rest
    qint64 revenueMinor = 0;
    static char abcClass(double cumulativeShareBefore);
};

ParetoResult paretoOf(std::vector<CustomerRevenue> customers);

} // namespace guanxi
