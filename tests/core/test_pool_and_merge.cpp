// SPDX-License-Identifier: GPL-3.0-or-later
// The public pool (公海): customers whose owner did not follow up return to it by their tier's
// rules; salespeople claim from it up to a daily limit. And merging two records of one customer:
// every child record moves, in one transaction, recorded in the audit log.
#include "core/audit/AuditLog.h"
#include "core/contacts/ContactService.h"
#include "core/customers/CustomerMerge.h"
#include "core/customers/CustomerService.h"
#include "core/pool/PublicPool.h"
#include "core/search/SearchService.h"
#include "core/timeline/TimelineService.h"

#include "Builders.h"
#include "TestWorkspace.h"

#include <QSqlQuery>

using namespace guanxi;
using namespace guanxi::test;

class TestPoolAndMerge : public QObject {
    Q_OBJECT

    static constexpr qint64 kDay = 86'400'000;

private slots:
    void customersReturnByTheirTiersRules()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerService customers(*w.db, w.clock);
        auto normal = customers.create(w.sales1, aCustomer(QStringLiteral("普通客户公司")));
        auto vip = customers.create(w.sales1, aCustomer(QStringLiteral("贵宾客户公司")).tier(Tier::Vip));
        auto called = customers.create(w.sales1, aCustomer(QStringLiteral("常联系公司")));
        QVERIFY(normal && vip && called);
        PublicPool pool(*w.db, w.clock);
        PoolRules rules;
        rules.daysNormal = 30;
        rules.daysVip = 90;
        QVERIFY(!pool.setRules(w.sales1, rules)); // not a salesperson's decision
        QVERIFY(pool.setRules(w.manager, rules));

        w.clock.advance(20 * kDay);
        InteractionDraft call;
        call.customerId = called->id;
        call.subject = QStringLiteral("回访");
        QVERIFY(TimelineService(*w.db, w.clock).log(w.sales1, call));
        w.clock.advance(15 * kDay); // 35 days after creation, 15 after the call

        auto returned = pool.returnOverdue();
        QVERIFY(returned);
        QCOMPARE(*returned, 1);
        auto n = customers.get(w.admin, normal->id);
        QVERIFY(n->fields.ownerId.isEmpty());
        QCOMPARE(customers.get(w.admin, vip->id)->fields.ownerId, w.sales1.userId);    // 90 days for VIPs
        QCOMPARE(customers.get(w.admin, called->id)->fields.ownerId, w.sales1.userId); // followed up
        auto log = AuditLog(*w.db).forEntity(normal->id);
        QVERIFY(log);
        QCOMPARE(log->last().action, QStringLiteral("return_to_pool"));
        QCOMPARE(log->last().detail.value(QStringLiteral("previous_owner")).toString(), w.sales1.userId);
        auto again = pool.returnOverdue();
        QCOMPARE(*again, 0); // nothing twice

