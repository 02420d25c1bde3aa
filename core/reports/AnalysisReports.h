// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/ClvService.h"
#include "core/analytics/CustomerProposals.h"
#include "core/analytics/RfmAnalysis.h"
#include "core/reports/ReportTable.h"

#include <QCoreApplication>

namespace guanxi {

// The customer analyses as report tables, for the report center, its exports and guanxi-cli.
class AnalysisReports {
    Q_DECLARE_TR_FUNCTIONS(AnalysisReports)
public:
    // The eight segments: size, revenue, shares, definition; ids are the segment codes.
    static ReportTable rfmSegments(const RfmResult &r);
    // The customers of one segment (or all, with no segment), with their scores; ids are customers.
    static ReportTable rfmCustomers(const RfmResult &r, const std::optional<RfmSegment> &segment = {});
    // 80/20: customers by revenue with the cumulative share and ABC class; ids are customers.
    static ReportTable pareto(const ParetoResult &p, const QDate &from, const QDate &to, const QString &currency);
    // Lifetime value per customer, highest first; ids are customers.
    static ReportTable clv(const ClvReport &r);
    // Proposed tiers and stages that differ from the cards; ids are customers.
    static ReportTable proposals(const std::vector<CustomerProposal> &p);
};

} // namespace guanxi
