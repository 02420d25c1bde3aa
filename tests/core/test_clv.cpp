// SPDX-License-Identifier: GPL-3.0-or-later
// Customer lifetime value: the purchase log read, summarised by the models' conventions, and the
// BG/NBD and Gamma-Gamma models fitted to the CDNOW sample with the 39-week calibration period,
// reproducing the published estimates (Fader, Hardie and Lee 2005) to the digits they show.
#include "core/analytics/ClvCalculator.h"
#include "core/analytics/ClvService.h"
#include "core/analytics/CustomerBaseModels.h"
#include "core/analytics/PurchaseSummary.h"
#include "core/importexport/TransactionFile.h"
#include "core/importexport/TransactionImport.h"

#include "TestWorkspace.h"

#include <QBuffer>
#include <QTest>

#include <cmath>

using namespace guanxi;
using guanxi::test::TestWorkspace;

namespace {

std::vector<Purchase> purchasesOf(const std::vector<LoggedPurchase> &log)
{
    std::vector<Purchase> out;
    for (const LoggedPurchase &p : log)
        out.push_back({p.customerCode, p.day, p.amountMinor});
    return out;
}

double rounded(double v, int digits)
{
    const double s = std::pow(10.0, digits);
    return std::round(v * s) / s;
}

} // namespace

class TestClv : public QObject {
    Q_OBJECT
private slots:
    void theLogIsReadWithOrWithoutSecondIdAndHeader()
    {
        QByteArray text = " customer_id  date number_of_cds  dollar_value\n 00001 19970101  1   11.77\n"
                          " 00002 19970112  1   12.00\n\n 00004 0001 19970118  2   29.73\n";
        QBuffer in(&text);
        QVERIFY(in.open(QIODevice::ReadOnly));
        auto r = TransactionFile::read(in);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->size(), size_t(3));
        QCOMPARE(r->at(0).customerCode, QStringLiteral("00001"));
        QCOMPARE(r->at(0).amountMinor, 1177);
        QCOMPARE(r->at(2).day, QDate(1997, 1, 18));
        QCOMPARE(r->at(2).quantity, 2);

