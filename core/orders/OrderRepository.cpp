// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orders/OrderRepository.h"

#include "core/documents/DocumentLineColumns.h"
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

Status run(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return toError(q);
    return {};
}

const char *const kSelect =
    "SELECT o.id, o.order_no, o.customer_id, coalesce(c.name, ''), coalesce(o.contact_id, ''), coalesce(ct.name, ''), "
    "       coalesce(o.quote_id, ''), coalesce(o.opportunity_id, ''), coalesce(o.owner_id, ''), "
    "       coalesce(u.display_name, ''), coalesce(u.department_id, ''), o.ordered_on, o.currency, "
    "       o.prices_include_tax, o.net_minor, o.tax_minor, o.total_minor, o.status, o.terms, o.delivery_address, "
    "       o.notes, o.created_at, o.row_version "
    "FROM orders o LEFT JOIN customers c ON c.id = o.customer_id LEFT JOIN contacts ct ON ct.id = o.contact_id "
    "LEFT JOIN users u ON u.id = o.owner_id WHERE o.deleted_at IS NULL";

Order orderFrom(const QSqlQuery &r)
{
    Order o;
    int i = 0;
    o.id = r.value(i++).toString();
    o.number = r.value(i++).toString();
    o.customerId = r.value(i++).toString();
    o.customerName = r.value(i++).toString();
    o.contactId = r.value(i++).toString();
    o.contactName = r.value(i++).toString();
    o.quoteId = r.value(i++).toString();
    o.opportunityId = r.value(i++).toString();
    o.ownerId = r.value(i++).toString();
    o.ownerName = r.value(i++).toString();
    o.ownerDepartmentId = r.value(i++).toString();
    o.orderedOn = r.value(i++).toString();
    o.currency = r.value(i++).toString();
    o.pricesIncludeTax = r.value(i++).toInt() != 0;
    o.totals.net = r.value(i++).toLongLong();
    o.totals.tax = r.value(i++).toLongLong();
    o.totals.total = r.value(i++).toLongLong();
    o.status = orderStatusFromCode(r.value(i++).toString());
    o.terms = r.value(i++).toString();
    o.deliveryAddress = r.value(i++).toString();
    o.notes = r.value(i++).toString();
    o.createdAt = r.value(i++).toLongLong();
    o.rowVersion = r.value(i++).toLongLong();
    return o;
}

} // namespace

