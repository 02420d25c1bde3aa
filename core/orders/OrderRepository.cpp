// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orders/OrderRepository.h"

#include "core/documents/DocumentColumns.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"
#include "core/storage/VersionedUpdate.h"
#include "core/util/Uuid7.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

namespace {

using OrderLineRow = documentcolumns::LineRow<OrderLine>;

// The orders table, said once: the header every priced document has, and what an order adds.
const TableDescription<Order> &table()
{
    using namespace columns;
    using O = Order;
    static const TableDescription<Order> t(
        QStringLiteral("orders"),
        with(documentcolumns::header<Order>(QStringLiteral("order_no")),
             {fixed(referenceAt<O>(QStringLiteral("quote_id"), memberOf(&O::quoteId))),
              fixed(textAt<O>(QStringLiteral("ordered_on"), memberOf(&O::orderedOn))),
              convertedAt<O>(QStringLiteral("status"), memberOf(&O::status), &orderStatusCode,
                             [](const QVariant &v) { return orderStatusFromCode(v.toString()); }),
              textAt<O>(QStringLiteral("delivery_address"), memberOf(&O::deliveryAddress))}));
    return t;
}

// The lines, each with how much of it has left on delivery notes.
const TableDescription<OrderLineRow> &lineTable()
{
    using namespace columns;
    static const TableDescription<OrderLineRow> t(
        QStringLiteral("order_lines"),
        with(documentcolumns::lines<OrderLine>(QStringLiteral("order_id")),
             {joinedAt<OrderLineRow>(
                 QStringLiteral("coalesce((SELECT sum(d.quantity_milli) FROM delivery_lines d "
                                "WHERE d.order_line_id = l.id AND d.deleted_at IS NULL), 0)"),
                 [](auto &r) -> auto & { return r.line.deliveredMilli; })}),
        &OrderLineRow::stamps);
    return t;
}

// A receivable with the order and customer it is owed on, and what has been paid against it.
struct ReceivableRow {
    Receivable receivable;
    QString orderId;
    QString customerId;
    Stamps stamps;
};

const TableDescription<ReceivableRow> &receivableTable()
{
    using namespace columns;
    using R = ReceivableRow;
    using V = Receivable;
    static const TableDescription<ReceivableRow> t(
        QStringLiteral("receivables"),
        {referenceAt<R>(QStringLiteral("id"), memberOf(&R::receivable, &V::id), ColumnRole::Key),
         own(QStringLiteral("order_id"), ColumnRole::Fixed, &R::orderId),
         own(QStringLiteral("customer_id"), ColumnRole::Fixed, &R::customerId),
         text(QStringLiteral("description"), &R::receivable, &V::description),
         text(QStringLiteral("due_on"), &R::receivable, &V::dueOn),
         value(QStringLiteral("amount_minor"), &R::receivable, &V::amountMinor),
         text(QStringLiteral("currency"), &R::receivable, &V::currency),
         joinedAt<R>(QStringLiteral("coalesce((SELECT sum(p.amount_minor) FROM payments p WHERE p.receivable_id = "
                                    "r.id AND p.deleted_at IS NULL), 0)"),
                     memberOf(&R::receivable, &V::paidMinor))},
        &R::stamps);
    return t;
}

// A payment with the order it pays and its currency (the order's).
struct PaymentRow {
    Payment payment;
    QString orderId;
    QString currency;
    Stamps stamps;
};

const TableDescription<PaymentRow> &paymentTable()
{
    using namespace columns;
    using R = PaymentRow;
    using P = Payment;
    static const TableDescription<PaymentRow> t(
        QStringLiteral("payments"),
        {referenceAt<R>(QStringLiteral("id"), memberOf(&R::payment, &P::id), ColumnRole::Key),
         fixed(reference(QStringLiteral("receivable_id"), &R::payment, &P::receivableId)),
         own(QStringLiteral("order_id"), ColumnRole::Fixed, &R::orderId),
         text(QStringLiteral("paid_on"), &R::payment, &P::paidOn),
         value(QStringLiteral("amount_minor"), &R::payment, &P::amountMinor),
         own(QStringLiteral("currency"), ColumnRole::Fixed, &R::currency),
         text(QStringLiteral("method"), &R::payment, &P::method),
         text(QStringLiteral("reference"), &R::payment, &P::reference)},
        &R::stamps);
    return t;
}

// A delivery note, and one line of it: how much of which order line.
struct DeliveryRow {
    Delivery delivery;
    qint64 updatedAt = 0;
};

const TableDescription<DeliveryRow> &deliveryTable()
{
    using namespace columns;
    using R = DeliveryRow;
    using D = Delivery;
    static const TableDescription<DeliveryRow> t(
        QStringLiteral("deliveries"),
        {referenceAt<R>(QStringLiteral("id"), memberOf(&R::delivery, &D::id), ColumnRole::Key),
         fixed(text(QStringLiteral("delivery_no"), &R::delivery, &D::number)),
         fixed(reference(QStringLiteral("order_id"), &R::delivery, &D::orderId)),
         text(QStringLiteral("delivered_on"), &R::delivery, &D::deliveredOn),
         text(QStringLiteral("address"), &R::delivery, &D::address),
         text(QStringLiteral("notes"), &R::delivery, &D::notes),
         as(ColumnRole::Stamp, valueAt<R>(QStringLiteral("created_at"), memberOf(&R::delivery, &D::createdAt))),
         own(QStringLiteral("updated_at"), ColumnRole::Stamp, &R::updatedAt)});
    return t;
}

struct DeliveryLineRow {
    DeliveryLine line;
    QString id;
    QString deliveryId;
    Stamps stamps;
};

const TableDescription<DeliveryLineRow> &deliveryLineTable()
{
    using namespace columns;
    using R = DeliveryLineRow;
    using L = DeliveryLine;
    static const TableDescription<DeliveryLineRow> t(
        QStringLiteral("delivery_lines"),
        {own(QStringLiteral("id"), ColumnRole::Key, &R::id),
         own(QStringLiteral("delivery_id"), ColumnRole::Fixed, &R::deliveryId),
         fixed(reference(QStringLiteral("order_line_id"), &R::line, &L::orderLineId)),
         value(QStringLiteral("quantity_milli"), &R::line, &L::quantityMilli)},
        &R::stamps);
    return t;
}

QString selectOrders()
{
    return QStringLiteral("SELECT %1 FROM orders o%2 WHERE o.deleted_at IS NULL")
        .arg(table().selectList(QStringLiteral("o")), documentcolumns::joins(QStringLiteral("o")));
}

} // namespace

