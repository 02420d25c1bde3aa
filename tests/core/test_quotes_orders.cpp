// SPDX-License-Identifier: GPL-3.0-or-later
// From quote to cash: quotes priced from the showroom and price lists, the floor-price approval,
// revisions, the order made from a won quote, partial deliveries, receivables and payments, and
// the order's state following them. Every amount is checked to the cent.
#include "core/customers/CustomerService.h"
#include "core/opportunities/OpportunityService.h"
#include "core/orders/OrderService.h"
#include "core/pricing/PriceListService.h"
#include "core/products/ProductService.h"
#include "core/quotes/QuoteService.h"
#include "core/reminders/ReminderService.h"
#include "core/workbench/WorkbenchService.h"

#include "TestWorkspace.h"

#include <QRegularExpression>
#include <QTest>

using namespace guanxi;
using guanxi::test::TestWorkspace;

namespace {

struct Shop {
    QString customer;
    QString laptop;  // list 8,999.00, floor 7,999.00, 13 %
    QString service; // list 1,200.00, no floor, 6 %
};

Shop openShop(TestWorkspace &w)
{
    Shop s;
    CustomerDraft c;
    c.name = QStringLiteral("华东机电有限公司");
    c.ownerId = w.sales1.userId;
    s.customer = CustomerService(*w.db, w.clock).create(w.sales1, c)->id;
    ProductService products(*w.db, w.clock);
    ProductDraft p;
    p.code = QStringLiteral("NB-X1");
    p.name = QStringLiteral("商务笔记本 X1");
    p.unit = QStringLiteral("台");
    p.listPriceMinor = 899'900;
    p.floorPriceMinor = 799'900;
    p.costMinor = 620'000;
    s.laptop = products.create(w.manager, p)->id;
    p.code = QStringLiteral("SV-1");
    p.name = QStringLiteral("上门安装");
    p.unit = QStringLiteral("次");
    p.listPriceMinor = 120'000;
    p.floorPriceMinor = 0;
    p.taxRateBasisPoints = 600;
    s.service = products.create(w.manager, p)->id;
    return s;
}

QuoteDraft quoteFor(const Shop &s, int laptops, int discountBp)
{
    QuoteDraft d;
    d.customerId = s.customer;
    d.lines = {{s.laptop, laptops * 1000LL, -1, discountBp, -1, {}}, {s.service, 1000, -1, 0, -1, {}}};
    return d;
}

} // namespace

