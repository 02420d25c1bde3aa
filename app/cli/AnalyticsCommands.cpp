// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/AnalyticsCommands.h"

#include "analytics/ClvService.h"
#include "cli/CliContext.h"
#include "cli/CliText.h"
#include "cli/Output.h"
#include "importexport/TransactionImport.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonObject>

namespace guanxi::cli {

namespace {

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
                       QJsonObject{{QStringLiteral("r"), b.r}, {QStringLiteral("alpha"), b.alpha}, {QStringLiteral("a"), b.a},
                                   {QStringLiteral("b"), b.b}, {QStringLiteral("log_likelihood"), r->bgnbd.logLikelihood}}},
                      {QStringLiteral("gamma_gamma"),
                       QJsonObject{{QStringLiteral("p"), g.p}, {QStringLiteral("q"), g.q}, {QStringLiteral("gamma"), g.gamma},
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
        ctx.out() << Cli::tr("%1 customers, purchases in %2 up to %3.").arg(r->bgnbd.customers).arg(r->currency, end.toString(Qt::ISODate))
                  << '\n'
                  << Cli::tr("BG/NBD: r = %1, alpha = %2, a = %3, b = %4 (log-likelihood %5)")
                         .arg(b.r, 0, 'f', 3).arg(b.alpha, 0, 'f', 3).arg(b.a, 0, 'f', 3).arg(b.b, 0, 'f', 3)
                         .arg(r->bgnbd.logLikelihood, 0, 'f', 1)
                  << '\n'
                  << Cli::tr("Gamma-Gamma: p = %1, q = %2, gamma = %3 (%4 customers with repeat purchases; %5 left out)")
                         .arg(g.p, 0, 'f', 2).arg(g.q, 0, 'f', 2).arg(g.gamma, 0, 'f', 2)
                         .arg(r->gammaGamma.customers).arg(r->gammaGamma.leftOut)
                  << '\n';
        return ExitOk;
    }
    Table t;
    t.keys = {QStringLiteral("customer_id"), QStringLiteral("name"), QStringLiteral("frequency"),
              QStringLiteral("probability_alive"), QStringLiteral("expected_purchases_52w"),
              QStringLiteral("expected_spend"), QStringLiteral("clv")};
    t.headers = {Cli::tr("Customer ID"), Cli::tr("Name"), Cli::tr("Repeat purchases"), Cli::tr("P(active)"),
                 Cli::tr("Purchases next 52 weeks"), Cli::tr("Spend per purchase"), Cli::tr("CLV")};
    for (const CustomerValue &v : r->customers)
        t.rows.append({v.customerId, v.name, v.history.frequency, QString::number(v.probabilityAlive, 'f', 4),
                       QString::number(v.expectedPurchases, 'f', 4), QString::number(v.expectedSpend, 'f', 2),
                       QString::number(v.clv, 'f', 2)});
    print(ctx.out(), t, fmt);
    return ExitOk;
}

} // namespace

int runImportTransactions(CliContext &ctx)
{
    const QStringList args = ctx.positional();
    if (args.size() != 1)
        return ctx.usage(Cli::tr("Usage: guanxi-cli import-transactions FILE [--currency CODE]"));
    Result<std::vector<LoggedPurchase>> log = TransactionFile::read(args.at(0));
    if (!log)
        return ctx.fail(log.error());
    Result<CliContext::Opened> opened = ctx.open();
    if (!opened)
        return ctx.fail(opened.error());
    const QString currency = ctx.parser().isSet(QStringLiteral("currency")) ? ctx.parser().value(QStringLiteral("currency"))
                                                                            : QStringLiteral("CNY");
    Result<TransactionImportReport> r = TransactionImport::run(*opened->db, Clock::system(), opened->actor, *log, currency);
    if (!r)
        return ctx.fail(r.error());
    ctx.out() << Cli::tr("Imported %1 purchases: %2 new customers, %3 already known.")
                     .arg(r->orders).arg(r->customersCreated).arg(r->customersFound)
              << '\n';
    return ExitOk;
}

int runReport(CliContext &ctx)
{
    const QStringList args = ctx.positional();
    Format fmt;
    if (!parseFormat(ctx.parser().value(QStringLiteral("format")), &fmt))
        return ctx.usage(Cli::tr("--format takes table, csv or json."));
    if (args.size() == 1 && args.at(0) == QLatin1String("clv"))
        return reportClv(ctx, fmt);
    return ctx.usage(Cli::tr("Usage: guanxi-cli report clv --calibration-end YYYY-MM-DD [--per-customer] "
                             "[--format table|csv|json]"));
}

} // namespace guanxi::cli