Status OrderRepository::insert(const Order &o, const QString &actorId)
{
    if (Status s = table().insert(m_db, o, actorId); !s)
        return s;
    TableDescription<OrderLineRow>::Inserter lines(m_db, lineTable());
    for (const OrderLine &line : o.lines)
        if (Status s = lines.add({line, o.id, Stamps::at(o.createdAt)}, actorId); !s)
            return s;
    return {};
}

Status OrderRepository::insertReceivable(const QString &orderId, const QString &customerId, const Receivable &r,
                                         qint64 now, const QString &actorId)
{
    return receivableTable().insert(m_db, {r, orderId, customerId, Stamps::at(now)}, actorId);
}

Status OrderRepository::insertDelivery(const Delivery &d, qint64 now, const QString &actorId)
{
    DeliveryRow row{d, now};
    row.delivery.createdAt = now;
    if (Status s = deliveryTable().insert(m_db, row, actorId); !s)
        return s;
    TableDescription<DeliveryLineRow>::Inserter lines(m_db, deliveryLineTable());
    for (const DeliveryLine &line : d.lines)
        if (Status s = lines.add({line, newUuid7(now), d.id, Stamps::at(now)}, actorId); !s)
            return s;
    return {};
}

Status OrderRepository::insertPayment(const QString &orderId, const Payment &p, const QString &currency, qint64 now,
                                      const QString &actorId)
{
    return paymentTable().insert(m_db, {p, orderId, currency, Stamps::at(now)}, actorId);
}

Result<bool> OrderRepository::setStatus(const QString &orderId, OrderStatus status, qint64 expectedVersion, qint64 now,
                                        const QString &actorId)
{
    return updateVersioned(m_db, QStringLiteral("orders"), {QStringLiteral("status")}, {orderStatusCode(status)},
                           orderId, expectedVersion, now, actorId);
}

