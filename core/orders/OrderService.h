// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/orders/Order.h"
#include "core/storage/KeysetList.h"
#include "core/users/User.h"
#include "core/util/Result.h"
#include "core/util/StateTransitions.h"

#include <QCoreApplication>

#include <memory>

namespace guanxi {

class Clock;
class Database;

// Orders (合同订单) and what follows them:
//  - an order is made from a quote without re-entering anything: its lines, prices and totals are
//    the quote's; the quote becomes accepted and its opportunity won; a quote waiting for approval
//    is refused;
//  - receivables (应收) are planned at once (by default all of it in 30 days), the parts adding up
//    to the total to the cent;
//  - delivery notes (出货单) take any part of what is still to deliver, never more;
//  - payments are recorded against a receivable, never more than it still owes;
//  - the order's state follows: open → partly delivered → delivered → paid (delivered and fully
//    paid); closing is a manager's or the owner's decision once it is paid.
// Every step is one transaction at the order's version: nothing is left half-made.

// What the actor may do with an order now: what the order dialog enables.
struct OrderActions {
    bool deliver = false; // write a delivery note (something is still to deliver)
    bool pay = false;     // record a payment (something is still owed)
    bool close = false;   // close it (delivered and paid)
};

class OrderService {
    Q_DECLARE_TR_FUNCTIONS(OrderService)
public:
    OrderService(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    Result<Order> get(const Session &actor, const QString &id);
    Result<QList<Order>> list(const Session &actor, const QString &customerId = {}, int limit = 1000);
    // Every order the actor may see (of one customer, when given), newest first, for a windowed
    // list (models/sales/OrderListModel).
    std::unique_ptr<PagedQuery<Order>> pagedList(const Session &actor, const QString &customerId = {});

    Result<Order> createFromQuote(const Session &actor, const QString &quoteId, qint64 quoteVersion,
                                  const QList<ReceivablePart> &plan = {});
    // A delivery note for the given quantities; `deliveredOn` empty: today.
    Result<Order> deliver(const Session &actor, const QString &orderId, qint64 expectedVersion,
                          const QList<DeliveryLine> &lines, const QString &deliveredOn = {},
                          const QString &address = {}, const QString &notes = {});
    Result<Order> recordPayment(const Session &actor, const QString &orderId, qint64 expectedVersion,
                                const QString &receivableId, qint64 amountMinor, const QString &paidOn = {},
                                const QString &method = {}, const QString &reference = {});
    Result<Order> close(const Session &actor, const QString &orderId, qint64 expectedVersion);

    // The state the deliveries and payments put the order in (closed and cancelled stay).
    static OrderStatus stateOf(const Order &o);
    static OrderActions allowedActions(const Session &actor, const Order &o);
    // Open → partly delivered → delivered → paid → closed, as deliveries and payments come in
    // (a payment before delivery leaves the order where it was).
    static const StateTransitions<OrderStatus> &transitions();

private:
    Result<Order> editable(const Session &actor, const QString &id, qint64 expectedVersion);
    // Writes the order's state as its deliveries and payments now say, at `expectedVersion`.
    Status restate(const Session &actor, const QString &orderId, qint64 expectedVersion);
    QString today() const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace guanxi
