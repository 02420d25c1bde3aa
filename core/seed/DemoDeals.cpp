// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/seed/DemoDeals.h"

#include "core/orders/OrderService.h"
#include "core/printing/CompanyProfile.h"
#include "core/quotes/QuoteService.h"
#include "core/seed/DemoDice.h"
#include "core/storage/Database.h"
#include "core/storage/ResultRow.h"
#include "core/storage/SqlError.h"
#include "core/users/UserService.h"
#include "core/util/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

namespace guanxi {

using namespace Qt::Literals::StringLiterals;

Result<DemoDealCounts> seedDeals(Database &db, const QDate &asOf, quint32 seed, int quoteCount)
{
    DemoDealCounts counts;
    // Early on the day (09:00 in China), so that a database seeded that morning has nothing in the future.
    FixedClock clock(QDateTime(asOf, QTime(1, 0), Qt::UTC).toMSecsSinceEpoch());
    demo::Dice dice(seed ^ 0x5eedu);
    Result<QList<User>> users = UserService(db, clock).users();
    if (!users)
        return users.error();
    QHash<QString, Session> sessions;
    Session admin;
    QHash<QString, Session> managerOf; // department → its manager
    for (const User &u : *users) {
        sessions.insert(u.id, Session::fromUser(u));
        if (u.role == Role::Admin && admin.userId.isEmpty())
            admin = Session::fromUser(u);
        if (u.role == Role::Manager)
            managerOf.insert(u.departmentId, Session::fromUser(u));
    }
    CompanyProfile letterhead;
    letterhead.name = QStringLiteral("华信科技（上海）有限公司");
    letterhead.address = QStringLiteral("上海市浦东新区张江路 188 号 6 楼");
    letterhead.phone = QStringLiteral("021-5080 8899");
    letterhead.taxId = QStringLiteral("91310115MA1K4XXX8Q");
    letterhead.bank = QStringLiteral("招商银行上海张江支行 1219 0888 8810 666");
    if (Status s = CompanyProfile::save(db, admin, letterhead); !s)
        return s.error();

    QStringList products;
    {
        QSqlQuery q(db.sql());
        if (!q.exec(
                QStringLiteral("SELECT id FROM products WHERE deleted_at IS NULL AND active = 1 AND currency = 'CNY' "
                               "ORDER BY code")))
            return toError(q);
        while (q.next())
            products.append(q.value(0).toString());
    }
    struct Deal {
        QString opportunityId, customerId, ownerId;
    };
    QList<Deal> deals;
    {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT o.id, o.customer_id, o.owner_id FROM opportunities o "
                                 "JOIN customers c ON c.id = o.customer_id AND c.owner_id = o.owner_id "
                                 "WHERE o.deleted_at IS NULL AND (o.stage = 'proposal' OR o.stage = 'negotiation') "
                                 "ORDER BY o.id LIMIT ?"));
        q.addBindValue(quoteCount);
        if (!q.exec())
            return toError(q);
        for (const ResultRow r(q); q.next();)
            deals.append({r.text("id"_L1), r.text("customer_id"_L1), r.text("owner_id"_L1)});
    }
    if (products.isEmpty())
        return counts;

    QuoteService quotes(db, clock);
    OrderService orders(db, clock);
    const QStringList terms = {QStringLiteral("合同签订后预付 30%，货到验收后 30 天内付清余款。"),
                               QStringLiteral("货到付款，含运费及上门安装。"),
                               QStringLiteral("报价含 13% 增值税专用发票，质保三年。")};
    int unanswered = 0;
    for (const Deal &deal : std::as_const(deals)) {
        const Session seller = sessions.value(deal.ownerId);
        if (seller.userId.isEmpty())
            continue;
        QuoteDraft d;
        d.customerId = deal.customerId;
        d.opportunityId = deal.opportunityId;
        d.terms = terms.at(dice.below(int(terms.size())));
        const int lines = 1 + dice.below(4);
        const bool belowFloor = dice.chance(30);
        for (int i = 0; i < lines; ++i) {
            QuoteLineDraft l;
            l.productId = products.at(dice.below(int(products.size())));
            l.quantityMilli = 1000LL * (1 + dice.below(20));
            l.discountBasisPoints = i == 0 && belowFloor ? 2500 : 100 * dice.below(6);
            d.lines.append(l);
        }
        clock.advance(60'000);
        Result<Quote> q = quotes.create(seller, d);
        if (!q)
            continue; // a product not offered to this customer's tier and the like: skip the deal
        ++counts.quotes;
        if (q->approval == QuoteApproval::Needed) {
            // The salesperson asks; the manager approves most, refuses some with a reason, and
            // leaves the rest waiting in their workbench (printed with the 草稿 watermark).
            q = quotes.requestApproval(seller, q->id, q->rowVersion,
                                       QStringLiteral("客户预算有限，对方承诺年内追加订单，请批准此折扣。"));
            if (!q)
                return q.error();
            const Session manager = managerOf.value(seller.departmentId, admin);
            if (!dice.chance(70)) {
                if (++unanswered == 2) { // one refusal, with its reason, for the salesperson to see
                    q = quotes.refuse(manager, q->id, q->rowVersion,
                                      QStringLiteral("折扣超出权限，请先与客户确认预付款比例后再报。"));
                    if (!q)
                        return q.error();
                }
                continue;
            }
            q = quotes.approve(manager, q->id, q->rowVersion);
            if (!q)
                return q.error();
        }
        if (dice.chance(60)) {
            q = quotes.markSent(seller, q->id, q->rowVersion);
            if (!q)
                return q.error();
        }
        if (!dice.chance(50))
            continue;
        const QList<ReceivablePart> plan = dice.chance(50)
            ? QList<ReceivablePart>{{QStringLiteral("预付款"), 3000, 0}, {QStringLiteral("尾款"), 7000, 45}}
            : QList<ReceivablePart>{{QStringLiteral("货款"), 10000, 30}};
        Result<Order> o = orders.createFromQuote(seller, q->id, q->rowVersion, plan);
        if (!o)
            return o.error();
        ++counts.orders;
        if (dice.chance(60)) {
            QList<DeliveryLine> part;
            for (const OrderLine &l : o->lines)
                part.append(
                    {l.id, dice.chance(50) ? l.quantityMilli : std::max<qint64>(1000, l.quantityMilli / 2000 * 1000)});
            o = orders.deliver(seller, o->id, o->rowVersion, part);
            if (!o)
                return o.error();
        }
        if (!o->receivables.isEmpty() && dice.chance(50)) {
            const Receivable r = o->receivables.first();
            o = orders.recordPayment(seller, o->id, o->rowVersion, r.id, r.amountMinor, {}, QStringLiteral("银行转账"));
            if (!o)
                return o.error();
        }
    }
    return counts;
}

} // namespace guanxi
