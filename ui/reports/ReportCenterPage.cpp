// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportCenterPage.h"

#include "reports/ClvReportWidget.h"
#include "reports/ParetoReportWidget.h"
#include "reports/RfmReportWidget.h"
#include "reports/SalesReportWidget.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QShowEvent>
#include <QStackedWidget>

namespace guanxi {

ReportCenterPage::ReportCenterPage(const AppContext &ctx, QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_stack(new QStackedWidget(this)), m_rfm(new RfmReportWidget(ctx, this)),
      m_pareto(new ParetoReportWidget(ctx, this)), m_clv(new ClvReportWidget(ctx, this)), m_sales(new SalesReportWidget(ctx, this))
{
    setObjectName(QStringLiteral("reportCenterPage"));
    m_list->setObjectName(QStringLiteral("reportList"));
    m_list->setFixedWidth(190);
    const std::pair<QString, QWidget *> reports[] = {
        {tr("RFM customer segments"), m_rfm},
        {tr("80/20 and ABC"), m_pareto},
        {tr("Customer lifetime value"), m_clv},
        {tr("Sales report"), m_sales},
    };
    for (const auto &[title, widget] : reports) {
        m_list->addItem(title);
        m_stack->addWidget(widget);
    }
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_stack, 1);
    m_list->setStyleSheet(QStringLiteral("QListWidget { font-size: 14px; } QListWidget::item { padding: 8px 6px; }"));
    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_list->setCurrentRow(0);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (isVisible())
            runOnce(row);
    });
    connect(m_rfm, &RfmReportWidget::openCustomer, this, &ReportCenterPage::openCustomer);
    connect(m_pareto, &ParetoReportWidget::openCustomer, this, &ReportCenterPage::openCustomer);
    connect(m_clv, &ClvReportWidget::openCustomer, this, &ReportCenterPage::openCustomer);
    connect(m_sales, &SalesReportWidget::openCustomer, this, &ReportCenterPage::openCustomer);
    connect(m_rfm, &RfmReportWidget::statusMessage, this, &ReportCenterPage::statusMessage);
    connect(m_pareto, &ParetoReportWidget::statusMessage, this, &ReportCenterPage::statusMessage);
    connect(m_clv, &ClvReportWidget::statusMessage, this, &ReportCenterPage::statusMessage);
    connect(m_sales, &SalesReportWidget::statusMessage, this, &ReportCenterPage::statusMessage);
}

void ReportCenterPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    runOnce(m_list->currentRow());
}

void ReportCenterPage::runOnce(int row)
{
    if (m_ran.contains(row))
        return;
    m_ran.insert(row);
    switch (static_cast<Report>(row)) {
    case RfmReport: m_rfm->run(); break;
    case ParetoReport: m_pareto->run(); break;
    case ClvReport: m_clv->run(); break;
    case SalesReportIndex: m_sales->run(); break;
    }
}

void ReportCenterPage::showReport(Report r)
{
    m_list->setCurrentRow(int(r));
}

} // namespace guanxi
