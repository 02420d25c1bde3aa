// SPDX-License-Identifier: GPL-3.0-or-later
// Opportunities (销售机会) and the funnel: stages with their default probabilities, the stage
// history, who sees and moves which deal, the funnel's figures against hand-counted ones, the
// configurable stages, and quotas with their attainment.
#include "core/audit/AuditLog.h"
#include "core/audit/FieldHistory.h"
#include "core/contacts/ContactService.h"
#include "core/customers/CustomerService.h"
#include "core/opportunities/FunnelReport.h"
#include "core/opportunities/OpportunityService.h"
#include "core/opportunities/PipelineStages.h"
#include "core/quotas/QuotaService.h"

#include "TestWorkspace.h"

#include <QTest>

using namespace guanxi;
using guanxi::test::TestWorkspace;

namespace {

QString customerOf(TestWorkspace &w, const Session &owner, const QString &name)
{
    CustomerDraft d;
    d.name = name;
    d.ownerId = owner.userId;
    auto c = CustomerService(*w.db, w.clock).create(owner, d);
    return c ? c->id : QString();
}

OpportunityDraft deal(const QString &customerId, const QString &name, qint64 amountMinor, const QString &closeOn = {})
{
    OpportunityDraft d;
    d.customerId = customerId;
    d.name = name;
    d.amountMinor = amountMinor;
    d.expectedCloseOn = closeOn;
    return d;
}

constexpr qint64 kDay = 24LL * 3600 * 1000;

} // namespace

