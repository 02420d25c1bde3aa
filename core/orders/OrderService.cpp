// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orders/OrderService.h"

#include "core/documents/DocumentNumbers.h"
#include "core/money/Money.h"
#include "core/money/Quantities.h"
#include "core/opportunities/OpportunityService.h"
#include "core/orders/OrderRepository.h"
#include "core/quotes/QuoteService.h"
#include "core/storage/WriteTransaction.h"
#include "core/users/AccessPolicy.h"
#include "core/util/Clock.h"
#include "core/util/Uuid7.h"

#include <QDate>
#include <QDateTime>
#include <QHash>

namespace guanxi {

namespace {

Error conflict()
{
    return {ErrorCode::Conflict,
            OrderService::tr("Someone else changed this order in the meantime. Reload it and try again."),
            {}};
}

} // namespace

QString OrderService::today() const
{
    return QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).toLocalTime().date().toString(Qt::ISODate);
}

OrderStatus OrderService::stateOf(const Order &o)
{
    if (o.status == OrderStatus::Closed || o.status == OrderStatus::Cancelled)
        return o.status;
    bool any = false, all = !o.lines.isEmpty();
    for (const OrderLine &l : o.lines) {
        any = any || l.deliveredMilli > 0;
        all = all && l.deliveredMilli >= l.quantityMilli;
    }
    if (all)
        return o.outstandingMinor() <= 0 ? OrderStatus::Paid : OrderStatus::Delivered;
    return any ? OrderStatus::PartlyDelivered : OrderStatus::Open;
}

Result<Order> OrderService::get(const Session &actor, const QString &id)
{
    Result<std::optional<Order>> o = OrderRepository(m_db).findById(id);
    if (!o)
        return o.error();
    if (!o->has_value())
        return Error{ErrorCode::NotFound, tr("This order does not exist (any more)."), {}};
    if (!AccessPolicy(actor).canView((*o)->ownerId, (*o)->ownerDepartmentId))
        return Error{ErrorCode::PermissionDenied, tr("This order belongs to %1.").arg((*o)->ownerName), {}};
    return **o;
}

Result<QList<Order>> OrderService::list(const Session &actor, const QString &customerId, int limit)
{
    QVariantList binds;
    const QString visible = AccessPolicy(actor).visibilityClause(QStringLiteral("o"), &binds);
    return OrderRepository(m_db).list(customerId, visible, binds, limit);
}

std::unique_ptr<PagedQuery<Order>> OrderService::pagedList(const Session &actor, const QString &customerId)
{
    QVariantList binds;
    const QString visible = AccessPolicy(actor).visibilityClause(QStringLiteral("o"), &binds);
    return pagedQueryOf<OrderRepository, Order>(m_db, OrderRepository::pagedList(customerId, visible, binds),
                                                [](const Order &o) {
                                                    return PageCursor{o.orderedOn, o.id};
                                                });
}

const StateTransitions<OrderStatus> &OrderService::transitions()
{
    using S = OrderStatus;
    static const StateTransitions<OrderStatus> moves{
        {S::Open, S::Open},
        {S::Open, S::PartlyDelivered},
        {S::Open, S::Delivered},
        {S::Open, S::Paid},
        {S::PartlyDelivered, S::PartlyDelivered},
        {S::PartlyDelivered, S::Delivered},
        {S::PartlyDelivered, S::Paid},
        {S::Delivered, S::Delivered},
        {S::Delivered, S::Paid},
        {S::Paid, S::Paid},
        {S::Paid, S::Closed},
    };
    return moves;
}

OrderActions OrderService::allowedActions(const Session &actor, const Order &o)
{
    OrderActions a;
    if (!AccessPolicy(actor).canEdit(o.ownerId, o.ownerDepartmentId))
        return a;
    const OrderStatus state = stateOf(o);
    if (state == OrderStatus::Closed || state == OrderStatus::Cancelled)
        return a;
    a.deliver =
        std::any_of(o.lines.cbegin(), o.lines.cend(), [](const OrderLine &l) { return l.remainingMilli() > 0; });
    a.pay = std::any_of(o.receivables.cbegin(), o.receivables.cend(),
                        [](const Receivable &r) { return r.outstandingMinor() > 0; });
    a.close = transitions().allows(state, OrderStatus::Closed);
    return a;
}

Result<Order> OrderService::editable(const Session &actor, const QString &id, qint64 expectedVersion)
{
    Result<Order> o = get(actor, id);
    if (!o)
        return o;
    if (!AccessPolicy(actor).canEdit(o->ownerId, o->ownerDepartmentId))
        return Error{ErrorCode::PermissionDenied,
                     tr("Order %1 belongs to %2; you may not change it.").arg(o->number, o->ownerName),
                     {}};
    if (o->rowVersion != expectedVersion)
        return conflict();
    if (o->status == OrderStatus::Closed || o->status == OrderStatus::Cancelled)
        return Error{
            ErrorCode::WrongState, tr("Order %1 is %2.").arg(o->number, orderStatusDisplayName(o->status)), {}};
    return o;
}

