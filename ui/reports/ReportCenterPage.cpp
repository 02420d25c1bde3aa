// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/ReportCenterPage.h"

#include "core/reports/OperationsReports.h"
#include "core/reports/PipelineReports.h"
#include "ui/reports/ClvCalculatorWidget.h"
#include "ui/reports/ClvReportWidget.h"
#include "ui/reports/ParetoReportWidget.h"
#include "ui/reports/ProposalsWidget.h"
#include "ui/reports/ReportBuilderWidget.h"
#include "ui/reports/RfmReportWidget.h"
#include "ui/reports/SalesReportWidget.h"
#include "ui/reports/TableReportWidget.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QShowEvent>
#include <QStackedWidget>

namespace guanxi {

ReportCenterPage::ReportCenterPage(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_rfm(new RfmReportWidget(ctx, this))
    , m_pareto(new ParetoReportWidget(ctx, this))
    , m_clv(new ClvReportWidget(ctx, this))
    , m_sales(new SalesReportWidget(ctx, this))
{
    setObjectName(QStringLiteral("reportCenterPage"));
    m_list->setObjectName(QStringLiteral("reportList"));
    m_list->setFixedWidth(150);
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
    // The reports that are one table over a period (or as of today).
    Database *db = ctx.db;
    const Clock *clock = ctx.clock;
    const Session actor = ctx.session;
    const struct {
        Report id;
        QString title;
        const char *name;
        bool withPeriod;
        TableReportWidget::Make make;
    } tables[] = {
        {MigrationReport, tr("RFM segment migration"), "migration", true,
         [db, actor](const QDate &f, const QDate &t) { return OperationsReports::segmentMigration(*db, actor, f, t); }},
        {ChurnReport, tr("Churn risk"), "churn", false,
         [db, clock, actor](const QDate &, const QDate &) { return OperationsReports::churnRisk(*db, *clock, actor); }},
        {AgeingReport, tr("Receivables ageing"), "ageing", false,
         [db, actor](const QDate &, const QDate &t) { return OperationsReports::receivablesAgeing(*db, actor, t); }},
        {ActivityReport, tr("Activity per person"), "activity", true,
         [db, actor](const QDate &f, const QDate &t) { return OperationsReports::activity(*db, actor, f, t); }},
        {StagesReport, tr("Funnel: conversion and time in stage"), "stages", true,
         [db, clock, actor](const QDate &f, const QDate &t) {
             return PipelineReports::timeInStage(*db, *clock, actor, f, t);
         }},
        {QuotaReport, tr("Quota attainment this month"), "quota", false,
         [db, clock, actor](const QDate &, const QDate &t) {
             return PipelineReports::quotaAttainment(*db, *clock, actor, t);
         }},
        {RetentionReport, tr("Acquisition and retention"), "retention", true,
         [db, actor](const QDate &f, const QDate &t) {
             return PipelineReports::acquisitionAndRetention(*db, actor, f, t);
         }},
        {ProductReport, tr("Sales by product"), "products", true,
         [db, actor](const QDate &f, const QDate &t) { return PipelineReports::salesByProduct(*db, actor, f, t); }},
    };
    for (const auto &r : tables) {
        auto *w = new TableReportWidget(ctx, QLatin1String(r.name), r.withPeriod, r.make, this);
        m_tables.insert(int(r.id), w);
        m_list->addItem(r.title);
        m_stack->addWidget(w);
        connect(w, &TableReportWidget::openCustomer, this, &ReportCenterPage::openCustomer);
        connect(w, &TableReportWidget::statusMessage, this, &ReportCenterPage::statusMessage);
    }
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_stack, 1);
    m_proposals = new ProposalsWidget(ctx, this);
    m_list->addItem(tr("Tier and stage proposals"));
    m_stack->addWidget(m_proposals);
    connect(m_proposals, &ProposalsWidget::openCustomer, this, &ReportCenterPage::openCustomer);
    connect(m_proposals, &ProposalsWidget::statusMessage, this, &ReportCenterPage::statusMessage);
    m_builder = new ReportBuilderWidget(ctx, this);
    m_list->addItem(tr("Report builder"));
    m_stack->addWidget(m_builder);
    connect(m_builder, &ReportBuilderWidget::statusMessage, this, &ReportCenterPage::statusMessage);
    // The textbook calculator needs no data: the last entry.
    m_list->addItem(tr("CLV calculator"));
    m_stack->addWidget(new ClvCalculatorWidget(this));
    m_list->setStyleSheet(QStringLiteral("QListWidget { font-size: 14px; } QListWidget::item { padding: 6px 6px; }"));
    // Long names ("Customer lifetime value") on two lines rather than cut or scrolled sideways.
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
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
    case RfmReport:
        m_rfm->run();
        break;
    case ParetoReport:
        m_pareto->run();
        break;
    case ClvReport:
        m_clv->run();
        break;
    case SalesReportIndex:
        m_sales->run();
        break;
    case ProposalsReport:
        m_proposals->run();
        break;
    case BuilderPage:
        m_builder->run();
        break;
    default:
        if (TableReportWidget *w = m_tables.value(row))
            w->run();
        break;
    }
}

void ReportCenterPage::showReport(Report r)
{
    m_list->setCurrentRow(int(r));
}

} // namespace guanxi
