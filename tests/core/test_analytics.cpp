// SPDX-License-Identifier: GPL-3.0-or-later
// Customer analysis against hand-computed figures on a small fixed data set: RFM scores by
// quintile and by thresholds, the eight segments, 80/20 and ABC; and the same read from orders in
// a database (cancelled orders, other currencies and other people's customers left out).
#include "core/analytics/CustomerProposals.h"
#include "core/analytics/RfmAnalysis.h"
#include "core/customers/CustomerService.h"
#include "core/i18n/DateTimeText.h"
#include "core/opportunities/OpportunityService.h"
#include "core/reports/ComparisonPeriod.h"
#include "core/reports/CustomReport.h"
#include "core/reports/OperationsReports.h"
#include "core/reports/PipelineReports.h"
#include "core/reports/SalesReport.h"
#include "core/timeline/TimelineService.h"
#include "core/util/Uuid7.h"

#include "TestWorkspace.h"

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
    } rows[] = {{"A", 5, 10, 10000}, {"B", 10, 8, 9000},  {"C", 20, 6, 1000}, {"D", 30, 1, 8000}, {"E", 60, 9, 7000},
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
        QCOMPARE(byId(r, "E").segment, RfmSegment::ImportantKeep); // score 3 is not above the average 3
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
        QCOMPARE(r.customers.front().revenue.customerId, QStringLiteral("A")); // by segment, then revenue
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
        QCOMPARE(scores(byId(r, "H")), QStringLiteral("211")); // 200 days ≤ 240: 2; one purchase day: 1; 400 < 500: 1
        QCOMPARE(scores(byId(r, "J")), QStringLiteral("114")); // 5000 ≥ 5000: 4
        QCOMPARE(scores(byId(r, "D")), QStringLiteral("514")); // 30 days: at the first cut point, 5
    }

    void paretoAndAbc()
    {
        const ParetoResult p = paretoOf(tenCustomers());
        QCOMPARE(p.customers.front().customerId, QStringLiteral("A"));
        QCOMPARE(p.revenueMinor, 47200);
        QCOMPARE(qRound(p.topFifthShare * 10000), 4025); // A and B: 19,000 of 47,200
        QCOMPARE(p.classA, 5);                           // A B D E G: each starts below 80 %
        QCOMPARE(p.classB, 1);                           // J starts at 84.7 %
        QCOMPARE(p.classC, 4);                           // C starts at 95.3 %
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
        const QString a = customer(w.sales1, "甲公司"), b = customer(w.sales1, "乙公司"),
                      c = customer(w.sales2, "丙公司");
        int n = 0;
        const auto order = [&](const QString &customerId, const char *day, qint64 total, const char *currency = "CNY",
                               const char *status = "closed") {
            QSqlQuery q(w.db->sql());
            q.prepare(
                "INSERT INTO orders (id, order_no, customer_id, owner_id, ordered_on, currency, total_minor, status, "
                "created_at, updated_at) VALUES (?, ?, ?, NULL, ?, ?, ?, ?, 0, 0)");
            for (const QVariant &v : QVariantList{newUuid7(w.clock.nowMs()), QStringLiteral("T%1").arg(++n), customerId,
                                                  QString::fromLatin1(day), QString::fromLatin1(currency), total,
                                                  QString::fromLatin1(status)})
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        };
        order(a, "2025-03-01", 1000);
        order(a, "2025-03-01", 500); // the same day: one purchase day, both amounts
        order(a, "2025-11-20", 2000);
        order(a, "2025-12-01", 9999, "CNY", "cancelled");
        order(b, "2025-06-30", 700);
        order(b, "2025-07-01", 5000, "USD");
        order(b, "2024-12-01", 100); // before the window
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
        QVERIFY(empty.error().message.contains(DateTimeText::date(QDate(2020, 1, 1))));
        QCOMPARE(RfmAnalysis::run(*w.db, w.admin, kEnd, QDate(2025, 1, 1), "CNY").error().code, ErrorCode::Invalid);
        RfmThresholds bad;
        bad.recencyDays = {60, 30, 120, 240};
        QCOMPARE(RfmAnalysis::run(*w.db, w.admin, QDate(2025, 1, 1), kEnd, "CNY", bad).error().code,
                 ErrorCode::Invalid);
    }

    void operationsReportsFromTheDatabase()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        const auto customer = [&](const Session &owner, const QString &name) {
            CustomerDraft d;
            d.name = name;
            d.ownerId = owner.userId;
            return CustomerService(*w.db, w.clock).create(owner, d)->id;
        };
        const QString a = customer(w.sales1, "甲公司"), b = customer(w.sales2, "乙公司");
        int n = 0;
        const auto exec = [&](const char *sql, const QVariantList &values) {
            QSqlQuery q(w.db->sql());
            q.prepare(QString::fromLatin1(sql));
            for (const QVariant &v : values)
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        };
        // Receivables of sales1's orders: due in 10 days, 20 and 45 days ago (the latter half paid),
        // and 100 days ago; one of sales2's.
        const auto receivable = [&](const Session &owner, const QString &customerId, const char *due, qint64 amount,
                                    qint64 paid = 0) {
            const QString order = newUuid7(w.clock.nowMs()), rec = newUuid7(w.clock.nowMs());
            exec(
                "INSERT INTO orders (id, order_no, customer_id, owner_id, ordered_on, total_minor, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, '2025-06-01', ?, 0, 0)",
                {order, QStringLiteral("R%1").arg(++n), customerId, owner.userId, amount});
            exec("INSERT INTO receivables (id, order_id, customer_id, due_on, amount_minor, created_at, updated_at) "
                 "VALUES (?, ?, ?, ?, ?, 0, 0)",
                 {rec, order, customerId, QString::fromLatin1(due), amount});
            if (paid > 0)
                exec(
                    "INSERT INTO payments (id, receivable_id, order_id, paid_on, amount_minor, created_at, updated_at) "
                    "VALUES (?, ?, ?, '2025-12-01', ?, 0, 0)",
                    {newUuid7(w.clock.nowMs()), rec, order, paid});
        };
        receivable(w.sales1, a, "2025-12-30", 1000);       // not yet due on 12-20
        receivable(w.sales1, a, "2025-11-30", 2000);       // 20 days
        receivable(w.sales1, a, "2025-11-05", 3000, 1500); // 45 days, half paid
        receivable(w.sales1, a, "2025-09-11", 4000);       // 100 days
        receivable(w.sales2, b, "2025-12-10", 500);        // 10 days
        auto ageing = OperationsReports::receivablesAgeing(*w.db, w.admin, QDate(2025, 12, 20));
        QVERIFY2(ageing, ageing ? "" : qPrintable(ageing.error().message));
        QCOMPARE(ageing->rows.size(), 3); // 张三, 李四, total
        const QVariantList &zhang = ageing->rows[0];
        QCOMPARE(zhang[0].toString(), QStringLiteral("张三"));
        QCOMPARE(zhang.mid(1), (QVariantList{1000, 2000, 1500, 0, 4000, 8500}));
        QCOMPARE(ageing->rows.last().mid(1), (QVariantList{1000, 2500, 1500, 0, 4000, 9000}));
        auto mine = OperationsReports::receivablesAgeing(*w.db, w.sales2, QDate(2025, 12, 20));
        QCOMPARE(mine->rows.size(), 2); // only their own, and the total

        // Activity: two calls and a visit by sales1, one call by sales2, in the period.
        TimelineService t(*w.db, w.clock);
        for (const auto &[who, customerId, kind] :
             {std::tuple{w.sales1, a, InteractionKind::Call}, std::tuple{w.sales1, a, InteractionKind::Call},
              std::tuple{w.sales1, a, InteractionKind::Visit}, std::tuple{w.sales2, b, InteractionKind::Call}}) {
            InteractionDraft d;
            d.customerId = customerId;
            d.kind = kind;
            d.subject = QStringLiteral("跟进");
            QVERIFY(t.log(who, d));
        }
        const QDate day = QDateTime::fromMSecsSinceEpoch(w.clock.nowMs()).date();
        auto activity = OperationsReports::activity(*w.db, w.manager, day.addDays(-1), day.addDays(1));
        QVERIFY2(activity, activity ? "" : qPrintable(activity.error().message));
        QCOMPARE(activity->rows.size(), 3);
        QCOMPARE(activity->rows[0][0].toString(), QStringLiteral("张三"));
        QCOMPARE(activity->rows[0][1].toInt(), 2); // calls
        QCOMPARE(activity->rows[0][2].toInt(), 1); // visits
        QCOMPARE(activity->rows.last().last().toInt(), 4);
        QCOMPARE(OperationsReports::activity(*w.db, w.manager, day, day.addDays(-1)).error().code, ErrorCode::Invalid);
    }

    void segmentMigrationMatrix()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        std::vector<QString> ids;
        for (int i = 0; i < 4; ++i) {
            CustomerDraft d;
            d.name = QStringLiteral("客户%1").arg(i);
            d.ownerId = w.sales1.userId;
            ids.push_back(CustomerService(*w.db, w.clock).create(w.sales1, d)->id);
        }
        int n = 0;
        const auto order = [&](int customer, const char *day, qint64 total) {
            QSqlQuery q(w.db->sql());
            q.prepare(
                "INSERT INTO orders (id, order_no, customer_id, ordered_on, total_minor, status, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, 'closed', 0, 0)");
            for (const QVariant &v : QVariantList{newUuid7(w.clock.nowMs()), QStringLiteral("M%1").arg(++n),
                                                  ids[size_t(customer)], QString::fromLatin1(day), total})
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        };
        // 2024: customers 0 and 1 big and frequent, 2 and 3 small; 2025: 0 stays, 1 stops, 2 grows.
        for (const char *d : {"2024-03-01", "2024-06-01", "2024-11-01"}) {
            order(0, d, 100000);
            order(1, d, 90000);
        }
        order(2, "2024-02-01", 100);
        order(3, "2024-01-15", 200);
        for (const char *d : {"2025-03-01", "2025-06-01", "2025-12-01"}) {
            order(0, d, 100000);
            order(2, d, 80000);
        }
        order(3, "2025-01-10", 300);
        auto m = OperationsReports::segmentMigration(*w.db, w.admin, QDate(2025, 1, 1), QDate(2025, 12, 31));
        QVERIFY2(m, m ? "" : qPrintable(m.error().message));
        QCOMPARE(m->rows.size(), kRfmSegmentCount + 2);
        // Every earlier customer is somewhere now (or gone): each row's shares add up to one.
        for (int r = 0; r < kRfmSegmentCount; ++r) {
            if (m->rows[r][1].toInt() == 0)
                continue;
            double sum = 0;
            for (int c = 2; c < m->columns.size(); ++c)
                sum += m->rows[r][c].toDouble();
            QCOMPARE(qRound(sum * 1000), 1000);
        }
        // Customer 1 (important value in 2024) bought nothing in 2025.
        const int fromValue = int(RfmSegment::ImportantValue);
        QCOMPARE(m->rows[fromValue][1].toInt(), 2); // customers 0 and 1
        QCOMPARE(m->rows[fromValue].last().toDouble(), 0.5);
        double projected = 0;
        for (int c = 2; c < 2 + kRfmSegmentCount; ++c)
            projected += m->rows.last()[c].toDouble();
        QCOMPARE(qRound(projected * 1000), 1000);
    }

    void funnelTimeInStageAndRetention()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        const qint64 day = 24LL * 3600 * 1000;
        const QDate start = QDateTime::fromMSecsSinceEpoch(w.clock.nowMs()).date();
        CustomerDraft cd;
        cd.name = QStringLiteral("甲公司");
        cd.ownerId = w.sales1.userId;
        const QString a = CustomerService(*w.db, w.clock).create(w.sales1, cd)->id;
        OpportunityService o(*w.db, w.clock);
        OpportunityDraft d;
        d.customerId = a;
        d.name = QStringLiteral("一");
        auto first = o.create(w.sales1, d);
        d.name = QStringLiteral("二");
        auto second = o.create(w.sales1, d);
        QVERIFY(first && second);
        w.clock.advance(10 * day);
        auto moved = o.moveToStage(w.sales1, first->id, QStringLiteral("proposal"), first->rowVersion);
        QVERIFY(moved);
        w.clock.advance(5 * day);
        QVERIFY(o.moveToStage(w.sales1, first->id, QStringLiteral("lost"), moved->rowVersion));
        w.clock.advance(5 * day); // now: day 20; the second deal is still in the first stage
        auto t = PipelineReports::timeInStage(*w.db, w.clock, w.manager, start.addDays(-1), start.addDays(30));
        QVERIFY2(t, t ? "" : qPrintable(t.error().message));
        const QVariantList &initial = t->rows[0];
        QCOMPARE(initial.mid(1, 5), (QVariantList{2, 1, 0, 0, 1})); // entered, moved on, lost, back, still
        QCOMPARE(initial[6].toDouble(), 1.0);
        QCOMPARE(qRound(initial[7].toDouble()), 15); // 10 and 20 days
        QCOMPARE(qRound(initial[8].toDouble()), 15);
        const QVariantList &proposal = t->rows[2];
        QCOMPARE(proposal.mid(1, 5), (QVariantList{1, 0, 1, 0, 0}));
        QCOMPARE(proposal[6].toDouble(), 0.0);
        QCOMPARE(qRound(proposal[7].toDouble()), 5);

        // Retention: customer a buys in January and February, b in February only (new), a again in March.
        int n = 0;
        const auto order = [&](const QString &customerId, const char *on) {
            QSqlQuery q(w.db->sql());
            q.prepare(
                "INSERT INTO orders (id, order_no, customer_id, ordered_on, total_minor, status, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, 100, 'closed', 0, 0)");
            for (const QVariant &v : QVariantList{newUuid7(w.clock.nowMs()), QStringLiteral("Q%1").arg(++n), customerId,
                                                  QString::fromLatin1(on)})
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        };
        cd.name = QStringLiteral("乙公司");
        const QString b = CustomerService(*w.db, w.clock).create(w.sales1, cd)->id;
        order(a, "2025-01-10");
        order(a, "2025-02-03");
        order(a, "2025-02-20");
        order(b, "2025-02-14");
        order(a, "2025-03-01");
        auto r = PipelineReports::acquisitionAndRetention(*w.db, w.admin, QDate(2025, 2, 1), QDate(2025, 3, 31));
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->rows.size(), 2);
        QCOMPARE(r->rows[0], (QVariantList{"2025-02", 2, 1, 1, 1.0})); // a retained from January, b new
        QCOMPARE(r->rows[1], (QVariantList{"2025-03", 1, 0, 1, 0.5})); // of February's two, one bought again
    }

    void tierAndStageProposalsAndTheirAcceptance()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        w.clock.set(QDateTime(QDate(2025, 12, 31), QTime(10, 0)).toMSecsSinceEpoch());
        std::vector<QString> ids;
        for (int i = 0; i < 4; ++i) {
            CustomerDraft d;
            d.name = QStringLiteral("客户%1").arg(i);
            d.ownerId = w.sales1.userId;
            ids.push_back(CustomerService(*w.db, w.clock).create(w.sales1, d)->id);
        }
        int n = 0;
        const auto order = [&](int c, const char *day, qint64 total) {
            QSqlQuery q(w.db->sql());
            q.prepare(
                "INSERT INTO orders (id, order_no, customer_id, ordered_on, total_minor, status, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, 'closed', 0, 0)");
            for (const QVariant &v : QVariantList{newUuid7(w.clock.nowMs()), QStringLiteral("P%1").arg(++n),
                                                  ids[size_t(c)], QString::fromLatin1(day), total})
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        };
        order(0, "2022-01-05", 500); // a customer for four years …
        for (const char *d : {"2025-03-01", "2025-05-01", "2025-07-01", "2025-09-01"})
            order(0, d, 10000); // … on four days this year: loyal, and the top 5 %: VIP
        order(1, "2024-06-01", 500);
        order(1, "2025-06-01", 10000); // since 18 months: old; within the first 80 % of revenue: important
        order(2, "2025-10-01", 5000);  // new, past 80 %: normal
        order(3, "2025-11-01", 1000);  // new, normal
        auto p = CustomerProposals::propose(*w.db, w.clock, w.sales1);
        QVERIFY2(p, p ? "" : qPrintable(p.error().message));
        QCOMPARE(p->size(), size_t(4));
        QCOMPARE(p->at(0).customerId, ids[0]);
        QCOMPARE(p->at(0).proposedTier, Tier::Vip);
        QCOMPARE(p->at(0).proposedStage, LoyaltyStage::Loyal);
        QCOMPARE(p->at(1).proposedTier, Tier::Important);
        QCOMPARE(p->at(1).proposedStage, LoyaltyStage::Old);
        QCOMPARE(p->at(2).proposedTier, Tier::Normal);
        QCOMPARE(p->at(2).proposedStage, LoyaltyStage::New);
        QCOMPARE(p->at(3).proposedStage, LoyaltyStage::New);

        // Another salesperson cannot accept for sales1's customers; sales1 can.
        int skipped = 0;
        QCOMPARE(*CustomerProposals::accept(*w.db, w.clock, w.sales2, *p, &skipped), 0);
        QCOMPARE(skipped, 4);
        QCOMPARE(*CustomerProposals::accept(*w.db, w.clock, w.sales1, *p, &skipped), 4);
        QCOMPARE(skipped, 0);
        auto c0 = CustomerService(*w.db, w.clock).get(w.sales1, ids[0]);
        QCOMPARE(c0->fields.tier, Tier::Vip);
        QCOMPARE(c0->fields.stage, LoyaltyStage::Loyal);
        QVERIFY(CustomerProposals::propose(*w.db, w.clock, w.sales1)->empty()); // nothing left to propose
        // A stale proposal (the card changed since) is skipped, not forced.
        QCOMPARE(*CustomerProposals::accept(*w.db, w.clock, w.sales1, *p, &skipped), 0);
        QCOMPARE(skipped, 4);
    }

    void theReportBuilder()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        const auto customer = [&](const QString &name, const QString &region, Tier tier) {
            CustomerDraft d;
            d.name = name;
            d.region = region;
            d.tier = tier;
            d.ownerId = w.sales1.userId;
            auto c = CustomerService(*w.db, w.clock).create(w.sales1, d);
            return c ? c->id : QString();
        };
        const QString a = customer("甲公司", "浙江 杭州", Tier::Vip), b = customer("乙公司", "浙江 宁波", Tier::Normal),
                      c = customer("丙公司", "江苏 南京", Tier::Normal);
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
        int n = 0;
        const auto order = [&](const QString &customerId, const char *day, qint64 total) {
            QSqlQuery q(w.db->sql());
            q.prepare(
                "INSERT INTO orders (id, order_no, customer_id, owner_id, ordered_on, total_minor, status, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, 'closed', 0, 0)");
            for (const QVariant &v : QVariantList{newUuid7(w.clock.nowMs()), QStringLiteral("B%1").arg(++n), customerId,
                                                  w.sales1.userId, QString::fromLatin1(day), total})
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        };
        order(a, "2025-01-10", 1000);
        order(a, "2025-02-10", 3000);
        order(b, "2025-01-20", 500);
        order(c, "2025-02-05", 700);
        CustomReportSpec s;
        s.dimensions = {"month", "tier"};
        s.measures = {"orders", "revenue", "average_order", "customers"};
        auto t = CustomReport::run(*w.db, w.admin, s, QDate(2025, 1, 1), QDate(2025, 2, 28));
        QVERIFY2(t, t ? "" : qPrintable(t.error().message));
        const QString normal = tierDisplayName(Tier::Normal), vip = tierDisplayName(Tier::Vip);
        QCOMPARE(t->rows.size(), 4);
        QCOMPARE(t->rows[0], (QVariantList{"2025-01", normal, 1, 500, 500, 1}));
        QCOMPARE(t->rows[1], (QVariantList{"2025-01", vip, 1, 1000, 1000, 1}));
        QCOMPARE(t->rows[3], (QVariantList{"2025-02", vip, 1, 3000, 3000, 1}));
        s.dimensions = {"region"};
        s.region = "浙江";
        t = CustomReport::run(*w.db, w.admin, s, QDate(2025, 1, 1), QDate(2025, 2, 28));
        QCOMPARE(t->rows.size(), 2);
        QCOMPARE(t->rows[0], (QVariantList{"浙江 宁波", 1, 500, 500, 1}));
        QCOMPARE(t->rows[1], (QVariantList{"浙江 杭州", 2, 4000, 2000, 1}));
        s.region = "100%"; // wildcards are matched literally
        QCOMPARE(CustomReport::run(*w.db, w.admin, s, QDate(2025, 1, 1), QDate(2025, 2, 28))->rows.size(), 0);

        // Bad specifications are refused with a reason.
        CustomReportSpec bad;
        QCOMPARE(CustomReport::run(*w.db, w.admin, bad, QDate(2025, 1, 1), QDate(2025, 2, 28)).error().field,
                 QStringLiteral("dimensions"));
        bad.dimensions = {"drop table"};
        bad.measures = {"orders"};
        QCOMPARE(CustomReport::run(*w.db, w.admin, bad, QDate(2025, 1, 1), QDate(2025, 2, 28)).error().code,
                 ErrorCode::Invalid);
        bad.dimensions = {"month"};
        bad.measures = {};
        QCOMPARE(CustomReport::validate(bad).error().field, QStringLiteral("measures"));

        // Saved among the user's own reports; saving under the same name replaces; others do not see it.
        s.name = "浙江客户";
        QVERIFY(CustomReport::save(*w.db, w.clock, w.sales1, s));
        s.measures = {"revenue"};
        QVERIFY(CustomReport::save(*w.db, w.clock, w.sales1, s));
        auto mine = CustomReport::saved(*w.db, w.sales1);
        QCOMPARE(mine->size(), 1);
        QCOMPARE(mine->first().spec.measures, QStringList{"revenue"});
        QCOMPARE(mine->first().spec.region, QStringLiteral("100%"));
        QVERIFY(CustomReport::saved(*w.db, w.sales2)->isEmpty());
        QCOMPARE(CustomReport::remove(*w.db, w.clock, w.sales2, mine->first().id).error().code, ErrorCode::NotFound);
        QVERIFY(CustomReport::remove(*w.db, w.clock, w.sales1, mine->first().id));
        QVERIFY(CustomReport::saved(*w.db, w.sales1)->isEmpty());
        s.name = "  ";
        QCOMPARE(CustomReport::save(*w.db, w.clock, w.sales1, s).error().field, QStringLiteral("name"));
    }

    void salesByProductAgainstThePeriodBefore()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerDraft cd;
        cd.name = QStringLiteral("甲公司");
        cd.ownerId = w.sales1.userId;
        const QString a = CustomerService(*w.db, w.clock).create(w.sales1, cd)->id;
        int n = 0;
        const auto line = [&](const char *day, const char *code, qint64 quantityMilli, qint64 net) {
            const QString order = newUuid7(w.clock.nowMs());
            QSqlQuery q(w.db->sql());
            q.prepare("INSERT INTO orders (id, order_no, customer_id, ordered_on, total_minor, created_at, updated_at) "
                      "VALUES (?, ?, ?, ?, ?, 0, 0)");
            for (const QVariant &v :
                 QVariantList{order, QStringLiteral("L%1").arg(++n), a, QString::fromLatin1(day), net})
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            q.prepare(
                "INSERT INTO order_lines (id, order_id, position, product_code, description, quantity_milli, "
                "unit_price_minor, gross_minor, discount_minor, net_minor, tax_minor, total_minor, created_at, updated_at) "
                "VALUES (?, ?, 1, ?, ?, ?, 0, ?, 0, ?, 0, ?, 0, 0)");
            for (const QVariant &v :
                 QVariantList{newUuid7(w.clock.nowMs()), order, QString::fromLatin1(code),
                              QString(QStringLiteral("产品 ") + QLatin1String(code)), quantityMilli, net, net, net})
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        };
        line("2025-02-10", "A", 2000, 2000'00); // February: the period
        line("2025-02-20", "A", 1000, 1000'00);
        line("2025-02-15", "B", 5000, 500'00);
        line("2025-01-20", "A", 1000, 1500'00); // the 28 days before
        line("2024-12-01", "B", 1000, 9999'00); // earlier still: not counted
        auto t = PipelineReports::salesByProduct(*w.db, w.admin, QDate(2025, 2, 1), QDate(2025, 2, 28));
        QVERIFY2(t, t ? "" : qPrintable(t.error().message));
        QCOMPARE(t->rows.size(), 2);
        QCOMPARE(t->rows[0], (QVariantList{"A", "产品 A", "3", 3000'00, 2, 1500'00, 1.0}));
        QCOMPARE(t->rows[1].mid(0, 6), (QVariantList{"B", "产品 B", "5", 500'00, 1, 0}));
        QVERIFY(t->rows[1][6].isNull()); // no base, no percentage
    }

    // "This month" on the 1st is the 1st against the 1st of last month, never the day before;
    // a quarter or a year so far against the same stretch of the one before.
    void periodsAreComparedWithTheSameDaysBefore_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QDate>("beforeFrom");
        QTest::addColumn<QDate>("beforeTo");
        QTest::newRow("this month on the 1st")
            << QDate(2026, 12, 1) << QDate(2026, 12, 1) << QDate(2026, 11, 1) << QDate(2026, 11, 1);
        QTest::newRow("this month so far")
            << QDate(2026, 12, 1) << QDate(2026, 12, 15) << QDate(2026, 11, 1) << QDate(2026, 11, 15);
        QTest::newRow("a whole month") << QDate(2026, 3, 1) << QDate(2026, 3, 31) << QDate(2026, 2, 1)
                                       << QDate(2026, 2, 28);
        QTest::newRow("into a shorter month")
            << QDate(2026, 3, 1) << QDate(2026, 3, 30) << QDate(2026, 2, 1) << QDate(2026, 2, 28);
        QTest::newRow("January") << QDate(2026, 1, 1) << QDate(2026, 1, 10) << QDate(2025, 12, 1)
                                 << QDate(2025, 12, 10);
        QTest::newRow("this quarter") << QDate(2026, 10, 1) << QDate(2026, 12, 1) << QDate(2026, 7, 1)
                                      << QDate(2026, 9, 1);
        QTest::newRow("a whole quarter") << QDate(2026, 4, 1) << QDate(2026, 6, 30) << QDate(2026, 1, 1)
                                         << QDate(2026, 3, 31);
        QTest::newRow("this year") << QDate(2026, 1, 1) << QDate(2026, 12, 1) << QDate(2025, 1, 1)
                                   << QDate(2025, 12, 1);
        QTest::newRow("a quarter to a leap day")
            << QDate(2024, 1, 1) << QDate(2024, 2, 29) << QDate(2023, 10, 1) << QDate(2023, 11, 30);
        QTest::newRow("half a year") << QDate(2024, 1, 1) << QDate(2024, 6, 30) << QDate(2023, 1, 1)
                                     << QDate(2023, 6, 30);
        QTest::newRow("a leap February") << QDate(2024, 2, 1) << QDate(2024, 2, 29) << QDate(2024, 1, 1)
                                         << QDate(2024, 1, 31);
        QTest::newRow("twelve months") << QDate(2025, 12, 2) << QDate(2026, 12, 1) << QDate(2024, 12, 2)
                                       << QDate(2025, 12, 1);
        QTest::newRow("some days") << QDate(2026, 11, 20) << QDate(2026, 11, 29) << QDate(2026, 11, 10)
                                   << QDate(2026, 11, 19);
    }

    void periodsAreComparedWithTheSameDaysBefore()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QDate, beforeFrom);
        QFETCH(QDate, beforeTo);
        const ComparisonPeriod before = ComparisonPeriod::before(from, to);
        QCOMPARE(before.from, beforeFrom);
        QCOMPARE(before.to, beforeTo);
    }

    void theSalesReportComparesTheSameDaysOfLastMonth()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerDraft cd;
        cd.name = QStringLiteral("甲公司");
        cd.ownerId = w.sales1.userId;
        const QString a = CustomerService(*w.db, w.clock).create(w.sales1, cd)->id;
        int n = 0;
        const auto order = [&](const char *day, qint64 total) {
            QSqlQuery q(w.db->sql());
            q.prepare(
                "INSERT INTO orders (id, order_no, customer_id, owner_id, ordered_on, total_minor, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, 0, 0)");
            for (const QVariant &v : QVariantList{newUuid7(w.clock.nowMs()), QStringLiteral("S%1").arg(++n), a,
                                                  w.sales1.userId, QString::fromLatin1(day), total})
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        };
        order("2026-12-01", 500'00);   // this month, on its first day
        order("2026-11-01", 300'00);   // the same day last month
        order("2026-11-30", 9'000'00); // the day before: not what "last month" means
        auto t = SalesReport::run(*w.db, w.admin, SalesReport::Dimension::Salesperson, QDate(2026, 12, 1),
                                  QDate(2026, 12, 1));
        QVERIFY2(t, t ? "" : qPrintable(t.error().message));
        QCOMPARE(t->rows.first()[2].toLongLong(), 500'00);
        QCOMPARE(t->rows.first()[4].toLongLong(), 300'00);
        QVERIFY2(t->subtitle.contains(DateTimeText::date(QDate(2026, 11, 1))), qPrintable(t->subtitle));
    }
};

QTEST_GUILESS_MAIN(TestAnalytics)
#include "test_analytics.moc"
