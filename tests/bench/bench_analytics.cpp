// SPDX-License-Identifier: GPL-3.0-or-later
// Usage: bench_analytics DATABASE AS-OF CDNOW_MASTER (the scale database made by `guanxi-cli seed`,
// its as-of day, and the CDNOW master purchase log as text).
// Prints, for an administrator (every customer): RFM segments over the twelve months up to AS-OF,
// 80/20, every sales report (by salesperson, department, region, customer, month; over a month and
// over twelve months), the lifetime-value models fitted to the scale database; and the BG/NBD plus
// Gamma-Gamma fit on the 23,570 customers of the CDNOW master.
#include "core/analytics/ClvService.h"
#include "core/analytics/CustomerBaseModels.h"
#include "core/analytics/RfmAnalysis.h"
#include "core/importexport/TransactionFile.h"
#include "core/reports/OperationsReports.h"
#include "core/reports/SalesReport.h"
#include "core/users/UserService.h"
#include "core/util/Clock.h"
#include "core/workspace/OpenWorkspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace guanxi;

namespace {

template <typename F> double medianMs(int runs, F &&f)
{
    std::vector<double> v;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        v.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void line(const QString &what, double ms)
{
    std::printf("%-62s %8.1f ms\n", qPrintable(what), ms);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: bench_analytics DATABASE AS-OF CDNOW_MASTER\n");
        return 2;
    }
    auto db = openWorkspace(QString::fromLocal8Bit(argv[1]));
    const QDate asOf = QDate::fromString(QString::fromLocal8Bit(argv[2]), Qt::ISODate);
    if (!db || !asOf.isValid()) {
        std::fprintf(stderr, "cannot open the database, or the date is not yyyy-MM-dd\n");
        return 1;
    }
    const FixedClock clock(QDateTime(asOf, QTime(10, 0)).toMSecsSinceEpoch());
    Session admin;
    const QList<User> users = *UserService(**db, clock).users();
    for (const User &u : users)
        if (u.role == Role::Admin)
            admin = Session::fromUser(u);
    const QDate yearAgo = asOf.addYears(-1).addDays(1), month(asOf.year(), asOf.month(), 1);
    const int runs = 5;

    int buyers = 0;
    line(QStringLiteral("RFM segments, 12 months, all customers"), medianMs(runs, [&] {
             buyers = int(RfmAnalysis::run(**db, admin, yearAgo, asOf, QStringLiteral("CNY"))->customers.size());
         }));
    line(QStringLiteral("  of which reading the customers' figures"),
         medianMs(runs, [&] { (void)customerRevenue(**db, admin, yearAgo, asOf, QStringLiteral("CNY")); }));
    line(QStringLiteral("80/20 and ABC, 12 months"),
         medianMs(runs, [&] { (void)paretoOf(*customerRevenue(**db, admin, yearAgo, asOf, QStringLiteral("CNY"))); }));
    for (auto d : {SalesReport::Dimension::Salesperson, SalesReport::Dimension::Department,
                   SalesReport::Dimension::Region, SalesReport::Dimension::Customer, SalesReport::Dimension::Month}) {
        for (const auto &[label, from] : {std::pair{"this month", month}, std::pair{"12 months", yearAgo}}) {
            line(QStringLiteral("sales by %1, %2 (and the period before)")
                     .arg(SalesReport::codeOf(d), QLatin1String(label)),
                 medianMs(runs, [&] { (void)SalesReport::run(**db, admin, d, from, asOf); }));
        }
    }
    line(QStringLiteral("receivables ageing"),
         medianMs(runs, [&] { (void)OperationsReports::receivablesAgeing(**db, admin, asOf); }));
    line(QStringLiteral("activity per person, this month"),
         medianMs(runs, [&] { (void)OperationsReports::activity(**db, admin, month, asOf); }));
    line(QStringLiteral("activity per person, 12 months"),
         medianMs(runs, [&] { (void)OperationsReports::activity(**db, admin, yearAgo, asOf); }));
    line(QStringLiteral("churn risk, all customers"),
         medianMs(runs, [&] { (void)OperationsReports::churnRisk(**db, clock, admin); }));
    line(QStringLiteral("RFM segment migration, 12 months against the 12 before"),
         medianMs(runs, [&] { (void)OperationsReports::segmentMigration(**db, admin, yearAgo, asOf); }));
    line(QStringLiteral("lifetime-value models fitted to the scale database"),
         medianMs(1, [&] { (void)ClvService(**db, clock).fit(admin, asOf); }));

    QElapsedTimer read;
    read.start();
    auto log = TransactionFile::read(QString::fromLocal8Bit(argv[3]));
    if (!log) {
        std::fprintf(stderr, "%s\n", qPrintable(log.error().message));
        return 1;
    }
    std::vector<Purchase> purchases;
    for (const LoggedPurchase &p : *log)
        purchases.push_back({p.customerCode, p.day, p.amountMinor});
    line(QStringLiteral("CDNOW master read (%1 purchases)").arg(purchases.size()), double(read.nsecsElapsed()) / 1e6);
    std::vector<PurchaseSummary> customers;
    BgNbdFit b;
    GammaGammaFit g;
    line(QStringLiteral("CDNOW master: summaries, BG/NBD and Gamma-Gamma fitted"), medianMs(runs, [&] {
             customers = summarizePurchases(purchases, QDate(1997, 9, 30));
             b = bgnbd::fit(customers);
             g = gammagamma::fit(customers);
         }));
    std::printf(
        "%d buyers in the RFM window; CDNOW master: %zu customers, r %.3f alpha %.3f a %.3f b %.3f; p %.2f q %.2f gamma %.2f\n",
        buyers, customers.size(), b.params.r, b.params.alpha, b.params.a, b.params.b, g.params.p, g.params.q,
        g.params.gamma);
    return 0;
}
