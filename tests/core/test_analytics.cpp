// SPDX-License-Identifier: GPL-3.0-or-later
// Customer analysis against hand-computed figures on a small fixed data set: RFM scores by
// quintile and by thresholds, the eight segments, 80/20 and ABC; and the same read from orders in
// a database (cancelled orders, other currencies and other people's customers left out).
#include "TestWorkspace.h"
#include "analytics/RfmAnalysis.h"
#include "customers/CustomerService.h"
#include "util/Uuid7.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace guanxi;
using guanxi::test::TestWorkspace;

namespace {

const QDate kEnd(2025, 12, 31);

// Ten customers A..J: days since the last purchase, purchase days, revenue (minor units).
std::vector<CustomerRevenue> tenCustomers()
{
    const struct {
        const char *id;
        int recency, days;
        qint64 revenue;
    } rows[] = {{"A", 5, 10, 10000}, {"B", 10, 8, 9000},  {"C", 20, 6, 1000}, {"D", 30, 1, 8000},   {"E", 60, 9, 7000},
                {"F", 90, 2, 500},   {"G", 120, 7, 6000}, {"H", 200, 1, 400}, {"I", 300, 3, 300}, {"J", 365, 1, 5000}};
    std::vector<CustomerRevenue> out;
    for (const auto &r : rows) {
        CustomerRevenue c;
        c.customerId = QLatin1String(r.id);
        c.lastDay = kEnd.addDays(-r.recency);
        c.purchaseDays = r.days;
        c.revenueMinor = r.revenue;
        out.push_back(c);
    }
    return out;
}

const RfmCustomer &byId(const RfmResult &r, const char *id)
{
    for (const RfmCustomer &c : r.customers)
        if (c.revenue.customerId == QLatin1String(id))
            return c;
    static RfmCustomer none;
    return none;
}

QString scores(const RfmCustomer &c)
{
    return QStringLiteral("%1%2%3").arg(c.r).arg(c.f).arg(c.m);
}

} // namespace

