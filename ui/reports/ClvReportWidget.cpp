// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ClvReportWidget.h"

#include "analytics/ClvService.h"
#include "common/ErrorBox.h"
#include "reports/AnalysisReports.h"
#include "reports/ReportChart.h"
#include "reports/ReportView.h"
#include "util/LocalDays.h"

#include <QApplication>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace guanxi {

ClvReportWidget::ClvReportWidget(const AppContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx), m_end(new QDateEdit(this)), m_table(new ReportView(QStringLiteral("clv"), this)),
      m_chart(new ReportChart(QStringLiteral("clvChart"), this))
{
    setObjectName(QStringLiteral("clvReport"));
    m_end->setObjectName(QStringLiteral("clvCalibrationEnd"));
    m_end->setCalendarPopup(true);
    m_end->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_end->setDate(localdays::today(*ctx.clock));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Learn from the orders up to"), this));
    top->addWidget(m_end);
    auto *fit = new QPushButton(tr("&Fit the models"), this);
    fit->setObjectName(QStringLiteral("clvRun"));
    top->addWidget(fit);
    top->addStretch();
    auto *how = new QLabel(tr("BG/NBD predicts how many more purchases each customer makes and how likely they are still "
                              "a customer; Gamma-Gamma how much each purchase is worth. Both learn from your own orders."),
                           this);
    how->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(how);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    split->setSizes({620, 360});
    layout->addWidget(split, 1);
    connect(fit, &QPushButton::clicked, this, &ClvReportWidget::run);
    connect(m_table, &ReportView::rowActivated, this, &ClvReportWidget::openCustomer);
    connect(m_table, &ReportView::statusMessage, this, &ClvReportWidget::statusMessage);
}

void ClvReportWidget::run()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<ClvReport> r = ClvService(*m_ctx.db, *m_ctx.clock).fit(m_ctx.session, m_end->date());
    QApplication::restoreOverrideCursor();
    if (!r) {
        showError(this, tr("The customer-value models were not fitted"), r.error());
        return;
    }
    const ReportTable table = AnalysisReports::clv(*r);
    m_chart->draw(table);   // the twelve most valuable customers
    m_table->setTable(table);
    emit statusMessage(tr("Fitted to %n customer(s); the customer cards show their value now.", "", r->bgnbd.customers));
}

} // namespace guanxi
