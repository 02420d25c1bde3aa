// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orders/Order.h"

#include <QCoreApplication>

namespace guanxi {

namespace {
struct StatusName {
    OrderStatus status;
    const char *code;
};
constexpr StatusName kStatuses[] = {
    {OrderStatus::Open, "open"},           {OrderStatus::PartlyDelivered, "partly_delivered"},
    {OrderStatus::Delivered, "delivered"}, {OrderStatus::Paid, "paid"},
    {OrderStatus::Closed, "closed"},       {OrderStatus::Cancelled, "cancelled"}};
} // namespace

QString orderStatusCode(OrderStatus s)
{
    for (const StatusName &n : kStatuses)
        if (n.status == s)
            return QLatin1String(n.code);
    return QStringLiteral("open");
}

OrderStatus orderStatusFromCode(const QString &code)
{
    for (const StatusName &n : kStatuses)
        if (code == QLatin1String(n.code))
            return n.status;
    return OrderStatus::Open;
}

QString orderStatusDisplayName(OrderStatus s)
{
    switch (s) {
    case OrderStatus::Open:
        return QCoreApplication::translate("Order", "open");
    case OrderStatus::PartlyDelivered:
        return QCoreApplication::translate("Order", "partly delivered");
    case OrderStatus::Delivered:
        return QCoreApplication::translate("Order", "delivered");
    case OrderStatus::Paid:
        return QCoreApplication::translate("Order", "delivered and paid");
    case OrderStatus::Closed:
        return QCoreApplication::translate("Order", "closed");
    case OrderStatus::Cancelled:
        return QCoreApplication::translate("Order", "cancelled");
    }
    return {};
}

qint64 Order::paidMinor() const
{
    qint64 sum = 0;
    for (const Receivable &r : receivables)
        sum += r.paidMinor;
    return sum;
}

} // namespace guanxi
