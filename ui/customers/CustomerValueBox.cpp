// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/CustomerValueBox.h"

#include "core/analytics/ClvService.h"
#include "core/money/Money.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace guanxi {

CustomerValueBox::CustomerValueBox(const AppContext &ctx, QWidget *parent)
    : QGroupBox(tr("Customer value"), parent)
    , m_ctx(ctx)
    , m_figures(new QLabel(this))
{
    setObjectName(QStringLiteral("customerValue"));
    m_figures->setObjectName(QStringLiteral("customerValueFigures"));
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_figures);
}

QString CustomerValueBox::text() const
{
    return m_figures->text();
}

void CustomerValueBox::setCustomer(const QString &customerId)
{
    if (customerId.isEmpty()) {
        m_figures->setText(tr("Known once the customer has bought."));
        return;
    }
    ClvService clv(*m_ctx.db, *m_ctx.clock);
    Result<CustomerValue> v = clv.valueOf(m_ctx.session, customerId);
    if (!v) {
        m_figures->setText(v.error().code == ErrorCode::NotFound ? v.error().message + QLatin1Char(' ')
                                   + tr("(Report center → Customer lifetime value fits the models.)")
                                                                 : v.error().message);
        return;
    }
    const auto kept = clv.keptFit();
    const QString currency = kept ? kept->second : QStringLiteral("CNY");
    const QLocale l;
    m_figures->setText(tr("Probability still active: %1 %   ·   purchases expected in the next 52 weeks: %2   ·   "
                          "worth per purchase: %3   ·   lifetime value (52 weeks): %4\n"
                          "By the models fitted to the orders up to %5.")
                           .arg(l.toString(v->probabilityAlive * 100, 'f', 1), l.toString(v->expectedPurchases, 'f', 2),
                                MoneyText::formatWithSymbol({qint64(std::llround(v->expectedSpend * 100)), currency}),
                                MoneyText::formatWithSymbol({qint64(std::llround(v->clv * 100)), currency}),
                                kept ? kept->first.toString(Qt::ISODate) : QString()));
}

} // namespace guanxi
