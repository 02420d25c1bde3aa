// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/AnalysisReports.h"

#include "core/i18n/DateTimeText.h"

#include <QLocale>

#include <cmath>

namespace guanxi {

namespace {

QString window(const QDate &from, const QDate &to, const QString &currency)
{
    return QCoreApplication::translate("AnalysisReports", "Orders from %1 to %2, %3")
        .arg(DateTimeText::date(from), DateTimeText::date(to), currency);
}

} // namespace

ReportTable AnalysisReports::rfmSegments(const RfmResult &r)
{
    ReportTable t;
    t.title = tr("RFM segments");
    t.subtitle = window(r.from, r.to, r.currency);
    t.currency = r.currency;
    t.columns = {{QStringLiteral("segment"), tr("Segment"), ReportValue::Text},
                 {QStringLiteral("customers"), tr("Customers"), ReportValue::Integer},
                 {QStringLiteral("customer_share"), tr("Share of customers"), ReportValue::Percent},
                 {QStringLiteral("revenue_minor"), tr("Revenue"), ReportValue::Money},
                 {QStringLiteral("revenue_share"), tr("Share of revenue"), ReportValue::Percent},
                 {QStringLiteral("definition"), tr("What it means"), ReportValue::Text}};
    for (const RfmSegmentFigures &s : r.segments) {
        t.rows.append({displayName(s.segment), s.customers, s.customerShare, s.revenueMinor, s.revenueShare,
                       definitionOf(s.segment)});
        t.ids.append(codeOf(s.segment));
    }
    t.notes << (r.byThresholds
                    ? tr("Recency, frequency and monetary value score 1 to 5 by your own cut points; a measure "
                         "is high when its score is above the average score (R %1, F %2, M %3).")
                    : tr("Recency, frequency and monetary value score 1 to 5 by quintile of the customers who "
                         "bought in the window; a measure is high when its score is above the average score "
                         "(R %1, F %2, M %3)."))
                   .arg(QLocale().toString(r.averageR, 'f', 2), QLocale().toString(r.averageF, 'f', 2),
                        QLocale().toString(r.averageM, 'f', 2));
    return t;
}

ReportTable AnalysisReports::rfmCustomers(const RfmResult &r, const std::optional<RfmSegment> &segment)
{
    ReportTable t;
    t.title = segment ? displayName(*segment) : tr("RFM scores");
    t.subtitle = window(r.from, r.to, r.currency);
    t.currency = r.currency;
    t.columns = {{QStringLiteral("customer"), tr("Customer"), ReportValue::Text},
                 {QStringLiteral("owner"), tr("Owner"), ReportValue::Text},
                 {QStringLiteral("recency_days"), tr("Days since last order"), ReportValue::Integer},
                 {QStringLiteral("frequency"), tr("Order days"), ReportValue::Integer},
                 {QStringLiteral("revenue_minor"), tr("Revenue"), ReportValue::Money},
                 {QStringLiteral("rfm"), tr("R F M"), ReportValue::Text},
                 {QStringLiteral("segment"), tr("Segment"), ReportValue::Text}};
    for (const RfmCustomer &c : r.customers) {
        if (segment && c.segment != *segment)
            continue;
        t.rows.append({c.revenue.name, c.revenue.ownerName, c.recencyDays, c.revenue.purchaseDays,
                       c.revenue.revenueMinor, QStringLiteral("%1 %2 %3").arg(c.r).arg(c.f).arg(c.m),
                       displayName(c.segment)});
        t.ids.append(c.revenue.customerId);
    }
    if (segment)
        t.notes << definitionOf(*segment);
    return t;
}

ReportTable AnalysisReports::pareto(const ParetoResult &p, const QDate &from, const QDate &to, const QString &currency)
{
    ReportTable t;
    t.title = tr("80/20: revenue by customer");
    t.subtitle = window(from, to, currency);
    t.currency = currency;
    t.columns = {{QStringLiteral("rank"), tr("Rank"), ReportValue::Integer},
                 {QStringLiteral("customer"), tr("Customer"), ReportValue::Text},
                 {QStringLiteral("revenue_minor"), tr("Revenue"), ReportValue::Money},
                 {QStringLiteral("cumulative_share"), tr("Cumulative share"), ReportValue::Percent},
                 {QStringLiteral("class"), tr("ABC class"), ReportValue::Text}};
    double before = 0;
    for (size_t i = 0; i < p.customers.size(); ++i) {
        t.rows.append({qint64(i + 1), p.customers[i].name, p.customers[i].revenueMinor, p.cumulativeShare[i],
                       QString(QLatin1Char(ParetoResult::abcClass(before)))});
        t.ids.append(p.customers[i].customerId);
        before = p.cumulativeShare[i];
    }
    t.notes << tr("The top 20 % of customers bring %1 of the revenue. Class A: the customers who make up the first "
                  "80 % of revenue (%2); B: the next 15 % (%3); C: the rest (%4).")
                   .arg(QLocale().toString(p.topFifthShare * 100, 'f', 1) + QStringLiteral(" %"))
                   .arg(p.classA)
                   .arg(p.classB)
                   .arg(p.classC);
    return t;
}

ReportTable AnalysisReports::clv(const ClvReport &r)
{
    ReportTable t;
    t.title = tr("Customer lifetime value");
    t.subtitle = tr("Fitted to the orders up to %1, %2; the next 52 weeks, discounted at %3 % a year")
                     .arg(DateTimeText::date(r.calibrationEnd), r.currency)
                     .arg(int(std::lround(ClvService::kAnnualDiscountRate * 100)));
    t.currency = r.currency;
    t.columns = {{QStringLiteral("customer"), tr("Customer"), ReportValue::Text},
                 {QStringLiteral("frequency"), tr("Repeat purchases"), ReportValue::Integer},
                 {QStringLiteral("probability_alive"), tr("Probability active"), ReportValue::Percent},
                 {QStringLiteral("expected_purchases"), tr("Expected purchases"), ReportValue::Number},
                 {QStringLiteral("expected_spend_minor"), tr("Spend per purchase"), ReportValue::Money},
                 {QStringLiteral("clv_minor"), tr("CLV"), ReportValue::Money}};
    t.chartColumn = 5;          // the value itself, not the spend per purchase (which the models make alike)
    const double scale = 100.0; // the models work in major units; the table in minor
    for (const CustomerValue &v : r.customers) {
        t.rows.append({v.name, v.history.frequency, v.probabilityAlive, v.expectedPurchases,
                       qint64(std::llround(v.expectedSpend * scale)), qint64(std::llround(v.clv * scale))});
        t.ids.append(v.customerId);
    }
    const BgNbdParams &b = r.bgnbd.params;
    const GammaGammaParams &g = r.gammaGamma.params;
    t.notes << tr("BG/NBD: r = %1, α = %2, a = %3, b = %4 (log-likelihood %5). Gamma-Gamma: p = %6, q = %7, γ = %8 "
                  "(%9 customers with repeat purchases; the others valued at the average spend).")
                   .arg(b.r, 0, 'f', 3)
                   .arg(b.alpha, 0, 'f', 3)
                   .arg(b.a, 0, 'f', 3)
                   .arg(b.b, 0, 'f', 3)
                   .arg(r.bgnbd.logLikelihood, 0, 'f', 1)
                   .arg(g.p, 0, 'f', 2)
                   .arg(g.q, 0, 'f', 2)
                   .arg(g.gamma, 0, 'f', 2)
                   .arg(r.gammaGamma.customers);
    if (r.bgnbd.atLimit || r.gammaGamma.atLimit)
        t.notes << tr("Your customers differ little in how long they stay or in what they spend per purchase, so the "
                      "models treat them alike there (parameters at the search limit).");
    return t;
}

ReportTable AnalysisReports::proposals(const std::vector<CustomerProposal> &list)
{
    ReportTable t;
    t.title = tr("Tier and stage proposals");
    t.subtitle = tr("From the orders of the last twelve months; only where they differ from the card");
    t.currency = QStringLiteral("CNY");
    t.columns = {{QStringLiteral("customer"), tr("Customer"), ReportValue::Text},
                 {QStringLiteral("revenue_minor"), tr("Revenue, 12 months"), ReportValue::Money},
                 {QStringLiteral("tier"), tr("Tier now"), ReportValue::Text},
                 {QStringLiteral("proposed_tier"), tr("Proposed tier"), ReportValue::Text},
                 {QStringLiteral("stage"), tr("Stage now"), ReportValue::Text},
                 {QStringLiteral("proposed_stage"), tr("Proposed stage"), ReportValue::Text},
                 {QStringLiteral("why"), tr("Why"), ReportValue::Text}};
    for (const CustomerProposal &p : list) {
        t.rows.append({p.name, p.revenueMinor, tierDisplayName(p.tier), tierDisplayName(p.proposedTier),
                       displayName(p.stage), displayName(p.proposedStage), p.reason});
        t.ids.append(p.customerId);
    }
    t.notes << tr(
        "Tier: VIP for the top 5 % of customers by revenue, important for the rest of those making up 80 % of "
        "revenue, normal for the others. Stage: new when the first order is less than a year old; loyal after two "
        "years with orders on at least four days in the last twelve months; old otherwise.");
    return t;
}

} // namespace guanxi