Result<std::optional<Order>> OrderRepository::findById(const QString &id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(selectOrders() + QLatin1String(" AND o.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return toError(q);
    if (!q.next())
        return std::optional<Order>();
    Order o = table().read(q);
    q.finish();
    Result<QList<OrderLine>> lines = documentcolumns::readLines(m_db, lineTable(), QStringLiteral("order_id"), id);
    if (!lines)
        return lines.error();
    o.lines = *lines;

    QSqlQuery d(m_db.sql());
    d.prepare(QStringLiteral("SELECT %1, %2 FROM deliveries d "
                             "JOIN delivery_lines dl ON dl.delivery_id = d.id AND dl.deleted_at IS NULL "
                             "WHERE d.order_id = ? AND d.deleted_at IS NULL ORDER BY d.delivery_no, dl.rowid")
                  .arg(deliveryTable().selectList(QStringLiteral("d")),
                       deliveryLineTable().selectList(QStringLiteral("dl"))));
    d.addBindValue(id);
    if (!d.exec())
        return toError(d);
    while (d.next()) {
        DeliveryRow delivery;
        DeliveryLineRow line;
        deliveryLineTable().read(d, &line, deliveryTable().read(d, &delivery));
        if (o.deliveries.isEmpty() || o.deliveries.last().id != delivery.delivery.id)
            o.deliveries.append(delivery.delivery);
        o.deliveries.last().lines.append(line.line);
    }

    QSqlQuery r(m_db.sql());
    r.prepare(QStringLiteral("SELECT %1 FROM receivables r WHERE r.order_id = ? AND r.deleted_at IS NULL "
                             "ORDER BY r.due_on, r.id")
                  .arg(receivableTable().selectList(QStringLiteral("r"))));
    r.addBindValue(id);
    if (!r.exec())
        return toError(r);
    while (r.next())
        o.receivables.append(receivableTable().read(r).receivable);

    QSqlQuery p(m_db.sql());
    p.prepare(QStringLiteral("SELECT %1 FROM payments p WHERE p.order_id = ? AND p.deleted_at IS NULL "
                             "ORDER BY p.paid_on, p.id")
                  .arg(paymentTable().selectList(QStringLiteral("p"))));
    p.addBindValue(id);
    if (!p.exec())
        return toError(p);
    while (p.next())
        o.payments.append(paymentTable().read(p).payment);
    return std::optional<Order>(o);
}

Result<QString> OrderRepository::orderOfReceivable(const QString &receivableId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT order_id FROM receivables WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(receivableId);
    if (!q.exec())
        return toError(q);
    return q.next() ? q.value(0).toString() : QString();
}

Result<QList<Order>> OrderRepository::list(const QString &customerId, const QString &visibility,
                                           const QVariantList &visibilityBinds, int limit)
{
    QString where = QStringLiteral(" AND ") + visibility;
    QVariantList binds = visibilityBinds;
    if (!customerId.isEmpty()) {
        where += QStringLiteral(" AND o.customer_id = ?");
        binds.append(customerId);
    }
    binds.append(limit);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(selectOrders() + where + QLatin1String(" ORDER BY o.ordered_on DESC, o.order_no DESC LIMIT ?"));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return toError(q);
    QList<Order> out;
    while (q.next())
        out.append(table().read(q));
    return out;
}

KeysetList OrderRepository::pagedList(const QString &customerId, const QString &visibility,
                                      const QVariantList &visibilityBinds)
{
    KeysetList l;
    l.from = QStringLiteral("orders o") + documentcolumns::joins(QStringLiteral("o"));
    l.countFrom = QStringLiteral("orders o");
    l.alias = QStringLiteral("o");
    l.selectList = table().selectList(QStringLiteral("o"));
    l.key = QStringLiteral("o.ordered_on");
    l.where = QStringLiteral("o.deleted_at IS NULL AND ") + visibility;
    l.binds = visibilityBinds;
    if (!customerId.isEmpty()) {
        l.where += QStringLiteral(" AND o.customer_id = ?");
        l.binds.append(customerId);
    }
    l.order = Qt::DescendingOrder;
    return l;
}

Result<QList<Order>> OrderRepository::page(const KeysetList &list, const std::optional<PageCursor> &cursor,
                                           bool inclusive, int limit)
{
    return list.rows<Order>(m_db, cursor, inclusive, limit, [](const QSqlQuery &q) { return table().read(q); });
}

} // namespace guanxi