class TestQuotesOrders : public QObject {
    Q_OBJECT
private slots:
    void aQuoteIsPricedFromTheShowroom()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        const Shop s = openShop(w);
        QuoteService quotes(*w.db, w.clock);
        auto q = quotes.create(w.sales1, quoteFor(s, 10, 500)); // 5 % off
        QVERIFY2(q, q ? "" : qPrintable(q.error().message));
        QVERIFY(QRegularExpression(QStringLiteral("^QT20251122-001$")).match(q->number).hasMatch());
        QCOMPARE(q->version, 1);
        QCOMPARE(q->status, QuoteStatus::Draft);
        QCOMPARE(q->approval, QuoteApproval::None); // 8,549.05 a unit is above the floor
        QCOMPARE(q->validUntil, QStringLiteral("2025-12-22"));
        QCOMPARE(q->lines.size(), 2);
        // Laptops: gross 89,990.00, discount 4,499.50, total (with tax) 85,490.50, tax 85,490.50 − 85,490.50/1.13.
        const QuoteLine &l = q->lines[0];
        QCOMPARE(l.description, QStringLiteral("商务笔记本 X1"));
        QCOMPARE(l.unitPriceMinor, 899'900);
        QCOMPARE(l.amounts.gross, 8'999'000);
        QCOMPARE(l.amounts.discount, 449'950);
        QCOMPARE(l.amounts.total, 8'549'050);
        QCOMPARE(l.amounts.tax, 8'549'050 - DocumentMath::roundedDivision(8'549'050LL * 10000, 11300));
        QCOMPARE(q->totals.total, 8'549'050 + 120'000);
        QCOMPARE(q->totals.net + q->totals.tax, q->totals.total);
        QCOMPARE(quotes.create(w.sales1, quoteFor(s, 1, 0))->number, QStringLiteral("QT20251122-002"));

        // Without tax, the starting price is the showroom's price without it.
        QuoteDraft net = quoteFor(s, 1, 0);
        net.pricesIncludeTax = false;
        auto q2 = quotes.create(w.sales1, net);
        QVERIFY(q2);
        QCOMPARE(q2->lines[0].unitPriceMinor, DocumentMath::roundedDivision(899'900LL * 10000, 11300)); // 7,963.72
        QCOMPARE(q2->lines[0].amounts.total, q2->lines[0].amounts.net + q2->lines[0].amounts.tax);
    }

    void priceListsComeBeforeTheListPrice()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        const Shop s = openShop(w);
        PriceListService lists(*w.db, w.clock);
        PriceList vip;
        vip.name = QStringLiteral("普通会员价");
        vip.kind = PriceList::Kind::Tier;
        vip.customerTier = 0; // the test customer's tier
        auto tier = lists.create(w.manager, vip);
        QVERIFY(tier);
        QCOMPARE(lists.create(w.sales1, vip).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(lists.create(w.manager, vip).error().code, ErrorCode::Duplicate); // one list per tier
        QVERIFY(lists.setPrice(w.manager, tier->id, s.laptop, 849'900));
        PriceList channel;
        channel.name = QStringLiteral("渠道价");
        auto dealer = lists.create(w.manager, channel);
        QVERIFY(lists.setPrice(w.manager, dealer->id, s.laptop, 820'000));

        QuoteService quotes(*w.db, w.clock);
        auto byTier = quotes.create(w.sales1, quoteFor(s, 1, 0));
        QCOMPARE(byTier->lines[0].unitPriceMinor, 849'900);
        QCOMPARE(byTier->lines[1].unitPriceMinor, 120'000); // not on the list: list price
        QuoteDraft d = quoteFor(s, 1, 0);
        d.priceListId = dealer->id;
        QCOMPARE(quotes.create(w.sales1, d)->lines[0].unitPriceMinor, 820'000);
        // A price typed on the line wins.
        d.lines[0].unitPriceMinor = 880'000;
        QCOMPARE(quotes.create(w.sales1, d)->lines[0].unitPriceMinor, 880'000);
    }

    void belowTheFloorNeedsAManager()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        const Shop s = openShop(w);
        QuoteService quotes(*w.db, w.clock);
        auto q = quotes.create(w.sales1, quoteFor(s, 10, 1500)); // 15 % off: 7,649.15 < 7,999.00
        QVERIFY(q);
        QCOMPARE(q->approval, QuoteApproval::Needed);
        QVERIFY(q->lines[0].belowFloor());
        QVERIFY(!q->lines[1].belowFloor());
        // Neither sent nor ordered; a salesperson cannot approve it.
        auto sent = quotes.markSent(w.sales1, q->id, q->rowVersion);
        QVERIFY(!sent);
        QVERIFY(sent.error().message.contains(QStringLiteral("approve"))
                || sent.error().message.contains(QStringLiteral("审批")));
        QVERIFY(!OrderService(*w.db, w.clock).createFromQuote(w.sales1, q->id, q->rowVersion));
        QCOMPARE(quotes.approve(w.sales1, q->id, q->rowVersion).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(quotes.approve(w.otherDeptSales, q->id, q->rowVersion).error().code, ErrorCode::PermissionDenied);

        w.clock.advance(60'000);
        auto approved = quotes.approve(w.manager, q->id, q->rowVersion);
        QVERIFY2(approved, approved ? "" : qPrintable(approved.error().message));
        QCOMPARE(approved->approval, QuoteApproval::Approved);
        QCOMPARE(approved->approvedByName, QStringLiteral("王经理"));
        QCOMPARE(approved->approvedAt, w.clock.nowMs());

        // Saving the same lines keeps the approval; another price asks for it again.
        auto same = quotes.update(w.sales1, q->id, approved->draft(), approved->rowVersion);
        QVERIFY(same);
        QCOMPARE(same->approval, QuoteApproval::Approved);
        QuoteDraft cheaper = same->draft();
        cheaper.lines[0].discountBasisPoints = 2000;
        auto again = quotes.update(w.sales1, q->id, cheaper, same->rowVersion);
        QCOMPARE(again->approval, QuoteApproval::Needed);
        QVERIFY(again->approvedById.isEmpty());
        auto reApproved = quotes.approve(w.manager, q->id, again->rowVersion);
        QVERIFY(quotes.markSent(w.sales1, q->id, reApproved->rowVersion));
        // Sent, it is no longer edited.
        auto late = quotes.update(w.sales1, q->id, cheaper, reApproved->rowVersion + 1);
        QVERIFY(!late);
        QCOMPARE(late.error().code, ErrorCode::WrongState);
    }

    void approvalsReachTheApproverAndTheAnswerComesBack()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        const Shop s = openShop(w);
        QuoteService quotes(*w.db, w.clock);
        WorkbenchService panels(*w.db, w.clock);
        ReminderService reminders(*w.db, w.clock);
        const auto approvalReminders = [&](const Session &who) {
            int n = 0;
            const Result<QList<Reminder>> due = reminders.due(who);
            for (const Reminder &r : *due)
                n += r.rule == ReminderRule::Approval;
            return n;
        };
        auto q = quotes.create(w.sales1, quoteFor(s, 10, 1500));
        QVERIFY(q);
        QCOMPARE(panels.approvals(w.manager)->total, 0); // nobody asked yet

        // The salesperson asks, once; the manager of the department and the administrator see it,
        // with the request as a reminder; another department's people do not.
        w.clock.advance(60'000);
        auto asked = quotes.requestApproval(w.sales1, q->id, q->rowVersion, QStringLiteral("客户承诺追加订单"));
        QVERIFY2(asked, asked ? "" : qPrintable(asked.error().message));
        QVERIFY(asked->waitsForApprover() || asked->openRound());
        QCOMPARE(quotes.requestApproval(w.sales1, q->id, asked->rowVersion).error().code, ErrorCode::WrongState);
        Result<WorkList> waiting = panels.approvals(w.manager);
        QCOMPARE(waiting->total, 1);
        QCOMPARE(waiting->items.first().kind, WorkItemKind::Approval);
        QCOMPARE(waiting->items.first().id, q->id);
        QVERIFY(waiting->items.first().title.contains(q->displayNumber()));
        QVERIFY(waiting->items.first().detail.contains(QStringLiteral("客户承诺追加订单")));
        QCOMPARE(panels.approvals(w.admin)->total, 1);
        QCOMPARE(panels.approvals(w.otherDeptSales)->total, 0);
        QCOMPARE(approvalReminders(w.manager), 1);
        QCOMPARE(approvalReminders(w.sales1), 0);       // their own request is no news to them
        QCOMPARE(panels.approvals(w.sales1)->total, 1); // but they see it waiting
        QCOMPARE(quotes.list(w.sales1)->first().waitsForApprover(), true);

        // Refused: a reason is required; the salesperson hears who refused and why, and the quote
        // still cannot become an order, saying so.
        QCOMPARE(quotes.refuse(w.sales1, q->id, asked->rowVersion, QStringLiteral("不行")).error().code,
                 ErrorCode::PermissionDenied);
        auto noReason = quotes.refuse(w.manager, q->id, asked->rowVersion, QStringLiteral("  "));
        QCOMPARE(noReason.error().code, ErrorCode::Invalid);
        QCOMPARE(noReason.error().field, QStringLiteral("reason"));
        w.clock.advance(60'000);
        auto refused = quotes.refuse(w.manager, q->id, asked->rowVersion, QStringLiteral("折扣超出权限"));
        QVERIFY2(refused, refused ? "" : qPrintable(refused.error().message));
        QCOMPARE(refused->approval, QuoteApproval::Needed);
        QCOMPARE(refused->approvalRounds.size(), 1);
        QCOMPARE(refused->approvalRounds.first().decision, ApprovalDecision::Refused);
        QCOMPARE(refused->approvalRounds.first().decidedByName, QStringLiteral("王经理"));
        QCOMPARE(refused->approvalRounds.first().requestedByName, w.sales1.displayName);
        const Status order = QuoteService::mayBecomeOrder(*refused);
        QVERIFY(!order);
        QVERIFY2(order.error().message.contains(QStringLiteral("折扣超出权限")), qPrintable(order.error().message));
        QCOMPARE(panels.approvals(w.manager)->total, 0);
        Result<WorkList> answered = panels.approvals(w.sales1);
        QCOMPARE(answered->total, 1);
        QVERIFY(answered->items.first().detail.contains(QStringLiteral("折扣超出权限")));
        QVERIFY(answered->items.first().detail.contains(QStringLiteral("王经理")));
        QCOMPARE(approvalReminders(w.sales1), 1);

        // Asked again and approved: two rounds kept, the order may be made.
        auto again = quotes.requestApproval(w.sales1, q->id, refused->rowVersion);
        QVERIFY(again);
        auto approved = quotes.approve(w.manager, q->id, again->rowVersion);
        QVERIFY(approved);
        QCOMPARE(approved->approval, QuoteApproval::Approved);
        QCOMPARE(approved->approvalRounds.size(), 2);
        QCOMPARE(approved->approvalRounds.last().decision, ApprovalDecision::Approved);
        QVERIFY(QuoteService::mayBecomeOrder(*approved));
        QCOMPARE(approvalReminders(w.manager), 0);

        // A request for prices that no longer need approval is withdrawn by the change.
        auto other = quotes.create(w.sales1, quoteFor(s, 2, 1500));
        auto otherAsked = quotes.requestApproval(w.sales1, other->id, other->rowVersion);
        QCOMPARE(panels.approvals(w.manager)->total, 1);
        auto fullPrice = quotes.update(w.sales1, other->id, quoteFor(s, 2, 0), otherAsked->rowVersion);
        QVERIFY(fullPrice);
        QCOMPARE(fullPrice->approval, QuoteApproval::None);
        QCOMPARE(fullPrice->approvalRounds.last().decision, ApprovalDecision::Withdrawn);
        QCOMPARE(panels.approvals(w.manager)->total, 0);
        // Nothing to ask for without a price below the floor.
        QCOMPARE(quotes.requestApproval(w.sales1, other->id, fullPrice->rowVersion).error().code,
                 ErrorCode::WrongState);
    }

    void badInputChangesNothing()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        const Shop s = openShop(w);
        ProductDraft dollars;
        dollars.code = QStringLiteral("US-1");
        dollars.name = QStringLiteral("Imported part");
        dollars.currency = QStringLiteral("USD");
        dollars.listPriceMinor = 10'000;
        const QString usd = ProductService(*w.db, w.clock).create(w.manager, dollars)->id;
        QuoteService quotes(*w.db, w.clock);
        QuoteDraft mixed = quoteFor(s, 1, 0);
        mixed.lines.append({usd, 1000, -1, 0, -1, {}});
        auto refused = quotes.create(w.sales1, mixed);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("currency"));
        QVERIFY(refused.error().message.contains(QStringLiteral("USD")));
        QuoteDraft negative = quoteFor(s, 1, 0);
        negative.lines[0].quantityMilli = -1000;
        QCOMPARE(quotes.create(w.sales1, negative).error().field, QStringLiteral("lines"));
        QuoteDraft tooMuch = quoteFor(s, 1, 10'001);
        QCOMPARE(quotes.create(w.sales1, tooMuch).error().field, QStringLiteral("lines"));
        QuoteDraft empty = quoteFor(s, 1, 0);
        empty.lines.clear();
        QCOMPARE(quotes.create(w.sales1, empty).error().field, QStringLiteral("lines"));
        QCOMPARE(quotes.create(w.sales2, quoteFor(s, 1, 0)).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(quotes.list(w.admin)->size(), 0);
    }

    void aRevisionKeepsTheEarlierVersion()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        const Shop s = openShop(w);
        QuoteService quotes(*w.db, w.clock);
        auto q = quotes.create(w.sales1, quoteFor(s, 2, 0));
        auto sent = quotes.markSent(w.sales1, q->id, q->rowVersion);
        QVERIFY(sent);
        auto v2 = quotes.revise(w.sales1, q->id, sent->rowVersion);
        QVERIFY2(v2, v2 ? "" : qPrintable(v2.error().message));
        QCOMPARE(v2->number, q->number);
        QCOMPARE(v2->version, 2);
        QCOMPARE(v2->displayNumber(), q->number + QStringLiteral(" v2"));
        QCOMPARE(v2->status, QuoteStatus::Draft);
        QCOMPARE(v2->totals.total, q->totals.total);
        QCOMPARE(quotes.get(w.sales1, q->id)->status, QuoteStatus::Superseded);
        QCOMPARE(quotes.list(w.sales1)->size(), 1); // the current version
        QuoteFilter all;
        all.currentOnly = false;
        QCOMPARE(quotes.list(w.sales1, all)->size(), 2);
    }

    void fromQuoteToCash()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        const Shop s = openShop(w);
        OpportunityDraft deal;
        deal.customerId = s.customer;
        deal.name = QStringLiteral("笔记本更新");
        deal.amountMinor = 5'000'000;
        auto opportunity = OpportunityService(*w.db, w.clock).create(w.sales1, deal);
        QVERIFY(opportunity);
        QuoteService quotes(*w.db, w.clock);
        QuoteDraft d = quoteFor(s, 10, 1500);
        d.opportunityId = opportunity->id;
        d.terms = QStringLiteral("货到三十天内付款");
        auto q = quotes.create(w.sales1, d);
        q = quotes.approve(w.manager, q->id, q->rowVersion);
        QVERIFY(q);

        OrderService orders(*w.db, w.clock);
        // 30 % now, 70 % in 60 days: the parts add up to the total to the cent.
        const QList<ReceivablePart> plan = {{QStringLiteral("预付款"), 3000, 0}, {QStringLiteral("尾款"), 7000, 60}};
        auto o = orders.createFromQuote(w.sales1, q->id, q->rowVersion, plan);
        QVERIFY2(o, o ? "" : qPrintable(o.error().message));
        QCOMPARE(o->number, QStringLiteral("SO20251122-00001"));
        QCOMPARE(o->status, OrderStatus::Open);
        QCOMPARE(o->totals.total, q->totals.total);
        QCOMPARE(o->lines.size(), 2);
        QCOMPARE(o->lines[0].amounts, q->lines[0].amounts);
        QCOMPARE(o->terms, QStringLiteral("货到三十天内付款"));
        QCOMPARE(o->receivables.size(), 2);
        QCOMPARE(o->receivables[0].amountMinor + o->receivables[1].amountMinor, o->totals.total);
        QCOMPARE(o->receivables[0].amountMinor, DocumentMath::roundedDivision(o->totals.total * 3000, 10000));
        QCOMPARE(o->receivables[1].dueOn, QStringLiteral("2026-01-21"));
        auto accepted = quotes.get(w.sales1, q->id);
        QCOMPARE(accepted->status, QuoteStatus::Accepted);
        QCOMPARE(accepted->orderId, o->id);
        auto won = OpportunityService(*w.db, w.clock).get(w.sales1, opportunity->id);
        QCOMPARE(won->stage, QStringLiteral("won"));
        QCOMPARE(won->amountMinor, o->totals.total);
        // Once is enough.
        QVERIFY(!orders.createFromQuote(w.sales1, q->id, accepted->rowVersion));
        // What the order dialog offers follows the order: a new one may be delivered and paid, not
        // closed; a colleague of another department may do nothing with it.
        OrderActions can = OrderService::allowedActions(w.sales1, *o);
        QVERIFY(can.deliver && can.pay && !can.close);
        can = OrderService::allowedActions(w.otherDeptSales, *o);
        QVERIFY(!can.deliver && !can.pay && !can.close);

        // Part of the laptops: partly delivered; more than is left is refused.
        auto partly = orders.deliver(w.sales1, o->id, o->rowVersion, {{o->lines[0].id, 4000}});
        QVERIFY2(partly, partly ? "" : qPrintable(partly.error().message));
        QCOMPARE(partly->status, OrderStatus::PartlyDelivered);
        QCOMPARE(partly->deliveries.size(), 1);
        QCOMPARE(partly->deliveries[0].number, QStringLiteral("DN20251122-001"));
        QCOMPARE(partly->lines[0].deliveredMilli, 4000);
        auto tooMany = orders.deliver(w.sales1, o->id, partly->rowVersion, {{o->lines[0].id, 7000}});
        QVERIFY(!tooMany);
        QVERIFY(tooMany.error().message.contains(QStringLiteral("6")));
        QCOMPARE(orders.deliver(w.sales1, o->id, o->rowVersion, {{o->lines[0].id, 1000}}).error().code,
                 ErrorCode::Conflict); // a stale version
        auto rest =
            orders.deliver(w.sales1, o->id, partly->rowVersion, {{o->lines[0].id, 6000}, {o->lines[1].id, 1000}});
        QVERIFY(rest);
        QCOMPARE(rest->status, OrderStatus::Delivered);
        QCOMPARE(rest->deliveries.size(), 2);
        can = OrderService::allowedActions(w.sales1, *rest);
        QVERIFY(!can.deliver && can.pay && !can.close);

        // Payments: never more than owed; all of it paid, the order is paid, then closed.
        const Receivable first = rest->receivables[0];
        auto over = orders.recordPayment(w.sales1, o->id, rest->rowVersion, first.id, first.amountMinor + 1);
        QVERIFY(!over);
        QCOMPARE(over.error().field, QStringLiteral("amount"));
        QVERIFY(!orders.close(w.sales1, o->id, rest->rowVersion));
        auto paid1 =
            orders.recordPayment(w.sales1, o->id, rest->rowVersion, first.id, first.amountMinor,
                                 QStringLiteral("2025-11-23"), QStringLiteral("银行转账"), QStringLiteral("B-778"));
        QVERIFY(paid1);
        QCOMPARE(paid1->status, OrderStatus::Delivered);
        QCOMPARE(paid1->outstandingMinor(), paid1->receivables[1].amountMinor);
        auto paid2 = orders.recordPayment(w.sales1, o->id, paid1->rowVersion, paid1->receivables[1].id,
                                          paid1->receivables[1].amountMinor);
        QVERIFY(paid2);
        QCOMPARE(paid2->status, OrderStatus::Paid);
        QCOMPARE(paid2->payments.size(), 2);
        QCOMPARE(paid2->outstandingMinor(), 0);
        can = OrderService::allowedActions(w.sales1, *paid2);
        QVERIFY(!can.deliver && !can.pay && can.close);
        auto closed = orders.close(w.sales1, o->id, paid2->rowVersion);
        QVERIFY(closed);
        QCOMPARE(closed->status, OrderStatus::Closed);
        can = OrderService::allowedActions(w.manager, *closed);
        QVERIFY(!can.deliver && !can.pay && !can.close);
        QVERIFY(!OrderService::transitions().allows(OrderStatus::Closed, OrderStatus::Open));
        QVERIFY(!orders.deliver(w.sales1, o->id, closed->rowVersion, {{o->lines[0].id, 1}}));

        // Someone else's order is not theirs to see.
        QCOMPARE(orders.get(w.otherDeptSales, o->id).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(orders.list(w.sales1)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestQuotesOrders)
#include "test_quotes_orders.moc"