        QByteArray bad = " 00001 19970101 1 11.77\n 00002 19971301 1 3.00\n";
        QBuffer badIn(&bad);
        QVERIFY(badIn.open(QIODevice::ReadOnly));
        auto refused = TransactionFile::read(badIn);
        QVERIFY(!refused);
        QCOMPARE(refused.error().detail, QStringLiteral("2"));
        QVERIFY(refused.error().message.contains("19971301"));
    }

    void summariesFollowTheConventions()
    {
        // Two purchases on the first day count as one; the end day is included; later ones are not.
        const std::vector<Purchase> p{{"a", QDate(1997, 1, 1), 1000},  {"a", QDate(1997, 1, 1), 500},
                                      {"a", QDate(1997, 1, 15), 2000}, {"a", QDate(1997, 1, 29), 4000},
                                      {"a", QDate(1997, 2, 1), 9900},  {"b", QDate(1997, 1, 20), 700},
                                      {"c", QDate(1997, 1, 10), -300}};
        const auto s = summarizePurchases(p, QDate(1997, 1, 29));
        QCOMPARE(s.size(), size_t(2)); // c only refunded
        QCOMPARE(s[0].frequency, 2);
        QCOMPARE(s[0].recency, 4.0);
        QCOMPARE(s[0].age, 4.0);
        QCOMPARE(s[0].firstValue, 15.0);
        QCOMPARE(s[0].monetary, 30.0); // (20 + 40) / 2
        QCOMPARE(s[1].frequency, 0);
        QCOMPARE(s[1].age, 9.0 / 7.0);
        QCOMPARE(s[1].monetary, 0.0);
    }

    void bgnbdAndGammaGammaReproduceThePublishedCdnowEstimates()
    {
        auto log = TransactionFile::read(QStringLiteral(GUANXI_FIXTURES "/cdnow/CDNOW_sample.txt"));
        QVERIFY2(log, log ? "" : qPrintable(log.error().message));
        QCOMPARE(log->size(), size_t(6919));
        const auto customers = summarizePurchases(purchasesOf(*log), QDate(1997, 9, 30));
        QCOMPARE(customers.size(), size_t(2357));

        const BgNbdFit f = bgnbd::fit(customers);
        QVERIFY(f.converged);
        QCOMPARE(rounded(f.params.r, 3), 0.243);
        QCOMPARE(rounded(f.params.alpha, 3), 4.414);
        QCOMPARE(rounded(f.params.a, 3), 0.793);
        QCOMPARE(rounded(f.params.b, 3), 2.426);
        QCOMPARE(rounded(f.logLikelihood, 1), -9582.4);

        const GammaGammaFit g = gammagamma::fit(customers);
        QVERIFY(g.converged);
        QCOMPARE(g.customers + g.leftOut, 2357);
        QCOMPARE(rounded(g.params.p, 2), 6.25);
        QCOMPARE(rounded(g.params.q, 2), 3.74);
        QCOMPARE(rounded(g.params.gamma, 2), 15.44);
    }

    void predictionsAgainstHandComputedValues()
    {
        const BgNbdParams p{0.243, 4.414, 0.793, 2.426};
        // No repeat purchase: alive by the model's assumption (drop-out happens after a purchase).
        QCOMPARE(bgnbd::probabilityAlive(p, 0, 0, 38.86), 1.0);
        // x = 2, t_x = 30.43, T = 38.86: 1 / (1 + a/(b+x-1) · ((α+T)/(α+t_x))^(r+x)).
        const double ratio = 0.793 / (2.426 + 1) * std::pow((4.414 + 38.86) / (4.414 + 30.43), 2.243);
        QCOMPARE(rounded(bgnbd::probabilityAlive(p, 2, 30.43, 38.86), 9), rounded(1 / (1 + ratio), 9));
        // The paper's worked example (x = 2, t_x = 30.43, T = 38.86): 1.226 purchases in the next 39 weeks.
        QCOMPARE(rounded(bgnbd::expectedPurchases(p, 39, 2, 30.43, 38.86), 3), 1.226);
        // ₂F₁(1, 1; 2; z) = -ln(1 - z) / z.
        QCOMPARE(rounded(hypergeometric2F1(1, 1, 2, 0.5), 12), rounded(-std::log(0.5) / 0.5, 12));
        // Gamma-Gamma: a weighted mean of the population mean and the customer's own.
        const GammaGammaParams g{6.25, 3.74, 15.44};
        QCOMPARE(rounded(gammagamma::expectedSpend(g, 2, 20.0), 6), rounded((15.44 + 40.0) * 6.25 / (12.5 + 2.74), 6));
        QCOMPARE(rounded(gammagamma::expectedSpend(g, 0, 0), 6), rounded(6.25 * 15.44 / 2.74, 6));
    }
    void theSampleImportedAndFittedFromTheDatabase()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        auto log = TransactionFile::read(QStringLiteral(GUANXI_FIXTURES "/cdnow/CDNOW_sample.txt"));
        QVERIFY(log);
        QCOMPARE(TransactionImport::run(*w.db, w.clock, w.sales1, *log, "USD").error().code,
                 ErrorCode::PermissionDenied);
        QCOMPARE(TransactionImport::run(*w.db, w.clock, w.admin, *log, "dollars").error().code, ErrorCode::Invalid);
        auto imported = TransactionImport::run(*w.db, w.clock, w.admin, *log, "USD");
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        QCOMPARE(imported->customersCreated, 2357);
        QCOMPARE(imported->orders, 6919);
        // Importing again finds the customers by their codes.
        std::vector<LoggedPurchase> more{{"00004", QDate(1998, 7, 1), 1, 1999}};
        auto again = TransactionImport::run(*w.db, w.clock, w.admin, more, "USD");
        QCOMPARE(again->customersCreated, 0);
        QCOMPARE(again->customersFound, 1);
        std::vector<LoggedPurchase> refund{{"00004", QDate(1998, 7, 2), 1, -1999}};
        QCOMPARE(TransactionImport::run(*w.db, w.clock, w.admin, refund, "USD").error().code, ErrorCode::Invalid);

        ClvService clv(*w.db, w.clock);
        QCOMPARE(clv.valueOf(w.admin, QString()).error().code, ErrorCode::NotFound);
        auto r = clv.fit(w.admin, QDate(1997, 9, 30));
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->currency, QStringLiteral("USD"));
        QCOMPARE(r->bgnbd.customers, 2357);
        QCOMPARE(rounded(r->bgnbd.params.r, 3), 0.243);
        QCOMPARE(rounded(r->bgnbd.params.b, 3), 2.426);
        QCOMPARE(r->gammaGamma.customers, 946);
        QCOMPARE(r->gammaGamma.leftOut, 1411);
        QCOMPARE(rounded(r->gammaGamma.params.gamma, 2), 15.44);
        QVERIFY(r->customers.front().clv >= r->customers.back().clv);
        for (const CustomerValue &v : r->customers)
            QVERIFY(std::isfinite(v.clv) && v.probabilityAlive >= 0 && v.probabilityAlive <= 1);

        // The card's figure: the kept fit applied to the customer's whole history.
        const QString id = r->customers.front().customerId;
        auto one = clv.valueOf(w.admin, id);
        QVERIFY2(one, one ? "" : qPrintable(one.error().message));
        QVERIFY(one->clv > 0);
        QVERIFY(!one->name.isEmpty());
        QCOMPARE(clv.keptFit()->first, QDate(1997, 9, 30));

        // Bad input: no end date; a period before anyone bought.
        QCOMPARE(clv.fit(w.admin, QDate()).error().code, ErrorCode::Invalid);
        auto empty = clv.fit(w.admin, QDate(1990, 1, 1));
        QCOMPARE(empty.error().code, ErrorCode::Invalid);
        QVERIFY(!empty.error().message.isEmpty());
    }

    void theTextbookCalculator()
    {
        // F 1,000, AC 300, R 2,000 and S 500 a year for 3 years at 10 %:
        // 700 + 1,500/1.1 + 1,500/1.21 + 1,500/1.331 = 700 + 1,363.64 + 1,239.67 + 1,126.97 = 4,430.28.
        ClvInputs in;
        in.retentionYears = 3;
        in.firstPurchaseMinor = 1000'00;
        in.acquisitionCostMinor = 300'00;
        in.yearlyRevenueMinor = 2000'00;
        in.yearlyServiceCostMinor = 500'00;
        in.discountRate = 0.10;
        const ClvResult r = ClvCalculator::compute(in);
        QCOMPARE(r.years.size(), 4);
        QCOMPARE(r.years[1].presentValueMinor, 1363'64);
        QCOMPARE(r.years[2].presentValueMinor, 1239'67);
        QCOMPARE(r.years[3].presentValueMinor, 1126'97);
        QCOMPARE(r.clvMinor, 4430'28);
        QCOMPARE(r.years.last().cumulativeMinor, r.clvMinor);
        in.discountRate = 0;
        QCOMPARE(ClvCalculator::compute(in).clvMinor, 700'00 + 3 * 1500'00);
        in.retentionYears = 0;
        QCOMPARE(ClvCalculator::compute(in).clvMinor, 700'00);
        in.discountRate = -0.1; // refused: no figure rather than a wrong one
        QVERIFY(ClvCalculator::compute(in).years.isEmpty());
        QVERIFY(ClvCalculator::formula().contains("CLV"));
    }

    void badInputGivesAMessageOrADefinedResultNeverNaN()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        // Twelve customers who each bought once: nothing to learn spending from.
        std::vector<LoggedPurchase> once;
        for (int i = 0; i < 12; ++i)
            once.push_back({QStringLiteral("C%1").arg(i), QDate(2025, 1, 1 + i), 1, 1000});
        QVERIFY(TransactionImport::run(*w.db, w.clock, w.admin, once, "CNY"));
        auto r = ClvService(*w.db, w.clock).fit(w.admin, QDate(2025, 6, 30));
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        QVERIFY(r.error().message.contains("calibration"));
        // Values far outside any fit are zero, not NaN.
        PurchaseSummary h;
        h.frequency = 3;
        h.recency = 10;
        h.age = 1e9;
        h.monetary = 50;
        const CustomerValue v = ClvService::value({1e-300, 1e300, 1e-300, 1e300}, {1, 1, 1}, h);
        for (double d : {v.probabilityAlive, v.expectedPurchases, v.expectedSpend, v.clv})
            QVERIFY(std::isfinite(d));
        // A zero-value purchase counts as a purchase, a refund does not (see summariesFollowTheConventions).
    }
};

QTEST_GUILESS_MAIN(TestClv)
#include "test_clv.moc"
