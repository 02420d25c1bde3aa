// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/SalesReportWidget.h"

#include "core/reports/SalesReport.h"
#include "ui/common/ErrorBox.h"
#include "ui/reports/PeriodPicker.h"
#include "ui/reports/ReportView.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <QValueAxis>

namespace guanxi {

namespace {
constexpr int kChartRows = 12;
}

SalesReportWidget::SalesReportWidget(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_by(new QComboBox(this))
    , m_period(new PeriodPicker(*ctx.clock, PeriodPicker::ThisMonth, this))
    , m_table(new ReportView(QStringLiteral("sales"), this))
    , m_chart(new QChartView(new QChart, this))
{
    setObjectName(QStringLiteral("salesReport"));
    m_by->setObjectName(QStringLiteral("salesBy"));
    for (auto d : {SalesReport::Dimension::Salesperson, SalesReport::Dimension::Department,
                   SalesReport::Dimension::Region, SalesReport::Dimension::Customer, SalesReport::Dimension::Month})
        m_by->addItem(SalesReport::displayName(d), int(d));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("By"), this));
    top->addWidget(m_by);
    top->addWidget(m_period);
    auto *go = new QPushButton(tr("&Show"), this);
    go->setObjectName(QStringLiteral("salesRun"));
    top->addWidget(go);
    top->addStretch();
    m_chart->setObjectName(QStringLiteral("salesChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(200);
    m_chart->chart()->legend()->setAlignment(Qt::AlignBottom);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    connect(go, &QPushButton::clicked, this, &SalesReportWidget::run);
    connect(m_table, &ReportView::statusMessage, this, &SalesReportWidget::statusMessage);
    connect(m_table, &ReportView::rowActivated, this, [this](const QString &id) {
        if (static_cast<SalesReport::Dimension>(m_by->currentData().toInt()) == SalesReport::Dimension::Customer)
            emit openCustomer(id);
    });
}

void SalesReportWidget::run()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<ReportTable> t =
        SalesReport::run(*m_ctx.db, m_ctx.session, static_cast<SalesReport::Dimension>(m_by->currentData().toInt()),
                         m_period->from(), m_period->to());
    QApplication::restoreOverrideCursor();
    if (!t) {
        showError(this, tr("The report could not be made"), t.error());
        return;
    }
    m_table->setTable(std::move(*t));
    redrawChart();
}

void SalesReportWidget::redrawChart()
{
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *a : chart->axes()) {
        chart->removeAxis(a);
        delete a;
    }
    const ReportTable &t = m_table->table();
    const int rows = std::min<int>(kChartRows, int(t.rows.size()) - 1); // without the total
    if (rows <= 0)
        return;
    const bool withPrevious = t.columns.size() > 4;
    auto *now = new QBarSet(tr("This period (10,000)"));
    auto *before = new QBarSet(tr("Previous period (10,000)"));
    QStringList labels;
    double largest = 0;
    // Largest at the top: a horizontal bar chart draws its first category at the bottom.
    for (int r = rows - 1; r >= 0; --r) {
        labels << t.rows[r][0].toString();
        *now << double(t.rows[r][2].toLongLong()) / 1e6;
        largest = std::max(largest, double(t.rows[r][2].toLongLong()) / 1e6);
        if (withPrevious) {
            *before << double(t.rows[r][4].toLongLong()) / 1e6;
            largest = std::max(largest, double(t.rows[r][4].toLongLong()) / 1e6);
        }
    }
    auto *series = new QHorizontalBarSeries;
    if (withPrevious)
        series->append(before);
    else
        delete before;
    series->append(now);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->setTruncateLabels(false); // names in full, not "…"
    y->append(labels);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = new QValueAxis;
    x->setTruncateLabels(false);
    x->setLabelFormat(QStringLiteral("%.0f"));
    // A period without sales still gets an axis (0–1): Qt's own range of all-zero bars is NaN.
    x->setRange(0, largest > 0 ? largest : 1);
    x->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
}

} // namespace guanxi
