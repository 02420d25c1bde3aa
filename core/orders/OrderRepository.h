// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/orders/Order.h"
#include "core/storage/KeysetList.h"
#include "core/util/Result.h"

#include <QVariantList>

#include <optional>

namespace guanxi {

class Database;

class OrderRepository {
public:
    explicit OrderRepository(Database &db)
        : m_db(db)
    {
    }

    // The order with its lines (deliveries, receivables and payments are added separately).
    Status insert(const Order &o, const QString &actorId);
    Status insertReceivable(const QString &orderId, const QString &customerId, const Receivable &r, qint64 now,
                            const QString &actorId);
    Status insertDelivery(const Delivery &d, qint64 now, const QString &actorId);
    Status insertPayment(const QString &orderId, const Payment &p, const QString &currency, qint64 now,
                         const QString &actorId);
    Result<bool> setStatus(const QString &orderId, OrderStatus status, qint64 expectedVersion, qint64 now,
                           const QString &actorId);
    // Everything about one order: lines (with what was delivered), deliveries, receivables (with
    // what was paid) and payments.
    Result<std::optional<Order>> findById(const QString &id);
    // The order a receivable belongs to.
    Result<QString> orderOfReceivable(const QString &receivableId);
    // Headers only, newest first; `visibility` an AccessPolicy clause on `o`.
    Result<QList<Order>> list(const QString &customerId, const QString &visibility, const QVariantList &visibilityBinds,
                              int limit);
    // The same headers as a list read a page at a time (OrderListQuery): newest first, by day and
    // then id, over orders_by_day_id.
    static KeysetList pagedList(const QString &customerId, const QString &visibility,
                                const QVariantList &visibilityBinds);
    Result<QList<Order>> page(const KeysetList &list, const std::optional<PageCursor> &cursor, bool inclusive,
                              int limit);

private:
    Database &m_db;
};

} // namespace guanxi