class TestOpportunities : public QObject {
    Q_OBJECT
private slots:
    void defaultStagesAndProbabilities()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        auto p = OpportunityService(*w.db, w.clock).pipeline();
        QVERIFY(p);
        QStringList ids;
        QList<int> probabilities;
        for (const PipelineStage &s : p->stages()) {
            ids << s.id;
            probabilities << s.probabilityPct;
        }
        QCOMPARE(ids, (QStringList{"initial", "needs", "proposal", "negotiation", "won", "lost"}));
        QCOMPARE(probabilities, (QList<int>{10, 25, 50, 75, 100, 0}));
        QCOMPARE(p->firstOpenStageId(), QStringLiteral("initial"));
        QCOMPARE(p->find(QStringLiteral("won"))->outcome, StageOutcome::Won);
    }

    void movingAlongKeepsHistoryProbabilityAndCloseDate()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        OpportunityService s(*w.db, w.clock);
        const QString customer = customerOf(w, w.sales1, QStringLiteral("华东机电"));
        auto o =
            s.create(w.sales1, deal(customer, QStringLiteral("机房改造"), 12'000'000, QStringLiteral("2025-12-20")));
        QVERIFY2(o, o ? "" : qPrintable(o.error().message));
        QCOMPARE(o->stage, QStringLiteral("initial"));
        QCOMPARE(o->probabilityPct, 10);
        QCOMPARE(o->weightedMinor(), 1'200'000);
        QCOMPARE(o->ownerId, w.sales1.userId);

        w.clock.advance(3 * kDay);
        auto moved = s.moveToStage(w.sales1, o->id, QStringLiteral("proposal"), o->rowVersion);
        QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));
        QCOMPARE(moved->probabilityPct, 50);
        QCOMPARE(moved->stageEnteredAt, w.clock.nowMs());
        QVERIFY(moved->closedOn.isEmpty());

        // A stale version is a conflict, not an overwrite.
        auto stale = s.moveToStage(w.sales1, o->id, QStringLiteral("needs"), o->rowVersion);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, ErrorCode::Conflict);

        w.clock.advance(2 * kDay);
        auto won = s.moveToStage(w.sales1, o->id, QStringLiteral("won"), moved->rowVersion);
        QVERIFY(won);
        QCOMPARE(won->probabilityPct, 100);
        QCOMPARE(won->closedOn, QStringLiteral("2025-11-27"));

        auto history = s.history(w.sales1, o->id);
        QVERIFY(history);
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->at(0).stageId, QStringLiteral("initial"));
        QCOMPARE(history->at(1).stageId, QStringLiteral("proposal"));
        QCOMPARE(history->at(2).stageId, QStringLiteral("won"));
        QCOMPARE(history->at(2).enteredBy, QStringLiteral("张三"));

        // Reopened: the close date goes again, the probability follows the stage.
        OpportunityDraft d = won->draft();
        d.stageId = QStringLiteral("negotiation");
        auto reopened = s.update(w.sales1, o->id, d, won->rowVersion);
        QVERIFY(reopened);
        QVERIFY(reopened->closedOn.isEmpty());
        QCOMPARE(reopened->probabilityPct, 75);
        // A probability set by hand stays while the stage does not change.
        d = reopened->draft();
        d.probabilityPct = 60;
        auto tuned = s.update(w.sales1, o->id, d, reopened->rowVersion);
        QVERIFY(tuned);
        QCOMPARE(tuned->probabilityPct, 60);
        QCOMPARE(s.history(w.sales1, o->id)->size(), 4);
    }

    void ownersRulesAsForCustomers()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        OpportunityService s(*w.db, w.clock);
        const QString mine = customerOf(w, w.sales1, QStringLiteral("甲公司"));
        const QString theirs = customerOf(w, w.sales2, QStringLiteral("乙公司"));
        auto o = s.create(w.sales2, deal(theirs, QStringLiteral("乙的单"), 100));
        QVERIFY(o);
        QCOMPARE(s.get(w.sales1, o->id).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(s.moveToStage(w.sales1, o->id, QStringLiteral("needs"), o->rowVersion).error().code,
                 ErrorCode::PermissionDenied);
        QVERIFY(s.moveToStage(w.manager, o->id, QStringLiteral("needs"), o->rowVersion)); // same department
        QCOMPARE(s.get(w.otherDeptSales, o->id).error().code, ErrorCode::PermissionDenied);
        // Not on someone else's customer, and not for someone else.
        QCOMPARE(s.create(w.sales1, deal(theirs, QStringLiteral("抢单"), 100)).error().code,
                 ErrorCode::PermissionDenied);
        OpportunityDraft forOther = deal(mine, QStringLiteral("代建"), 100);
        forOther.ownerId = w.sales2.userId;
        QCOMPARE(s.create(w.sales1, forOther).error().code, ErrorCode::PermissionDenied);

        QVERIFY(s.create(w.sales1, deal(mine, QStringLiteral("甲的单"), 100)));
        OpportunityFilter all;
        QCOMPARE(s.list(w.sales1, all)->size(), 1);
        QCOMPARE(s.list(w.manager, all)->size(), 2);
        QCOMPARE(s.list(w.otherDeptSales, all)->size(), 0);
    }

    void badInputNamesTheField()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        OpportunityService s(*w.db, w.clock);
        const QString customer = customerOf(w, w.sales1, QStringLiteral("甲公司"));
        const QString other = customerOf(w, w.sales1, QStringLiteral("丙公司"));
        const auto fieldOf = [&](OpportunityDraft d) {
            auto r = s.create(w.sales1, d);
            return r ? QString() : r.error().field;
        };
        QCOMPARE(fieldOf(deal(customer, QStringLiteral("  "), 100)), QStringLiteral("name"));
        QCOMPARE(fieldOf(deal(customer, QStringLiteral("x"), -1)), QStringLiteral("amount"));
        QCOMPARE(fieldOf(deal(customer, QStringLiteral("x"), 1, QStringLiteral("2025-02-30"))),
                 QStringLiteral("expected_close"));
        OpportunityDraft d = deal(customer, QStringLiteral("x"), 1);
        d.stageId = QStringLiteral("nonexistent");
        QCOMPARE(fieldOf(d), QStringLiteral("stage"));
        d = deal(customer, QStringLiteral("x"), 1);
        d.probabilityPct = 101;
        QCOMPARE(fieldOf(d), QStringLiteral("probability"));

        ContactDraft c;
        c.customerId = other;
        c.name = QStringLiteral("外人");
        auto outsider = ContactService(*w.db, w.clock).create(w.sales1, c);
        QVERIFY(outsider);
        d = deal(customer, QStringLiteral("x"), 1);
        d.decisionMakerIds = {outsider->id};
        QCOMPARE(fieldOf(d), QStringLiteral("decision_makers"));
        QCOMPARE(s.list(w.sales1, {})->size(), 0); // nothing half-made

        c.customerId = customer;
        c.name = QStringLiteral("决策人");
        auto insider = ContactService(*w.db, w.clock).create(w.sales1, c);
        d.decisionMakerIds = {insider->id};
        auto ok = s.create(w.sales1, d);
        QVERIFY(ok);
        QCOMPARE(ok->decisionMakerIds, QStringList{insider->id});
    }

    void funnelFiguresAgainstHandCounts()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        OpportunityService s(*w.db, w.clock);
        const QString c1 = customerOf(w, w.sales1, QStringLiteral("甲公司"));
        const QString c2 = customerOf(w, w.sales2, QStringLiteral("乙公司"));
        const QString c3 = customerOf(w, w.otherDeptSales, QStringLiteral("丁公司"));
        // sales1: A initial 1,000.00 (Dec); B proposal 2,000.00 (Dec) via needs; C won 3,000.00 via
        //         initial → needs → negotiation; D lost from needs 500.00.
        // sales2: E negotiation 4,000.00 (Jan) straight in; F in USD.
        // other department: G initial 9,999.00.
        auto make = [&](const Session &who, const QString &cu, const char *name, qint64 amount, const char *close) {
            auto o = s.create(who, deal(cu, QString::fromUtf8(name), amount, QLatin1String(close)));
            return o ? *o : Opportunity();
        };
        auto step = [&](const Session &who, Opportunity &o, const char *stage) {
            auto m = s.moveToStage(who, o.id, QLatin1String(stage), o.rowVersion);
            if (m)
                o = *m;
            return m.ok();
        };
        Opportunity a = make(w.sales1, c1, "A", 100'000, "2025-12-10");
        Opportunity b = make(w.sales1, c1, "B", 200'000, "2025-12-15");
        QVERIFY(step(w.sales1, b, "needs") && step(w.sales1, b, "proposal"));
        Opportunity c = make(w.sales1, c1, "C", 300'000, "2025-11-30");
        QVERIFY(step(w.sales1, c, "needs") && step(w.sales1, c, "negotiation") && step(w.sales1, c, "won"));
        Opportunity d = make(w.sales1, c1, "D", 50'000, "2025-12-01");
        QVERIFY(step(w.sales1, d, "needs") && step(w.sales1, d, "lost"));
        OpportunityDraft late = deal(c2, QStringLiteral("E"), 400'000, QStringLiteral("2026-01-05"));
        late.stageId = QStringLiteral("negotiation");
        QVERIFY(s.create(w.sales2, late));
        OpportunityDraft dollars = deal(c2, QStringLiteral("F"), 70'000, QStringLiteral("2025-12-05"));
        dollars.currency = QStringLiteral("USD");
        QVERIFY(s.create(w.sales2, dollars));
        QVERIFY(!make(w.otherDeptSales, c3, "G", 999'900, "2025-12-01").id.isEmpty());

        const Pipeline pipeline = *s.pipeline();
        const QDate today(2025, 11, 22);
        auto r = FunnelQuery(*w.db).run(w.manager, pipeline, {}, QStringLiteral("CNY"), today);
        QVERIFY(r);
        auto figures = [&](const char *stage) {
            for (const FunnelStageFigures &f : r->stages)
                if (f.stage.id == QLatin1String(stage))
                    return f;
            return FunnelStageFigures();
        };
        QCOMPARE(figures("initial").count, 1);
        QCOMPARE(figures("initial").amountMinor, 100'000);
        QCOMPARE(figures("initial").weightedMinor, 10'000);
        QCOMPARE(figures("proposal").weightedMinor, 100'000);
        QCOMPARE(figures("negotiation").amountMinor, 400'000);
        QCOMPARE(figures("negotiation").weightedMinor, 300'000);
        QCOMPARE(figures("won").count, 1);
        QCOMPARE(figures("lost").count, 1);
        QCOMPARE(r->otherCurrencyCount, 1);
        QCOMPARE(r->openWeightedMinor, 10'000 + 100'000 + 300'000);
        QCOMPARE(r->wonMinor, 300'000);
        QCOMPARE(r->winRatePercent(), 50.0);
        // Reached: initial all 5 (A B C D E); needs: B C D E (4); proposal: B C E (3); negotiation: C E (2).
        QCOMPARE(figures("initial").reached, 5);
        QCOMPARE(figures("needs").reached, 4);
        QCOMPARE(figures("proposal").reached, 3);
        QCOMPARE(figures("negotiation").reached, 2);
        QCOMPARE(r->conversions.size(), 4);
        QCOMPARE(r->conversions[0].percent(), 80.0);
        QCOMPARE(r->conversions[1].percent(), 75.0);
        QCOMPARE(r->conversions[2].percent(), 66.7);
        QCOMPARE(r->conversions[3].toStageId, QStringLiteral("won"));
        QCOMPARE(r->conversions[3].percent(), 50.0);

        // The forecast: from June 2025 to May 2026; December holds A and B, January E, November the won C.
        QCOMPARE(r->forecast.size(), 12);
        QCOMPARE(r->forecast.first().month, QStringLiteral("2025-06"));
        auto month = [&](const char *m) {
            for (const ForecastMonth &f : r->forecast)
                if (f.month == QLatin1String(m))
                    return f;
            return ForecastMonth();
        };
        QCOMPARE(month("2025-12").weightedMinor, 110'000);
        QCOMPARE(month("2025-12").openMinor, 300'000);
        QCOMPARE(month("2026-01").weightedMinor, 300'000);
        QCOMPARE(month("2025-11").wonMinor, 300'000);

        // A salesperson's funnel is theirs; filters by owner and by period.
        auto own = FunnelQuery(*w.db).run(w.sales2, pipeline, {}, QStringLiteral("CNY"), today);
        QCOMPARE(own->openWeightedMinor, 300'000);
        OpportunityFilter byOwner;
        byOwner.ownerId = w.sales1.userId;
        QCOMPARE(FunnelQuery(*w.db).run(w.manager, pipeline, byOwner, QStringLiteral("CNY"), today)->openWeightedMinor,
                 110'000);
        OpportunityFilter december;
        december.from = QStringLiteral("2025-12-01");
        december.to = QStringLiteral("2025-12-31");
        auto dec = FunnelQuery(*w.db).run(w.manager, pipeline, december, QStringLiteral("CNY"), today);
        QCOMPARE(dec->openWeightedMinor, 110'000);
        QCOMPARE(dec->forecast.size(), 1);
        QCOMPARE(dec->won, 0);
        auto admin = FunnelQuery(*w.db).run(w.admin, pipeline, {}, QStringLiteral("CNY"), today);
        QCOMPARE(admin->openWeightedMinor, 410'000 + 99'990);
    }

    void stagesAreConfigurable()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        PipelineStages stages(*w.db, w.clock);
        QList<PipelineStage> set = stages.load()->stages();
        QCOMPARE(stages.save(w.sales1, set).error().code, ErrorCode::PermissionDenied);

        set[1].name = QStringLiteral("需求调研");
        set[1].probabilityPct = 30;
        PipelineStage demo;
        demo.name = QStringLiteral("样机测试");
        demo.probabilityPct = 60;
        set.insert(3, demo);
        QVERIFY2(stages.save(w.manager, set), "renamed, one added");
        Pipeline p = *stages.load();
        QCOMPARE(p.stages().size(), 7);
        QCOMPARE(p.stages()[1].displayName(), QStringLiteral("需求调研"));
        QCOMPARE(p.stages()[3].displayName(), QStringLiteral("样机测试"));
        QCOMPARE(p.stages()[3].position, 4);
        QCOMPARE(p.stages()[0].displayName(), PipelineStage::builtInName(QStringLiteral("initial")));
        // Only what changed was written: the first stage kept its place and its version; the
        // renamed one moved on, and its history names the field.
        QCOMPARE(p.stages()[0].rowVersion, set[0].rowVersion);
        QCOMPARE(p.stages()[1].rowVersion, set[1].rowVersion + 1);
        const QList<AuditLog::Entry> history = *AuditLog(*w.db).forEntity(set[1].id);
        QCOMPARE(history.size(), 1);
        QCOMPARE(FieldHistory::changesOf(history[0].detail).size(), 2); // name, probability

        // A stage holding a deal stays; an empty one may go.
        OpportunityService s(*w.db, w.clock);
        OpportunityDraft d = deal(customerOf(w, w.sales1, QStringLiteral("甲")), QStringLiteral("x"), 1);
        d.stageId = p.stages()[3].id;
        QVERIFY(s.create(w.sales1, d));
        QList<PipelineStage> fewer = p.stages();
        fewer.removeAt(3);
        auto refused = stages.save(w.manager, fewer);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("样机测试")));
        fewer = p.stages();
        fewer.removeAt(2); // 方案报价, empty
        QVERIFY(stages.save(w.manager, fewer));
        QCOMPARE(stages.load()->stages().size(), 6);

        // The shape: one won, one lost, last, at 100 % and 0 %; names unique.
        QList<PipelineStage> bad = stages.load()->stages();
        bad.removeLast();
        QVERIFY(!stages.save(w.manager, bad));
        bad = stages.load()->stages();
        bad.swapItemsAt(0, bad.size() - 1);
        QVERIFY(!stages.save(w.manager, bad));
        bad = stages.load()->stages();
        bad[bad.size() - 2].probabilityPct = 90;
        QVERIFY(!stages.save(w.manager, bad));
        bad = stages.load()->stages();
        bad[1].name = bad[0].displayName();
        QVERIFY(!stages.save(w.manager, bad));
    }

    void quotasAndAttainment()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        QuotaService quotas(*w.db, w.clock);
        QVERIFY(quotas.set(w.manager, w.sales1.userId, QStringLiteral("2025-11"), 500'000));
        QVERIFY(quotas.set(w.manager, w.sales1.userId, QStringLiteral("2025-12"), 300'000));
        QCOMPARE(quotas.set(w.sales1, w.sales1.userId, QStringLiteral("2025-11"), 1).error().code,
                 ErrorCode::PermissionDenied);
        QCOMPARE(quotas.set(w.manager, w.otherDeptSales.userId, QStringLiteral("2025-11"), 1).error().code,
                 ErrorCode::PermissionDenied);
        QCOMPARE(quotas.set(w.manager, w.sales1.userId, QStringLiteral("2025-13"), 1).error().code, ErrorCode::Invalid);
        QCOMPARE(quotas.set(w.manager, w.sales1.userId, QStringLiteral("2025-11"), -1).error().code,
                 ErrorCode::Invalid);

        OpportunityService s(*w.db, w.clock);
        auto o = s.create(w.sales1, deal(customerOf(w, w.sales1, QStringLiteral("甲")), QStringLiteral("x"), 200'000));
        QVERIFY(s.moveToStage(w.sales1, o->id, QStringLiteral("won"), o->rowVersion)); // closed 2025-11-22

        auto month = quotas.attainment(w.manager, QStringLiteral("2025-11"));
        QVERIFY(month);
        QCOMPARE(month->size(), 2); // 张三, 李四 (the department's salespeople)
        const QuotaAttainment zhang = month->at(0).userId == w.sales1.userId ? month->at(0) : month->at(1);
        QCOMPARE(zhang.quotaMinor, 500'000);
        QCOMPARE(zhang.wonMinor, 200'000);
        QCOMPARE(zhang.percent(), 40.0);
        // The quarter without its own quota adds up its months; one of its own replaces them.
        auto quarter = quotas.attainment(w.sales1, QStringLiteral("2025-Q4"));
        QCOMPARE(quarter->size(), 1);
        QCOMPARE(quarter->at(0).quotaMinor, 800'000);
        QCOMPARE(quarter->at(0).percent(), 25.0);
        QVERIFY(quotas.set(w.admin, w.sales1.userId, QStringLiteral("2025-q4"), 1'000'000));
        QCOMPARE(quotas.attainment(w.sales1, QStringLiteral("2025-Q4"))->at(0).quotaMinor, 1'000'000);
        // Cleared with 0.
        QVERIFY(quotas.set(w.manager, w.sales1.userId, QStringLiteral("2025-11"), 0));
        QCOMPARE(quotas.attainment(w.sales1, QStringLiteral("2025-11"))->at(0).quotaMinor, 0);
    }
};

QTEST_GUILESS_MAIN(TestOpportunities)
#include "test_opportunities.moc"
