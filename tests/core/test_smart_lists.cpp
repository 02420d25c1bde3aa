// SPDX-License-Identifier: GPL-3.0-or-later
// The customers list's filters by stage, tag and silence, and saving them as smart lists.
#include "core/customers/CustomerListQuery.h"
#include "core/customers/CustomerService.h"
#include "core/customers/SmartLists.h"
#include "core/timeline/TimelineService.h"

#include "TestWorkspace.h"

using namespace guanxi;
using namespace guanxi::test;

class TestSmartLists : public QObject {
    Q_OBJECT

    static QStringList names(Database &db, const Session &as, const CustomerFilter &f)
    {
        CustomerListQuery q(db, as, f, CustomerSortColumn::Name, Qt::AscendingOrder);
        QStringList out;
        if (auto rows = q.fetch(std::nullopt, false, 100))
            for (const CustomerListRow &r : *rows)
                out.append(r.name);
        return out;
    }

private slots:
    void filtersByStageTagAndSilence()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerService customers(*w.db, w.clock);
        const auto make = [&](const char *name, LoyaltyStage stage, QStringList tags) {
            CustomerDraft d;
            d.name = QString::fromUtf8(name);
            d.stage = stage;
            d.tags = tags;
            return customers.create(w.sales1, d);
        };
        auto a = make("安达物流", LoyaltyStage::Loyal, {QStringLiteral("重点"), QStringLiteral("华东")});
        auto b = make("百盛贸易", LoyaltyStage::New, {QStringLiteral("重点客户")});
        auto c = make("成功科技", LoyaltyStage::Loyal, {});
        QVERIFY(a && b && c);
        CustomerFilter f;
        f.stage = QStringLiteral("loyal");
        QCOMPARE(names(*w.db, w.sales1, f), (QStringList{QStringLiteral("安达物流"), QStringLiteral("成功科技")}));
        f = {};
        f.tag = QStringLiteral("重点"); // a whole tag: not 重点客户
        QCOMPARE(names(*w.db, w.sales1, f), QStringList{QStringLiteral("安达物流")});
        QCOMPARE(*CustomerListQuery::tags(*w.db),
                 (QStringList{QStringLiteral("华东"), QStringLiteral("重点"), QStringLiteral("重点客户")}));

        w.clock.advance(40 * 86'400'000LL);
        InteractionDraft call;
        call.customerId = b->id;
        call.subject = QStringLiteral("回访");
        QVERIFY(TimelineService(*w.db, w.clock).log(w.sales1, call));
        f = {};
        f.silentDays = 30;
        f.silentSince = w.clock.nowMs() - 30 * 86'400'000LL;
        QCOMPARE(names(*w.db, w.sales1, f), (QStringList{QStringLiteral("安达物流"), QStringLiteral("成功科技")}));
    }

    void smartListsAreSavedPerUser()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        SmartLists lists(*w.db, w.clock);
        CustomerFilter f;
        f.tier = static_cast<int>(Tier::Vip);
        f.tag = QStringLiteral("华东");
        f.silentDays = 90;
        f.owner = CustomerFilter::Owner::Mine;
        QVERIFY(!lists.save(w.sales1, QStringLiteral("  "), f));
        auto saved = lists.save(w.sales1, QStringLiteral("华东贵宾久未联系"), f);
        QVERIFY(saved);
        f.tier = -1;
        QVERIFY(lists.save(w.sales1, QStringLiteral("华东贵宾久未联系"), f)); // same name: replaced
        auto mine = lists.list(w.sales1);
        QVERIFY(mine);
        QCOMPARE(mine->size(), 1);
        QCOMPARE(mine->first().filter.tier, -1);
        QCOMPARE(mine->first().filter.tag, QStringLiteral("华东"));
        QCOMPARE(mine->first().filter.silentDays, 90);
        QCOMPARE(mine->first().filter.owner, CustomerFilter::Owner::Mine);
        QVERIFY(lists.list(w.sales2)->isEmpty()); // each user's own
        QVERIFY(lists.remove(w.sales1, mine->first().id));
        QVERIFY(lists.list(w.sales1)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSmartLists)
#include "test_smart_lists.moc"