Status OrderService::restate(const Session &actor, const QString &orderId, qint64 expectedVersion)
{
    Result<std::optional<Order>> now = OrderRepository(m_db).findById(orderId);
    if (!now)
        return now.error();
    const OrderStatus next = stateOf(**now);
    if (!transitions().allows((*now)->status, next))
        return Error{ErrorCode::WrongState,
                     tr("Order %1 cannot become %2.").arg((*now)->number, orderStatusDisplayName(next)),
                     {}};
    // Written even when the state stays, so the version moves and a concurrent step conflicts.
    Result<bool> written =
        OrderRepository(m_db).setStatus(orderId, next, expectedVersion, m_clock.nowMs(), actor.userId);
    if (!written)
        return written.error();
    if (!*written)
        return conflict();
    return {};
}

Result<Order> OrderService::createFromQuote(const Session &actor, const QString &quoteId, qint64 quoteVersion,
                                            const QList<ReceivablePart> &plan)
{
    QList<ReceivablePart> parts = plan.isEmpty() ? QList<ReceivablePart>{{tr("Payment"), 10000, 30}} : plan;
    int shares = 0;
    for (const ReceivablePart &p : parts) {
        if (p.shareBasisPoints <= 0 || p.dueAfterDays < 0)
            return Error{ErrorCode::Invalid,
                         tr("Each part of the payment plan needs a share above 0 % and a due date."),
                         {},
                         QStringLiteral("plan")};
        shares += p.shareBasisPoints;
    }
    if (shares != 10000)
        return Error{
            ErrorCode::Invalid, tr("The parts of the payment plan must add up to 100 %."), {}, QStringLiteral("plan")};

    return inWriteTransaction(m_db, [&]() -> Result<Order> {
        QuoteService quotes(m_db, m_clock);
        Result<Quote> q = quotes.editable(actor, quoteId, quoteVersion);
        if (!q)
            return q.error();
        if (Status s = QuoteService::mayBecomeOrder(*q); !s)
            return s.error();
        const qint64 now = m_clock.nowMs();
        Order o;
        o.id = newUuid7(now);
        o.orderedOn = today();
        Result<QString> number =
            nextDocumentNumber(m_db, DocumentKind::Order, QDate::fromString(o.orderedOn, Qt::ISODate));
        if (!number)
            return number.error();
        o.number = *number;
        o.customerId = q->customerId;
        o.contactId = q->contactId;
        o.quoteId = q->id;
        o.opportunityId = q->opportunityId;
        o.ownerId = q->ownerId;
        o.currency = q->currency;
        o.pricesIncludeTax = q->pricesIncludeTax;
        o.totals = q->totals;
        o.terms = q->terms;
        o.notes = q->notes;
        o.createdAt = now;
        o.updatedAt = now;
        for (const QuoteLine &ql : q->lines) {
            OrderLine l;
            static_cast<PricedLine &>(l) = ql; // the order takes the quote's line as it was priced
            l.id = newUuid7(now);
            o.lines.append(l);
        }
        OrderRepository repo(m_db);
        if (Status s = repo.insert(o, actor.userId); !s)
            return s.error();
        // The parts are rounded; the last takes what is left, so they add up to the total exactly.
        qint64 planned = 0;
        const QDate ordered = QDate::fromString(o.orderedOn, Qt::ISODate);
        for (qsizetype i = 0; i < parts.size(); ++i) {
            Receivable r;
            r.id = newUuid7(now);
            r.description = parts[i].description.trimmed();
            r.dueOn = ordered.addDays(parts[i].dueAfterDays).toString(Qt::ISODate);
            r.currency = o.currency;
            r.amountMinor = i + 1 == parts.size()
                ? o.totals.total - planned
                : DocumentMath::roundedDivision(o.totals.total * parts[i].shareBasisPoints, 10000);
            planned += r.amountMinor;
            if (r.amountMinor <= 0)
                continue; // a free order owes nothing
            if (Status s = repo.insertReceivable(o.id, o.customerId, r, now, actor.userId); !s)
                return s.error();
        }
        if (Status s = quotes.markAccepted(actor, *q, o.id); !s)
            return s.error();
        if (!q->opportunityId.isEmpty()) {
            if (Status s = OpportunityService(m_db, m_clock).markWon(actor, q->opportunityId, o.totals.total); !s)
                return s.error();
        }
        return get(actor, o.id);
    });
}