        // Now another salesperson sees it in search and may claim it.
        auto hits = SearchService(*w.db).search(w.sales2, QStringLiteral("普通客户"));
        QVERIFY(hits && hits->size() == 1);
        auto claimed = pool.claim(w.sales2, normal->id, n->rowVersion);
        QVERIFY2(claimed, claimed ? "" : qPrintable(claimed.error().message));
        QCOMPARE(claimed->fields.ownerId, w.sales2.userId);
        auto late = pool.claim(w.otherDeptSales, normal->id, claimed->rowVersion);
        QVERIFY(!late);
        QCOMPARE(late.error().code, ErrorCode::WrongState);
        QVERIFY(late.error().message.contains(QStringLiteral("李四")));
    }

    void claimsAreLimitedPerDay()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        PublicPool pool(*w.db, w.clock);
        PoolRules rules;
        rules.claimsPerDay = 2;
        QVERIFY(pool.setRules(w.admin, rules));
        CustomerService customers(*w.db, w.clock);
        QList<Customer> pooled;
        for (int i = 0; i < 4; ++i)
            pooled.append(*customers.create(w.admin, aCustomer(QStringLiteral("公海客户%1号").arg(i))));
        QVERIFY(pool.claim(w.sales1, pooled[0].id, pooled[0].rowVersion));
        QVERIFY(pool.claim(w.sales1, pooled[1].id, pooled[1].rowVersion));
        auto third = pool.claim(w.sales1, pooled[2].id, pooled[2].rowVersion);
        QVERIFY(!third);
        QCOMPARE(third.error().code, ErrorCode::PermissionDenied);
        QVERIFY(customers.get(w.admin, pooled[2].id)->fields.ownerId.isEmpty());
        w.clock.advance(kDay + 1);
        QVERIFY(pool.claim(w.sales1, pooled[2].id, pooled[2].rowVersion));
    }

    void mergeMovesEveryChildRecord()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerService customers(*w.db, w.clock);
        CustomerDraft a = aCustomer(QStringLiteral("北京华联科技有限公司"));
        a.phone = QStringLiteral("010-65529988");
        auto keep = customers.create(w.sales1, a);
        auto other = customers.create(w.sales1, aCustomer(QStringLiteral("华联科技(北京)")), OnDuplicate::Allow);
        QVERIFY(keep && other);
        ContactDraft p;
        p.customerId = other->id;
        p.name = QStringLiteral("张三丰");
        QVERIFY(ContactService(*w.db, w.clock).create(w.sales1, p));
        InteractionDraft call;
        call.customerId = other->id;
        call.subject = QStringLiteral("报价");
        QVERIFY(TimelineService(*w.db, w.clock).log(w.sales1, call));
        QVERIFY(TimelineService(*w.db, w.clock)
                    .addCommitment(
                        w.sales1,
                        {other->id,
                         {},
                         QStringLiteral("寄样品"),
                         QDateTime::fromMSecsSinceEpoch(w.clock.nowMs()).date().addDays(3).toString(Qt::ISODate)}));
        QSqlQuery order(w.db->sql());
        order.prepare(
            QStringLiteral("INSERT INTO orders (id, order_no, customer_id, ordered_on, total_minor, created_at, "
                           "updated_at) VALUES ('o1', 'SO-1', ?, '2025-11-01', 100, 0, 0)"));
        order.addBindValue(other->id);
        QVERIFY(order.exec());

        CustomerMerge merge(*w.db, w.clock);
        auto self = merge.merge(w.sales1, keep->id, keep->rowVersion, keep->id, keep->rowVersion, keep->fields);
        QVERIFY(!self);
        QCOMPARE(self.error().code, ErrorCode::Invalid);
        auto colleague = merge.merge(w.sales2, keep->id, keep->rowVersion, other->id, other->rowVersion, keep->fields);
        QVERIFY(!colleague);

        CustomerDraft chosen = keep->fields;
        chosen.notes = QStringLiteral("合并自两条记录");
        auto merged = merge.merge(w.sales1, keep->id, keep->rowVersion, other->id, other->rowVersion, chosen);
        QVERIFY2(merged, merged ? "" : qPrintable(merged.error().message));
        QCOMPARE(merged->fields.notes, QStringLiteral("合并自两条记录"));
        QVERIFY(merged->lastContactAt > 0);
        auto contacts = ContactService(*w.db, w.clock).listForCustomer(w.sales1, keep->id);
        QCOMPARE(contacts->size(), 1);
        auto timeline = TimelineService(*w.db, w.clock).customerTimeline(w.sales1, keep->id);
        QCOMPARE(timeline->size(), 2); // the call and the order
        QCOMPARE(TimelineService(*w.db, w.clock).commitments(w.sales1, keep->id)->size(), 1);
        QVERIFY(customers.get(w.sales1, other->id)->deletedAt != 0);
        auto log = AuditLog(*w.db).forEntity(keep->id);
        QCOMPARE(log->last().action, QStringLiteral("merge"));
        QCOMPARE(log->last().detail.value(QStringLiteral("merged_id")).toString(), other->id);
        auto hits = SearchService(*w.db).search(w.sales1, QStringLiteral("zsf"));
        QCOMPARE(hits->first().customerId, keep->id); // the contact's entry follows it
    }
};

QTEST_GUILESS_MAIN(TestPoolAndMerge)
#include "test_pool_and_merge.moc"
