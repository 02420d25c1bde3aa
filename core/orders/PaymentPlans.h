// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/orders/Order.h"

#include <QList>
#include <QString>

namespace guanxi {

// The payment plans an order made from a quote can have: when the customer pays what share.
// The GUI offers them by name; guanxi-cli and the demo data take them by code.
struct PaymentPlan {
    QString code;                // "net30", "advance30", "on_delivery"
    QString name;                // translated
    QList<ReceivablePart> parts; // shares add up to 100 %
};

QList<PaymentPlan> paymentPlans();
// The plan with `code`; the first (all within 30 days) when there is none.
PaymentPlan paymentPlan(const QString &code);

} // namespace guanxi