class TestAnalytics : public QObject {
    Q_OBJECT
private slots:
    void rfmScoresByQuintileAndTheEightSegments()
    {
        const RfmResult r = RfmAnalysis::score(tenCustomers(), kEnd.addYears(-1), kEnd);
        // Hand-computed: recency ranks J I H G F E D C B A; frequency ties (D, H, J at 1) share score 1.
        const QStringList expected{"555", "545", "432", "414", "354", "322", "243", "211", "131", "113"};
        QStringList got;
        for (const char *id : {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J"})
            got << scores(byId(r, id));
        QCOMPARE(got, expected);
        QCOMPARE(r.averageR, 3.0);
        QCOMPARE(r.averageF, 2.9);
        QCOMPARE(r.averageM, 3.0);
        QCOMPARE(byId(r, "A").segment, RfmSegment::ImportantValue);
        QCOMPARE(byId(r, "B").segment, RfmSegment::ImportantValue);
        QCOMPARE(byId(r, "C").segment, RfmSegment::GeneralValue);
        QCOMPARE(byId(r, "D").segment, RfmSegment::ImportantDevelop);
        QCOMPARE(byId(r, "E").segment, RfmSegment::ImportantKeep);   // score 3 is not above the average 3
        QCOMPARE(byId(r, "G").segment, RfmSegment::GeneralKeep);
        QCOMPARE(byId(r, "I").segment, RfmSegment::GeneralKeep);
        for (const char *id : {"F", "H", "J"})
            QCOMPARE(byId(r, id).segment, RfmSegment::GeneralRetain);
        const RfmSegmentFigures &best = r.segments[size_t(RfmSegment::ImportantValue)];
        QCOMPARE(best.customers, 2);
        QCOMPARE(best.revenueMinor, 19000);
        QCOMPARE(r.revenueMinor, 47200);
        QCOMPARE(qRound(best.revenueShare * 10000), 4025);
        QCOMPARE(best.customerShare, 0.2);
        QCOMPARE(r.segments[size_t(RfmSegment::GeneralRetain)].customers, 3);
        QCOMPARE(r.customers.front().revenue.customerId, QStringLiteral("A"));   // by segment, then revenue
        QCOMPARE(displayName(RfmSegment::ImportantValue), QStringLiteral("Important value customers"));
        QVERIFY(!definitionOf(RfmSegment::ImportantRetain).isEmpty());
    }

    void rfmScoresByTheUsersThresholds()
    {
        RfmThresholds t;
        t.recencyDays = {30, 60, 120, 240};
        t.frequency = {2, 4, 6, 8};
        t.monetaryMinor = {500, 1000, 5000, 9000};
        const RfmResult r = RfmAnalysis::score(tenCustomers(), kEnd.addYears(-1), kEnd, t);
        QCOMPARE(scores(byId(r, "A")), QStringLiteral("555"));
        QCOMPARE(scores(byId(r, "H")), QStringLiteral("211"));   // 200 days ≤ 240: 2; one purchase day: 1; 400 < 500: 1
        QCOMPARE(scores(byId(r, "J")), QStringLiteral("114"));   // 5000 ≥ 5000: 4
        QCOMPARE(scores(byId(r, "D")), QStringLiteral("514"));   // 30 days: at the first cut point, 5
    }

    void paretoAndAbc()
    {
        const ParetoResult p = paretoOf(tenCustomers());
        QCOMPARE(p.customers.front().customerId, QStringLiteral("A"));
        QCOMPARE(p.revenueMinor, 47200);
        QCOMPARE(qRound(p.topFifthShare * 10000), 4025);   // A and B: 19,000 of 47,200
        QCOMPARE(p.classA, 5);   // A B D E G: each starts below 80 %
        QCOMPARE(p.classB, 1);   // J starts at 84.7 %
        QCOMPARE(p.classC, 4);   // C starts at 95.3 %
        QCOMPARE(p.cumulativeShare.back(), 1.0);
        QCOMPARE(paretoOf({}).customers.size(), size_t(0));
    }

    void rfmFromTheDatabase()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        const auto customer = [&](const Session &owner, const QString &name) {
            CustomerDraft d;
            d.name = name;
            d.ownerId = owner.userId;
            return CustomerService(*w.db, w.clock).create(owner, d)->id;
        };
        const QString a = customer(w.sales1, "甲公司"), b = customer(w.sales1, "乙公司"), c = customer(w.sales2, "丙公司");
        int n = 0;
        const auto order = [&](const QString &customerId, const char *day, qint64 total, const char *currency = "CNY",
                               const char *status = "closed") {
            QSqlQuery q(w.db->sql());
            q.prepare("INSERT INTO orders (id, order_no, customer_id, owner_id, ordered_on, currency, total_minor, status, "
                      "created_at, updated_at) VALUES (?, ?, ?, NULL, ?, ?, ?, ?, 0, 0)");
            for (const QVariant &v : QVariantList{newUuid7(w.clock.nowMs()), QStringLiteral("T%1").arg(++n), customerId,
                                                  QString::fromLatin1(day), QString::fromLatin1(currency), total,
                                                  QString::fromLatin1(status)})
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        };
        order(a, "2025-03-01", 1000);
        order(a, "2025-03-01", 500);           // the same day: one purchase day, both amounts
        order(a, "2025-11-20", 2000);
        order(a, "2025-12-01", 9999, "CNY", "cancelled");
        order(b, "2025-06-30", 700);
        order(b, "2025-07-01", 5000, "USD");
        order(b, "2024-12-01", 100);            // before the window
        order(c, "2025-10-10", 3000);
        auto r = RfmAnalysis::run(*w.db, w.admin, QDate(2025, 1, 1), kEnd, "CNY");
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->customers.size(), size_t(3));
        const RfmCustomer &ra = byId(*r, qPrintable(a));
        QCOMPARE(ra.revenue.purchaseDays, 2);
        QCOMPARE(ra.revenue.revenueMinor, 3500);
        QCOMPARE(ra.recencyDays, 41);
        QCOMPARE(ra.revenue.name, QStringLiteral("甲公司"));
        QCOMPARE(byId(*r, qPrintable(b)).revenue.revenueMinor, 700);
        // A salesperson analyses their own customers only.
        auto mine = RfmAnalysis::run(*w.db, w.sales1, QDate(2025, 1, 1), kEnd, "CNY");
        QCOMPARE(mine->customers.size(), size_t(2));
        // An empty window says so; a reversed one is refused; thresholds must go up.
        auto empty = RfmAnalysis::run(*w.db, w.admin, QDate(2020, 1, 1), QDate(2020, 12, 31), "CNY");
        QCOMPARE(empty.error().code, ErrorCode::NotFound);
        QVERIFY(empty.error().message.contains("2020-01-01"));
        QCOMPARE(RfmAnalysis::run(*w.db, w.admin, kEnd, QDate(2025, 1, 1), "CNY").error().code, ErrorCode::Invalid);
        RfmThresholds bad;
        bad.recencyDays = {60, 30, 120, 240};
        QCOMPARE(RfmAnalysis::run(*w.db, w.admin, QDate(2025, 1, 1), kEnd, "CNY", bad).error().code, ErrorCode::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestAnalytics)
#include "test_analytics.moc"