Result<Order> OrderService::deliver(const Session &actor, const QString &orderId, qint64 expectedVersion,
                                    const QList<DeliveryLine> &lines, const QString &deliveredOn,
                                    const QString &address, const QString &notes)
{
    return inWriteTransaction(m_db, [&]() -> Result<Order> {
        Result<Order> o = editable(actor, orderId, expectedVersion);
        if (!o)
            return o.error();
        QHash<QString, const OrderLine *> byId;
        for (const OrderLine &l : o->lines)
            byId.insert(l.id, &l);
        Delivery d;
        for (const DeliveryLine &dl : lines) {
            if (dl.quantityMilli == 0)
                continue;
            const OrderLine *line = byId.value(dl.orderLineId);
            if (!line)
                return Error{ErrorCode::Invalid,
                             tr("A delivered line is not on order %1.").arg(o->number),
                             {},
                             QStringLiteral("lines")};
            if (dl.quantityMilli < 0)
                return Error{ErrorCode::Invalid,
                             tr("%1: a delivered quantity cannot be negative.").arg(line->description),
                             {},
                             QStringLiteral("lines")};
            if (dl.quantityMilli > line->remainingMilli())
                return Error{ErrorCode::Invalid,
                             tr("%1: only %2 %3 are still to deliver.")
                                 .arg(line->description, quantities::text(line->remainingMilli()), line->unit),
                             {},
                             QStringLiteral("lines")};
            d.lines.append(dl);
        }
        if (d.lines.isEmpty())
            return Error{
                ErrorCode::Invalid, tr("Enter how much of which line is delivered."), {}, QStringLiteral("lines")};
        const qint64 now = m_clock.nowMs();
        d.id = newUuid7(now);
        d.orderId = o->id;
        d.deliveredOn = deliveredOn.isEmpty() ? today() : deliveredOn;
        if (!QDate::fromString(d.deliveredOn, Qt::ISODate).isValid())
            return Error{ErrorCode::Invalid,
                         tr("\"%1\" is not a date (write it as 2026-12-31).").arg(d.deliveredOn),
                         {},
                         QStringLiteral("date")};
        d.address = address.trimmed().isEmpty() ? o->deliveryAddress : address.trimmed();
        d.notes = notes.trimmed();
        Result<QString> number =
            nextDocumentNumber(m_db, DocumentKind::Delivery, QDate::fromString(today(), Qt::ISODate));
        if (!number)
            return number.error();
        d.number = *number;
        if (Status s = OrderRepository(m_db).insertDelivery(d, now, actor.userId); !s)
            return s.error();
        if (Status s = restate(actor, o->id, expectedVersion); !s)
            return s.error();
        return get(actor, orderId);
    });
}

Result<Order> OrderService::recordPayment(const Session &actor, const QString &orderId, qint64 expectedVersion,
                                          const QString &receivableId, qint64 amountMinor, const QString &paidOn,
                                          const QString &method, const QString &reference)
{
    return inWriteTransaction(m_db, [&]() -> Result<Order> {
        Result<Order> o = editable(actor, orderId, expectedVersion);
        if (!o)
            return o.error();
        const Receivable *r = nullptr;
        for (const Receivable &each : o->receivables)
            if (each.id == receivableId)
                r = &each;
        if (!r)
            return Error{ErrorCode::Invalid,
                         tr("The receivable is not one of order %1's.").arg(o->number),
                         {},
                         QStringLiteral("receivable")};
        if (amountMinor <= 0)
            return Error{ErrorCode::Invalid, tr("A payment must be more than 0."), {}, QStringLiteral("amount")};
        if (amountMinor > r->outstandingMinor())
            return Error{ErrorCode::Invalid,
                         tr("%1 still owes %2; a payment cannot be larger.")
                             .arg(r->description.isEmpty() ? tr("The receivable") : r->description,
                                  MoneyText::formatWithSymbol({r->outstandingMinor(), r->currency})),
                         {},
                         QStringLiteral("amount")};
        Payment p;
        p.id = newUuid7(m_clock.nowMs());
        p.receivableId = receivableId;
        p.paidOn = paidOn.isEmpty() ? today() : paidOn;
        if (!QDate::fromString(p.paidOn, Qt::ISODate).isValid())
            return Error{ErrorCode::Invalid,
                         tr("\"%1\" is not a date (write it as 2026-12-31).").arg(p.paidOn),
                         {},
                         QStringLiteral("date")};
        p.amountMinor = amountMinor;
        p.method = method.trimmed();
        p.reference = reference.trimmed();
        if (Status s = OrderRepository(m_db).insertPayment(o->id, p, r->currency, m_clock.nowMs(), actor.userId); !s)
            return s.error();
        if (Status s = restate(actor, o->id, expectedVersion); !s)
            return s.error();
        return get(actor, orderId);
    });
}

Result<Order> OrderService::close(const Session &actor, const QString &orderId, qint64 expectedVersion)
{
    return inWriteTransaction(m_db, [&]() -> Result<Order> {
        Result<Order> o = editable(actor, orderId, expectedVersion);
        if (!o)
            return o.error();
        if (!transitions().allows(stateOf(*o), OrderStatus::Closed))
            return Error{ErrorCode::WrongState,
                         tr("Order %1 is %2; it is closed once everything is delivered and paid.")
                             .arg(o->number, orderStatusDisplayName(stateOf(*o))),
                         {}};
        Result<bool> written = OrderRepository(m_db).setStatus(orderId, OrderStatus::Closed, expectedVersion,
                                                               m_clock.nowMs(), actor.userId);
        if (!written)
            return written.error();
        if (!*written)
            return conflict();
        return get(actor, orderId);
    });
}

} // namespace guanxi
