// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orders/PaymentPlans.h"

#include <QCoreApplication>

namespace guanxi {

QList<PaymentPlan> paymentPlans()
{
    const auto text = [](const char *source) { return QCoreApplication::translate("PaymentPlans", source); };
    return {
        {QStringLiteral("net30"),
         text(QT_TRANSLATE_NOOP("PaymentPlans", "All of it within 30 days")),
         {{text(QT_TRANSLATE_NOOP("PaymentPlans", "Payment")), 10000, 30}}},
        {QStringLiteral("advance30"),
         text(QT_TRANSLATE_NOOP("PaymentPlans", "30 % on signing, 70 % within 60 days")),
         {{text(QT_TRANSLATE_NOOP("PaymentPlans", "Advance payment")), 3000, 0},
          {text(QT_TRANSLATE_NOOP("PaymentPlans", "Balance")), 7000, 60}}},
        {QStringLiteral("on_delivery"),
         text(QT_TRANSLATE_NOOP("PaymentPlans", "All of it on delivery (within 7 days)")),
         {{text(QT_TRANSLATE_NOOP("PaymentPlans", "Payment")), 10000, 7}}},
    };
}

PaymentPlan paymentPlan(const QString &code)
{
    const QList<PaymentPlan> all = paymentPlans();
    for (const PaymentPlan &p : all)
        if (p.code == code)
            return p;
    return all.first();
}

} // namespace guanxi
