// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/PricedLine.h"
#include "core/money/LineAmounts.h"

#include <QList>
#include <QString>

namespace guanxi {

// Where an order stands. It follows from its deliveries and payments (OrderService::stateOf);
// closing (or cancelling) is a decision, and sticks.
enum class OrderStatus {
    Open,
    PartlyDelivered,
    Delivered,
    Paid,
    Closed,
    Cancelled
};

QString orderStatusCode(OrderStatus s); // as stored: "open", "partly_delivered", …
OrderStatus orderStatusFromCode(const QString &code);
QString orderStatusDisplayName(OrderStatus s); // translated

struct OrderLine : PricedLine {
    qint64 deliveredMilli = 0; // on delivery notes so far

    qint64 remainingMilli() const { return quantityMilli - deliveredMilli; }
};

struct DeliveryLine {
    QString orderLineId;
    qint64 quantityMilli = 0;
};

// A delivery note (出货单): what left the warehouse on one day.
struct Delivery {
    QString id;
    QString number;
    QString orderId;
    QString deliveredOn;
    QString address;
    QString notes;
    QList<DeliveryLine> lines;
    qint64 createdAt = 0;
};

// A receivable (应收): an amount the customer owes by a date, and what has been paid against it.
struct Receivable {
    QString id;
    QString description;
    QString dueOn;
    qint64 amountMinor = 0;
    qint64 paidMinor = 0;
    QString currency = QStringLiteral("CNY");

    qint64 outstandingMinor() const { return amountMinor - paidMinor; }
};

struct Payment {
    QString id;
    QString receivableId;
    QString paidOn;
    qint64 amountMinor = 0;
    QString method;
    QString reference;
};

struct Order {
    QString id;
    QString number;
    QString customerId;
    QString customerName;
    QString contactId;
    QString contactName;
    QString quoteId;
    QString opportunityId;
    QString ownerId;
    QString ownerName;
    QString ownerDepartmentId;
    QString orderedOn;
    QString currency = QStringLiteral("CNY");
    bool pricesIncludeTax = true;
    LineAmounts totals; // net, tax, total
    OrderStatus status = OrderStatus::Open;
    QString terms;
    QString deliveryAddress;
    QString notes;
    QList<OrderLine> lines;
    QList<Delivery> deliveries;
    QList<Receivable> receivables;
    QList<Payment> payments;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 rowVersion = 0;

    qint64 paidMinor() const;
    qint64 outstandingMinor() const { return totals.total - paidMinor(); }
};

// How a new order's money falls due: parts in basis points of the total (they add up to 10000),
// each due a number of days after the order. Empty: all of it in 30 days.
struct ReceivablePart {
    QString description;
    int shareBasisPoints = 10000;
    int dueAfterDays = 30;
};

} // namespace guanxi
