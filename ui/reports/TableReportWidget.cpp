// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/TableReportWidget.h"

#include "core/util/LocalDays.h"
#include "ui/common/ErrorBox.h"
#include "ui/reports/PeriodPicker.h"
#include "ui/reports/ReportChart.h"
#include "ui/reports/ReportView.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace guanxi {

TableReportWidget::TableReportWidget(const AppContext &ctx, const QString &name, bool withPeriod, Make make,
                                     QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_table(new ReportView(name, this))
    , m_chart(new ReportChart(name + QStringLiteral("Chart"), this))
    , m_make(std::move(make))
{
    setObjectName(name + QStringLiteral("Report"));
    auto *top = new QHBoxLayout;
    if (withPeriod) {
        m_period = new PeriodPicker(*ctx.clock, PeriodPicker::Last12Months, this);
        top->addWidget(m_period);
    }
    auto *show = new QPushButton(withPeriod ? tr("&Show") : tr("&Refresh"), this);
    show->setObjectName(name + QStringLiteral("Run"));
    top->addWidget(show);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    m_table->attachChart(m_chart);
    split->setSizes({420, 260});
    layout->addWidget(split, 1);
    connect(show, &QPushButton::clicked, this, &TableReportWidget::run);
    connect(m_table, &ReportView::statusMessage, this, &TableReportWidget::statusMessage);
    connect(m_table, &ReportView::rowActivated, this, &TableReportWidget::openCustomer);
}

void TableReportWidget::run()
{
    const QDate today = localdays::today(*m_ctx.clock);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<ReportTable> t = m_make(m_period ? m_period->from() : today, m_period ? m_period->to() : today);
    QApplication::restoreOverrideCursor();
    if (!t) {
        showError(this, tr("The report could not be made"), t.error());
        return;
    }
    m_table->setTable(std::move(*t)); // and so the chart
}

} // namespace guanxi
