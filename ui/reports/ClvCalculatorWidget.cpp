// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/ClvCalculatorWidget.h"

#include "core/analytics/ClvCalculator.h"
#include "core/money/Money.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace guanxi {

namespace {

QDoubleSpinBox *amountBox(QWidget *parent, const char *name, double value)
{
    auto *b = new QDoubleSpinBox(parent);
    b->setObjectName(QLatin1String(name));
    b->setRange(0, 1e10);
    b->setDecimals(2);
    b->setGroupSeparatorShown(true);
    b->setPrefix(QStringLiteral("¥ "));
    b->setValue(value);
    return b;
}

qint64 minor(const QDoubleSpinBox *b)
{
    return std::llround(b->value() * 100.0);
}

QString money(qint64 minorUnits)
{
    return MoneyText::formatWithSymbol({minorUnits, QStringLiteral("CNY")});
}

} // namespace

ClvCalculatorWidget::ClvCalculatorWidget(QWidget *parent)
    : QWidget(parent)
    , m_years(new QSpinBox(this))
    , m_acquisition(amountBox(this, "clvAcquisition", 2000))
    , m_first(amountBox(this, "clvFirst", 5000))
    , m_revenue(amountBox(this, "clvRevenue", 20000))
    , m_service(amountBox(this, "clvService", 3000))
    , m_discount(new QDoubleSpinBox(this))
    , m_result(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("clvCalculator"));
    m_years->setObjectName(QStringLiteral("clvYears"));
    m_years->setRange(0, 50);
    m_years->setValue(5);
    m_discount->setObjectName(QStringLiteral("clvDiscount"));
    m_discount->setRange(0, 100);
    m_discount->setSuffix(QStringLiteral(" %"));
    m_discount->setValue(10);
    auto *form = new QFormLayout;
    form->addRow(tr("Retention years (n)"), m_years);
    form->addRow(tr("Acquisition cost (AC)"), m_acquisition);
    form->addRow(tr("First purchase (F)"), m_first);
    form->addRow(tr("Yearly added revenue (R)"), m_revenue);
    form->addRow(tr("Yearly service cost (S)"), m_service);
    form->addRow(tr("Discount rate (d)"), m_discount);
    auto *formula = new QLabel(ClvCalculator::formula(), this);
    formula->setWordWrap(true);
    formula->setStyleSheet(QStringLiteral("color: #4a5561;"));
    m_result->setObjectName(QStringLiteral("clvResult"));
    m_result->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: bold;"));
    m_table->setObjectName(QStringLiteral("clvYearsTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Year"), tr("Net that year"), tr("Discount factor"), tr("Present value"), tr("Cumulative")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(formula);
    left->addWidget(m_result);
    left->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addWidget(m_table, 3);
    for (QDoubleSpinBox *b : {m_acquisition, m_first, m_revenue, m_service, m_discount})
        connect(b, &QDoubleSpinBox::valueChanged, this, &ClvCalculatorWidget::recompute);
    connect(m_years, &QSpinBox::valueChanged, this, &ClvCalculatorWidget::recompute);
    recompute();
}

QString ClvCalculatorWidget::resultText() const
{
    return m_result->text();
}

void ClvCalculatorWidget::recompute()
{
    ClvInputs in;
    in.retentionYears = m_years->value();
    in.acquisitionCostMinor = minor(m_acquisition);
    in.firstPurchaseMinor = minor(m_first);
    in.yearlyRevenueMinor = minor(m_revenue);
    in.yearlyServiceCostMinor = minor(m_service);
    in.discountRate = m_discount->value() / 100.0;
    const ClvResult r = ClvCalculator::compute(in);
    m_result->setText(tr("Lifetime value: %1").arg(money(r.clvMinor)));
    m_table->setRowCount(int(r.years.size()));
    const QLocale l;
    for (int i = 0; i < r.years.size(); ++i) {
        const ClvYear &y = r.years[i];
        const QStringList cells{QString::number(y.year), money(y.netMinor), l.toString(y.discountFactor, 'f', 4),
                                money(y.presentValueMinor), money(y.cumulativeMinor)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(i, c, item);
        }
    }
}

} // namespace guanxi
