// SPDX-License-Identifier: GPL-3.0-or-later
// guanxi-cli report: reports.
#include "app/cli/CliContext.h"
#include "app/cli/CliText.h"
#include "app/cli/Command.h"
#include "app/cli/Options.h"
#include "app/cli/Output.h"
#include "app/cli/commands/AllCommands.h"
#include "core/analytics/ClvService.h"
#include "core/analytics/RfmAnalysis.h"
#include "core/reports/AnalysisReports.h"
#include "core/reports/CustomReport.h"
#include "core/reports/OperationsReports.h"
#include "core/reports/PipelineReports.h"
#include "core/reports/SalesReport.h"
#include "core/util/Clock.h"

#include <QJsonArray>
#include <QJsonObject>

namespace guanxi::cli {

namespace {

// A report table as the CLI prints it: for people the shown values, for scripts the plain ones
// (money in minor units, shares as fractions) under the columns' keys.
void printReport(CliContext &ctx, const ReportTable &r, Format fmt)
{
    Table t;
    for (const ReportColumn &c : r.columns) {
        t.keys << c.key;
        t.headers << c.header;
    }
    for (int row = 0; row < r.rows.size(); ++row) {
        QVariantList values;
        for (int col = 0; col < r.columns.size(); ++col) {
            const bool asNumber =
                fmt == Format::Json && r.columns[col].kind != ReportValue::Text && !r.rows[row][col].isNull();
            values << (fmt == Format::Table ? QVariant(r.display(row, col))
                           : asNumber       ? r.rows[row][col]
                                            : QVariant(r.plain(row, col)));
        }
        t.rows.append(values);
    }
    if (fmt == Format::Table)
        ctx.out() << r.title << " — " << r.subtitle << '\n';
    print(ctx.out(), t, fmt);
    if (fmt == Format::Table)
        for (const QString &n : r.notes)
            ctx.out() << n << '\n';
}

// --from and --to, by default the twelve months up to today.
bool window(CliContext &ctx, QDate *from, QDate *to)
{
    const QDate today = QDate::currentDate();
    *to = ctx.parser().isSet(QStringLiteral("to"))
        ? QDate::fromString(ctx.parser().value(QStringLiteral("to")), Qt::ISODate)
        : today;
    *from = ctx.parser().isSet(QStringLiteral("from"))
        ? QDate::fromString(ctx.parser().value(QStringLiteral("from")), Qt::ISODate)
        : to->addYears(-1).addDays(1);
    return from->isValid() && to->isValid();
}

QString currencyOf(CliContext &ctx)
{
    return ctx.parser().isSet(QStringLiteral("currency")) ? ctx.parser().value(QStringLiteral("currency")).toUpper()
                                                          : QStringLiteral("CNY");
}

int reportAnalysis(CliContext &ctx, const QString &name, Format fmt)
{
    QDate from, to;
    if (!window(ctx, &from, &to))
        return ctx.usage(Cli::tr("--from and --to take dates as YYYY-MM-DD."));
    Result<CliContext::Opened> opened = ctx.open();
    if (!opened)
        return ctx.fail(opened.error());
    if (name == QLatin1String("proposals")) {
        Result<std::vector<CustomerProposal>> p =
            CustomerProposals::propose(*opened->db, Clock::system(), opened->actor, currencyOf(ctx));
        if (!p)
            return ctx.fail(p.error());
        printReport(ctx, AnalysisReports::proposals(*p), fmt);
        return ExitOk;
    }
    if (name == QLatin1String("stages") || name == QLatin1String("quota") || name == QLatin1String("retention")
        || name == QLatin1String("products")) {
        Database &db = *opened->db;
        const Clock &clock = Clock::system();
        Result<ReportTable> t = name == QLatin1String("stages")
            ? PipelineReports::timeInStage(db, clock, opened->actor, from, to)
            : name == QLatin1String("quota") ? PipelineReports::quotaAttainment(db, clock, opened->actor, to)
            : name == QLatin1String("retention")
            ? PipelineReports::acquisitionAndRetention(db, opened->actor, from, to, currencyOf(ctx))
            : PipelineReports::salesByProduct(db, opened->actor, from, to, currencyOf(ctx));
        if (!t)
            return ctx.fail(t.error());
        printReport(ctx, *t, fmt);
        return ExitOk;
    }
    if (name == QLatin1String("churn") || name == QLatin1String("ageing") || name == QLatin1String("activity")
        || name == QLatin1String("migration")) {
        Result<ReportTable> t = name == QLatin1String("churn")
            ? OperationsReports::churnRisk(*opened->db, Clock::system(), opened->actor)
            : name == QLatin1String("ageing")
            ? OperationsReports::receivablesAgeing(*opened->db, opened->actor, to, currencyOf(ctx))
            : name == QLatin1String("activity")
            ? OperationsReports::activity(*opened->db, opened->actor, from, to)
            : OperationsReports::segmentMigration(*opened->db, opened->actor, from, to, currencyOf(ctx));
        if (!t)
            return ctx.fail(t.error());
        printReport(ctx, *t, fmt);
        return ExitOk;
    }
    if (name == QLatin1String("sales")) {
        SalesReport::Dimension by = SalesReport::Dimension::Salesperson;
        if (ctx.parser().isSet(QStringLiteral("by"))
            && !SalesReport::fromCode(ctx.parser().value(QStringLiteral("by")), &by))
            return ctx.usage(Cli::tr("--by takes salesperson, department, region, customer or month."));
        Result<ReportTable> t = SalesReport::run(*opened->db, opened->actor, by, from, to, currencyOf(ctx));
        if (!t)
            return ctx.fail(t.error());
        printReport(ctx, *t, fmt);
        return ExitOk;
    }
    std::optional<RfmSegment> segment;
    if (ctx.parser().isSet(QStringLiteral("segment"))) {
        RfmSegment s;
        if (!fromCode(ctx.parser().value(QStringLiteral("segment")), &s))
            return ctx.usage(
                Cli::tr("--segment takes important_value, important_develop, important_keep, important_retain, "
                        "general_value, general_develop, general_keep or general_retain."));
        segment = s;
    }
    Result<RfmResult> rfm = RfmAnalysis::run(*opened->db, opened->actor, from, to, currencyOf(ctx));
    if (!rfm)
        return ctx.fail(rfm.error());
    if (name == QLatin1String("pareto")) {
        std::vector<CustomerRevenue> revenue;
        for (const RfmCustomer &c : rfm->customers)
            revenue.push_back(c.revenue);
        printReport(ctx, AnalysisReports::pareto(paretoOf(std::move(revenue)), from, to, rfm->currency), fmt);
    } else if (name == QLatin1String("rfm-customers") || segment) {
        printReport(ctx, AnalysisReports::rfmCustomers(*rfm, segment), fmt);
    } else {
        printReport(ctx, AnalysisReports::rfmSegments(*rfm), fmt);
    }
    return ExitOk;
}

int reportClv(CliContext &ctx, Format fmt)
{
    const QDate end = QDate::fromString(ctx.parser().value(QStringLiteral("calibration-end")), Qt::ISODate);
    if (!end.isValid())
        return ctx.usage(Cli::tr("Usage: guanxi-cli report clv --calibration-end YYYY-MM-DD [--currency CODE] "
                                 "[--per-customer] [--format table|csv|json]"));
    Result<CliContext::Opened> opened = ctx.open();
    if (!opened)
        return ctx.fail(opened.error());
    Result<ClvReport> r = ClvService(*opened->db, Clock::system())
                              .fit(opened->actor, end, ctx.parser().value(QStringLiteral("currency")));
    if (!r)
        return ctx.fail(r.error());
    const bool perCustomer = ctx.parser().isSet(QStringLiteral("per-customer"));
    if (fmt == Format::Json) {
        const BgNbdParams &b = r->bgnbd.params;
        const GammaGammaParams &g = r->gammaGamma.params;
        QJsonObject o{{QStringLiteral("calibration_end"), end.toString(Qt::ISODate)},
                      {QStringLiteral("currency"), r->currency},
                      {QStringLiteral("customers"), r->bgnbd.customers},
                      {QStringLiteral("bgnbd"),
                       QJsonObject{{QStringLiteral("r"), b.r},
                                   {QStringLiteral("alpha"), b.alpha},
                                   {QStringLiteral("a"), b.a},
                                   {QStringLiteral("b"), b.b},
                                   {QStringLiteral("log_likelihood"), r->bgnbd.logLikelihood}}},
                      {QStringLiteral("gamma_gamma"),
                       QJsonObject{{QStringLiteral("p"), g.p},
                                   {QStringLiteral("q"), g.q},
                                   {QStringLiteral("gamma"), g.gamma},
                                   {QStringLiteral("customers"), r->gammaGamma.customers},
                                   {QStringLiteral("left_out"), r->gammaGamma.leftOut},
                                   {QStringLiteral("log_likelihood"), r->gammaGamma.logLikelihood}}}};
        if (perCustomer) {
            QJsonArray rows;
            for (const CustomerValue &v : r->customers)
                rows.append(QJsonObject{{QStringLiteral("customer_id"), v.customerId},
                                        {QStringLiteral("name"), v.name},
                                        {QStringLiteral("frequency"), v.history.frequency},
                                        {QStringLiteral("recency_weeks"), v.history.recency},
                                        {QStringLiteral("age_weeks"), v.history.age},
                                        {QStringLiteral("monetary"), v.history.monetary},
                                        {QStringLiteral("probability_alive"), v.probabilityAlive},
                                        {QStringLiteral("expected_purchases_52w"), v.expectedPurchases},
                                        {QStringLiteral("expected_spend"), v.expectedSpend},
                                        {QStringLiteral("clv"), v.clv}});
            o.insert(QStringLiteral("per_customer"), rows);
        }
        printJson(ctx.out(), o);
        return ExitOk;
    }
    if (!perCustomer && fmt == Format::Table) {
        const BgNbdParams &b = r->bgnbd.params;
        const GammaGammaParams &g = r->gammaGamma.params;
        ctx.out() << Cli::tr("%1 customers, purchases in %2 up to %3.")
                         .arg(r->bgnbd.customers)
                         .arg(r->currency, end.toString(Qt::ISODate))
                  << '\n'
                  << Cli::tr("BG/NBD: r = %1, alpha = %2, a = %3, b = %4 (log-likelihood %5)")
                         .arg(b.r, 0, 'f', 3)
                         .arg(b.alpha, 0, 'f', 3)
                         .arg(b.a, 0, 'f', 3)
                         .arg(b.b, 0, 'f', 3)
                         .arg(r->bgnbd.logLikelihood, 0, 'f', 1)
                  << '\n'
                  << Cli::tr(
                         "Gamma-Gamma: p = %1, q = %2, gamma = %3 (%4 customers with repeat purchases; %5 left out)")
                         .arg(g.p, 0, 'f', 2)
                         .arg(g.q, 0, 'f', 2)
                         .arg(g.gamma, 0, 'f', 2)
                         .arg(r->gammaGamma.customers)
                         .arg(r->gammaGamma.leftOut)
                  << '\n';
        return ExitOk;
    }
    Table t;
    t.keys = {QStringLiteral("customer_id"),
              QStringLiteral("name"),
              QStringLiteral("frequency"),
              QStringLiteral("probability_alive"),
              QStringLiteral("expected_purchases_52w"),
              QStringLiteral("expected_spend"),
              QStringLiteral("clv")};
    t.headers = {Cli::tr("Customer ID"),
                 Cli::tr("Name"),
                 Cli::tr("Repeat purchases"),
                 Cli::tr("P(active)"),
                 Cli::tr("Purchases next 52 weeks"),
                 Cli::tr("Spend per purchase"),
                 Cli::tr("CLV")};
    for (const CustomerValue &v : r->customers)
        t.rows.append({v.customerId, v.name, v.history.frequency, QString::number(v.probabilityAlive, 'f', 4),
                       QString::number(v.expectedPurchases, 'f', 4), QString::number(v.expectedSpend, 'f', 2),
                       QString::number(v.clv, 'f', 2)});
    print(ctx.out(), t, fmt);
    return ExitOk;
}

class ReportCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("report"); }
    QString synopsis() const override
    {
        return Cli::tr(
                   "  report rfm|rfm-customers|pareto|sales|migration|churn|ageing|activity|stages|quota|retention|products|")
            + QStringLiteral("\n") + Cli::tr("         proposals [--from --to --by --segment]") + QStringLiteral("\n")
            + Cli::tr("                               customer analysis, sales and operations reports")
            + QStringLiteral("\n")
            + Cli::tr(
                   "  report clv --calibration-end YYYY-MM-DD [--per-customer]   customer lifetime value (BG/NBD, Gamma-Gamma)");
    }
    QList<QCommandLineOption> options() const override
    {
        return {options::format(),
                options::currency(),
                options::make(QStringLiteral("from"),
                              QT_TRANSLATE_NOOP("Cli", "The first day of the report's period (report)."),
                              QStringLiteral("YYYY-MM-DD")),
                options::make(QStringLiteral("to"),
                              QT_TRANSLATE_NOOP("Cli", "The last day of the report's period (report)."),
                              QStringLiteral("YYYY-MM-DD")),
                options::make(QStringLiteral("by"),
                              QT_TRANSLATE_NOOP("Cli", "What the sales report groups by (report sales)."),
                              QStringLiteral("DIMENSION")),
                options::make(QStringLiteral("segment"),
                              QT_TRANSLATE_NOOP("Cli", "One RFM segment's customers (report rfm)."),
                              QStringLiteral("CODE")),
                options::make(QStringLiteral("calibration-end"),
                              QT_TRANSLATE_NOOP("Cli", "The last day of the calibration period (report clv)."),
                              QStringLiteral("YYYY-MM-DD")),
                options::make(QStringLiteral("per-customer"),
                              QT_TRANSLATE_NOOP("Cli", "Each customer's figures too (report clv)."))};
    }
    int run(CliContext &ctx) const override;
};

