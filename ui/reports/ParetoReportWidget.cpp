// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/ParetoReportWidget.h"

#include "core/analytics/RfmAnalysis.h"
#include "core/reports/AnalysisReports.h"
#include "ui/common/ErrorBox.h"
#include "ui/reports/PeriodPicker.h"
#include "ui/reports/ReportView.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <QValueAxis>

namespace guanxi {

ParetoReportWidget::ParetoReportWidget(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_period(new PeriodPicker(*ctx.clock, PeriodPicker::Last12Months, this))
    , m_headline(new QLabel(this))
    , m_chart(new QChartView(new QChart, this))
    , m_table(new ReportView(QStringLiteral("pareto"), this))
{
    setObjectName(QStringLiteral("paretoReport"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_period);
    auto *analyse = new QPushButton(tr("&Analyse"), this);
    analyse->setObjectName(QStringLiteral("paretoRun"));
    top->addWidget(analyse);
    top->addStretch();
    m_headline->setObjectName(QStringLiteral("paretoHeadline"));
    m_headline->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: bold;"));
    m_chart->setObjectName(QStringLiteral("paretoChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(300, 220);
    m_chart->chart()->legend()->setAlignment(Qt::AlignBottom);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_chart);
    split->addWidget(m_table);
    split->setSizes({480, 520});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_headline);
    layout->addWidget(split, 1);
    connect(analyse, &QPushButton::clicked, this, &ParetoReportWidget::run);
    connect(m_table, &ReportView::rowActivated, this, &ParetoReportWidget::openCustomer);
    connect(m_table, &ReportView::statusMessage, this, &ParetoReportWidget::statusMessage);
}

void ParetoReportWidget::run()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::vector<CustomerRevenue>> rows =
        customerRevenue(*m_ctx.db, m_ctx.session, m_period->from(), m_period->to(), QStringLiteral("CNY"));
    QApplication::restoreOverrideCursor();
    if (!rows) {
        showError(this, tr("The analysis could not be made"), rows.error());
        return;
    }
    const ParetoResult p = paretoOf(std::move(*rows));
    m_table->setTable(AnalysisReports::pareto(p, m_period->from(), m_period->to(), QStringLiteral("CNY")));
    m_headline->setText(p.customers.empty() ? tr("No customer bought anything in this period.")
                                            : tr("The top 20 % of customers bring %1 % of the revenue.")
                                                  .arg(QLocale().toString(p.topFifthShare * 100, 'f', 1)));

    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *a : chart->axes()) {
        chart->removeAxis(a);
        delete a;
    }
    auto *curve = new QLineSeries;
    curve->setName(tr("Cumulative share of revenue"));
    curve->append(0, 0);
    const size_t n = p.customers.size();
    // At most ~200 points: the curve's shape, not every customer.
    const size_t step = std::max<size_t>(1, n / 200);
    for (size_t i = 0; i < n; i += step)
        curve->append(100.0 * double(i + 1) / double(n), 100.0 * p.cumulativeShare[i]);
    if (n > 0)
        curve->append(100.0, 100.0);
    auto *marker = new QLineSeries;
    marker->setName(tr("Top 20 % of customers"));
    marker->append(20, 0);
    marker->append(20, 100.0 * p.topFifthShare);
    marker->append(0, 100.0 * p.topFifthShare);
    chart->addSeries(curve);
    chart->addSeries(marker);
    auto *x = new QValueAxis;
    x->setTruncateLabels(false);
    x->setRange(0, 100);
    x->setLabelFormat(QStringLiteral("%.0f %%"));
    x->setTitleText(tr("Customers, highest revenue first"));
    auto *y = new QValueAxis;
    y->setTruncateLabels(false);
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%.0f %%"));
    y->setTitleText(tr("Revenue"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : {curve, marker}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

} // namespace guanxi
