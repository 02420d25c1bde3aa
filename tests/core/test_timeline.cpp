// SPDX-License-Identifier: GPL-3.0-or-later
// The customer's timeline: logging a call with its next follow-up, the follow-up answered by the
// next touch point, orders among the entries, commitments, and the bad dates a user can type.
#include "core/contacts/ContactService.h"
#include "core/customers/CustomerService.h"
#include "core/timeline/TimelineService.h"

#include "TestWorkspace.h"

#include <QDate>
#include <QSqlQuery>

using namespace guanxi;
using namespace guanxi::test;

class TestTimeline : public QObject {
    Q_OBJECT

    static QString dayFromNow(const TestWorkspace &w, int days)
    {
        return QDateTime::fromMSecsSinceEpoch(w.clock.nowMs()).toLocalTime().date().addDays(days).toString(Qt::ISODate);
    }

    static Customer makeCustomer(TestWorkspace &w, const Session &as)
    {
        CustomerDraft d;
        d.name = QStringLiteral("华联科技有限公司");
        auto c = CustomerService(*w.db, w.clock).create(as, d);
        return c ? *c : Customer{};
    }

private slots:
    void logACallWithAFollowUp()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        const Customer cu = makeCustomer(w, w.sales1);
        ContactDraft cd;
        cd.customerId = cu.id;
        cd.name = QStringLiteral("陈静");
        auto contact = ContactService(*w.db, w.clock).create(w.sales1, cd);
        QVERIFY(contact);

        TimelineService timeline(*w.db, w.clock);
        InteractionDraft call;
        call.customerId = cu.id;
        call.contactId = contact->id;
        call.kind = InteractionKind::Call;
        call.subject = QStringLiteral("报价跟进");
        call.outcome = QStringLiteral("客户要求下周给出正式报价");
        call.followUpOn = dayFromNow(w, 7);
        auto logged = timeline.log(w.sales1, call);
        QVERIFY2(logged, logged ? "" : qPrintable(logged.error().message));
        QCOMPARE(logged->contactName, QStringLiteral("陈静"));
        QCOMPARE(logged->authorName, QStringLiteral("张三"));
        QVERIFY(!logged->followUpDone);

        auto again = CustomerService(*w.db, w.clock).get(w.sales1, cu.id);
        QCOMPARE(again->lastContactAt, w.clock.nowMs());
        QCOMPARE(again->rowVersion, cu.rowVersion); // a touch point does not make the card conflict

        // A visit two days later answers the call's follow-up.
        w.clock.advance(2 * 86'400'000);
        InteractionDraft visit;
        visit.customerId = cu.id;
        visit.kind = InteractionKind::Visit;
        visit.subject = QStringLiteral("上门演示");
        QVERIFY(timeline.log(w.sales1, visit));

        auto entries = timeline.customerTimeline(w.sales1, cu.id);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(0).kind, QStringLiteral("visit")); // newest first
        QCOMPARE(entries->at(1).kind, QStringLiteral("call"));
        QCOMPARE(entries->at(1).followUpOn, call.followUpOn);
        QVERIFY(entries->at(1).followUpDone);
    }

    void ordersAppearAmongTheEntries()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        const Customer cu = makeCustomer(w, w.sales1);
        QSqlQuery q(w.db->sql());
        q.prepare(QStringLiteral("INSERT INTO orders (id, order_no, customer_id, owner_id, ordered_on, total_minor, "
                                 "created_at, updated_at) VALUES ('o1', 'SO-1', ?, ?, ?, 1234500, 0, 0)"));
        q.addBindValue(cu.id);
        q.addBindValue(w.sales1.userId);
        q.addBindValue(dayFromNow(w, -30));
        QVERIFY(q.exec());
        TimelineService timeline(*w.db, w.clock);
        InteractionDraft note;
        note.customerId = cu.id;
        note.kind = InteractionKind::Note;
        note.outcome = QStringLiteral("年底有扩容计划");
        QVERIFY(timeline.log(w.sales1, note));
        auto entries = timeline.customerTimeline(w.sales1, cu.id);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(1).kind, QStringLiteral("order"));
        QCOMPARE(entries->at(1).title, QStringLiteral("SO-1"));
        QCOMPARE(entries->at(1).amountMinor, 1234500);
    }

    void badInputIsRefused()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        const Customer cu = makeCustomer(w, w.sales1);
        TimelineService timeline(*w.db, w.clock);
        InteractionDraft d;
        d.customerId = cu.id;
        d.subject = QStringLiteral("电话");

        InteractionDraft past = d;
        past.followUpOn = dayFromNow(w, -1);
        auto r1 = timeline.log(w.sales1, past);
        QVERIFY(!r1);
        QVERIFY(r1.error().message.contains(past.followUpOn));

        InteractionDraft future = d;
        future.occurredAt = w.clock.nowMs() + 3'600'000;
        QVERIFY(!timeline.log(w.sales1, future));

        InteractionDraft empty = d;
        empty.subject.clear();
        QVERIFY(!timeline.log(w.sales1, empty));

        InteractionDraft notADate = d;
        notADate.followUpOn = QStringLiteral("next week");
        QVERIFY(!timeline.log(w.sales1, notADate));

        InteractionDraft system = d;
        system.kind = InteractionKind::System;
        QVERIFY(!timeline.log(w.sales1, system));

        auto colleague = timeline.log(w.sales2, d);
        QVERIFY(!colleague);
        QCOMPARE(colleague.error().code, ErrorCode::PermissionDenied);

        auto entries = timeline.customerTimeline(w.sales1, cu.id);
        QVERIFY(entries && entries->isEmpty()); // nothing half-written
        QVERIFY(timeline.log(w.sales1, d));     // today's follow-up date is fine
    }

    void commitmentsAreKept()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        const Customer cu = makeCustomer(w, w.sales1);
        TimelineService timeline(*w.db, w.clock);
        auto late = timeline.addCommitment(w.sales1, {cu.id, {}, QStringLiteral("寄送样品"), dayFromNow(w, 10)});
        auto soon = timeline.addCommitment(w.sales1, {cu.id, {}, QStringLiteral("保持报价到月底"), dayFromNow(w, 3)});
        QVERIFY(late && soon);
        QVERIFY(!timeline.addCommitment(w.sales1, {cu.id, {}, QStringLiteral("过期"), dayFromNow(w, -1)}));
        QVERIFY(!timeline.addCommitment(w.sales1, {cu.id, {}, QStringLiteral("   "), dayFromNow(w, 1)}));
        auto kept = timeline.setCommitmentState(w.sales1, soon->id, CommitmentState::Kept, soon->rowVersion);
        QVERIFY(kept);
        QCOMPARE(kept->state, CommitmentState::Kept);
        QVERIFY(kept->closedAt > 0);
        auto list = timeline.commitments(w.sales1, cu.id);
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).id, late->id); // open ones first
        QCOMPARE(list->at(1).state, CommitmentState::Kept);
    }
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "test_timeline.moc"