int ReportCommand::run(CliContext &ctx) const
{
    const QStringList args = ctx.positional();
    Format fmt;
    if (!parseFormat(ctx.parser().value(QStringLiteral("format")), &fmt))
        return ctx.usage(Cli::tr("--format takes table, csv or json."));
    if (args.size() == 1 && args.at(0) == QLatin1String("clv"))
        return reportClv(ctx, fmt);
    if (args.size() == 2 && args.at(0) == QLatin1String("custom")) {
        QDate from, to;
        if (!window(ctx, &from, &to))
            return ctx.usage(Cli::tr("--from and --to take dates as YYYY-MM-DD."));
        Result<CliContext::Opened> opened = ctx.open();
        if (!opened)
            return ctx.fail(opened.error());
        Result<QList<SavedReport>> mine = CustomReport::saved(*opened->db, opened->actor);
        if (!mine)
            return ctx.fail(mine.error());
        for (const SavedReport &r : *mine)
            if (r.spec.name == args.at(1)) {
                Result<ReportTable> t = CustomReport::run(*opened->db, opened->actor, r.spec, from, to);
                if (!t)
                    return ctx.fail(t.error());
                printReport(ctx, *t, fmt);
                return ExitOk;
            }
        return ctx.fail(
            Error{ErrorCode::NotFound, Cli::tr("You have no saved report named \"%1\".").arg(args.at(1)), {}});
    }
    static const QStringList analyses{
        QStringLiteral("rfm"),      QStringLiteral("rfm-customers"), QStringLiteral("pareto"),
        QStringLiteral("sales"),    QStringLiteral("migration"),     QStringLiteral("churn"),
        QStringLiteral("ageing"),   QStringLiteral("activity"),      QStringLiteral("stages"),
        QStringLiteral("quota"),    QStringLiteral("retention"),     QStringLiteral("products"),
        QStringLiteral("proposals")};
    if (args.size() == 1 && analyses.contains(args.at(0)))
        return reportAnalysis(ctx, args.at(0), fmt);
    return ctx.usage(
        Cli::tr("Usage: guanxi-cli report NAME [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--currency CODE] "
                "[--format table|csv|json]\n"
                "  rfm [--segment CODE]     the eight RFM segments (or one segment's customers)\n"
                "  rfm-customers            every customer's RFM scores and segment\n"
                "  pareto                   80/20: customers by revenue, cumulative share, ABC class\n"
                "  sales [--by salesperson|department|region|customer|month]   against the period before\n"
                "  migration                how customers moved between RFM segments since the period before\n"
                "  churn                    customers buying much later than usual\n"
                "  ageing [--to DAY]        receivables open by days past due, per salesperson\n"
                "  activity                 calls, visits, meetings … per person\n"
                "  stages                   funnel conversion and time in each stage\n"
                "  quota [--to DAY]         quota attainment for the month of DAY\n"
                "  retention                new, active and retained customers per month\n"
                "  products                 order lines by product\n"
                "  proposals                tiers and stages the orders suggest (accepted in the report center)\n"
                "  custom NAME              a report you built and saved in the report center\n"
                "  clv --calibration-end YYYY-MM-DD [--per-customer]   customer lifetime value"));
}

} // namespace

std::unique_ptr<const Command> commands::makeReport()
{
    return std::make_unique<ReportCommand>();
}

} // namespace guanxi::cli