Status OrderRepository::insert(const Order &o, const QString &actorId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO orders (id, order_no, customer_id, contact_id, quote_id, opportunity_id, owner_id, ordered_on, "
        "currency, prices_include_tax, net_minor, tax_minor, total_minor, status, terms, delivery_address, notes, "
        "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (Status s = run(q,
                       {o.id,
                        o.number,
                        o.customerId,
                        sql::nullIfEmpty(o.contactId),
                        sql::nullIfEmpty(o.quoteId),
                        sql::nullIfEmpty(o.opportunityId),
                        sql::nullIfEmpty(o.ownerId),
                        o.orderedOn,
                        o.currency,
                        o.pricesIncludeTax ? 1 : 0,
                        o.totals.net,
                        o.totals.tax,
                        o.totals.total,
                        orderStatusCode(o.status),
                        sql::text(o.terms),
                        sql::text(o.deliveryAddress),
                        sql::text(o.notes),
                        o.createdAt,
                        o.createdAt,
                        sql::nullIfEmpty(actorId)});
        !s)
        return s;
    QSqlQuery l(m_db.sql());
    l.prepare(QStringLiteral(
        "INSERT INTO order_lines (id, order_id, position, product_id, product_code, description, specification, unit, "
        "quantity_milli, unit_price_minor, discount_bp, tax_rate_bp, gross_minor, discount_minor, net_minor, tax_minor, "
        "total_minor, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const OrderLine &line : o.lines)
        if (Status s = run(l,
                           {line.id,
                            o.id,
                            line.position,
                            sql::nullIfEmpty(line.productId),
                            sql::text(line.productCode),
                            line.description,
                            sql::text(line.specification),
                            sql::text(line.unit),
                            line.quantityMilli,
                            line.unitPriceMinor,
                            line.discountBasisPoints,
                            line.taxRateBasisPoints,
                            line.amounts.gross,
                            line.amounts.discount,
                            line.amounts.net,
                            line.amounts.tax,
                            line.amounts.total,
                            o.createdAt,
                            o.createdAt,
                            sql::nullIfEmpty(actorId)});
            !s)
            return s;
    return {};
}

Status OrderRepository::insertReceivable(const QString &orderId, const QString &customerId, const Receivable &r,
                                         qint64 now, const QString &actorId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO receivables (id, order_id, customer_id, description, due_on, amount_minor, "
                             "currency, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    return run(q,
               {r.id, orderId, customerId, sql::text(r.description), r.dueOn, r.amountMinor, r.currency, now, now,
                sql::nullIfEmpty(actorId)});
}

Status OrderRepository::insertDelivery(const Delivery &d, qint64 now, const QString &actorId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO deliveries (id, delivery_no, order_id, delivered_on, address, notes, "
                             "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (Status s = run(q,
                       {d.id, d.number, d.orderId, d.deliveredOn, sql::text(d.address), sql::text(d.notes), now, now,
                        sql::nullIfEmpty(actorId)});
        !s)
        return s;
    QSqlQuery l(m_db.sql());
    l.prepare(QStringLiteral("INSERT INTO delivery_lines (id, delivery_id, order_line_id, quantity_milli, created_at, "
                             "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const DeliveryLine &line : d.lines)
        if (Status s = run(
                l, {newUuid7(now), d.id, line.orderLineId, line.quantityMilli, now, now, sql::nullIfEmpty(actorId)});
            !s)
            return s;
    return {};
}

Status OrderRepository::insertPayment(const QString &orderId, const Payment &p, const QString &currency, qint64 now,
                                      const QString &actorId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("INSERT INTO payments (id, receivable_id, order_id, paid_on, amount_minor, currency, method, "
                       "reference, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    return run(q,
               {p.id, p.receivableId, orderId, p.paidOn, p.amountMinor, currency, sql::text(p.method),
                sql::text(p.reference), now, now, sql::nullIfEmpty(actorId)});
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
    q.prepare(QLatin1String(kSelect) + QLatin1String(" AND o.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return toError(q);
    if (!q.next())
        return std::optional<Order>();
    Order o = orderFrom(q);

    QSqlQuery l(m_db.sql());
    l.prepare(
        QStringLiteral("SELECT %1, "
                       "  coalesce((SELECT sum(d.quantity_milli) FROM delivery_lines d WHERE d.order_line_id = l.id "
                       "            AND d.deleted_at IS NULL), 0) "
                       "FROM order_lines l WHERE l.order_id = ? AND l.deleted_at IS NULL ORDER BY l.position")
            .arg(documentLineColumns(QStringLiteral("l."))));
    l.addBindValue(id);
    if (!l.exec())
        return toError(l);
    while (l.next()) {
        OrderLine line;
        const int i = readDocumentLineColumns(l, &line);
        line.deliveredMilli = l.value(i).toLongLong();
        o.lines.append(line);
    }

    QSqlQuery d(m_db.sql());
    d.prepare(
        QStringLiteral("SELECT d.id, d.delivery_no, d.delivered_on, d.address, d.notes, d.created_at, "
                       "       dl.order_line_id, dl.quantity_milli "
                       "FROM deliveries d JOIN delivery_lines dl ON dl.delivery_id = d.id AND dl.deleted_at IS NULL "
                       "WHERE d.order_id = ? AND d.deleted_at IS NULL ORDER BY d.delivery_no, dl.rowid"));
    d.addBindValue(id);
    if (!d.exec())
        return toError(d);
    while (d.next()) {
        const QString deliveryId = d.value(0).toString();
        if (o.deliveries.isEmpty() || o.deliveries.last().id != deliveryId)
            o.deliveries.append({deliveryId,
                                 d.value(1).toString(),
                                 o.id,
                                 d.value(2).toString(),
                                 d.value(3).toString(),
                                 d.value(4).toString(),
                                 {},
                                 d.value(5).toLongLong()});
        o.deliveries.last().lines.append({d.value(6).toString(), d.value(7).toLongLong()});
    }

    QSqlQuery r(m_db.sql());
    r.prepare(
        QStringLiteral("SELECT r.id, r.description, r.due_on, r.amount_minor, r.currency, "
                       "  coalesce((SELECT sum(p.amount_minor) FROM payments p WHERE p.receivable_id = r.id "
                       "            AND p.deleted_at IS NULL), 0) "
                       "FROM receivables r WHERE r.order_id = ? AND r.deleted_at IS NULL ORDER BY r.due_on, r.id"));
    r.addBindValue(id);
    if (!r.exec())
        return toError(r);
    while (r.next()) {
        Receivable rec;
        rec.id = r.value(0).toString();
        rec.description = r.value(1).toString();
        rec.dueOn = r.value(2).toString();
        rec.amountMinor = r.value(3).toLongLong();
        rec.currency = r.value(4).toString();
        rec.paidMinor = r.value(5).toLongLong();
        o.receivables.append(rec);
    }

    QSqlQuery p(m_db.sql());
    p.prepare(QStringLiteral("SELECT id, receivable_id, paid_on, amount_minor, method, reference FROM payments "
                             "WHERE order_id = ? AND deleted_at IS NULL ORDER BY paid_on, id"));
    p.addBindValue(id);
    if (!p.exec())
        return toError(p);
    while (p.next())
        o.payments.append({p.value(0).toString(), p.value(1).toString(), p.value(2).toString(), p.value(3).toLongLong(),
                           p.value(4).toString(), p.value(5).toString()});
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
    q.prepare(QLatin1String(kSelect) + where + QLatin1String(" ORDER BY o.ordered_on DESC, o.order_no DESC LIMIT ?"));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return toError(q);
    QList<Order> out;
    while (q.next())
        out.append(orderFrom(q));
    return out;
}

} // namespace guanxi
