// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/opportunities/FunnelCharts.h"

#include "models/opportunities/ForecastModel.h"
#include "models/opportunities/FunnelStageModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QVBoxLayout>
#include <QValueAxis>

namespace guanxi {

namespace {

QChartView *chartView(QWidget *parent, const char *name)
{
    auto *view = new QChartView(new QChart, parent);
    view->setObjectName(QLatin1String(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    return view;
}

// Removes the series and axes of a chart before it is drawn anew.
void clear(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace

FunnelCharts::FunnelCharts(FunnelStageModel *stages, ForecastModel *forecast, QWidget *parent)
    : QWidget(parent)
    , m_stages(stages)
    , m_forecastModel(forecast)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Bar width by:"), this));
    m_widthBy = new QComboBox(this);
    m_widthBy->setObjectName(QStringLiteral("funnelWidthBy"));
    // By deals, a bar is as wide as the deals that got at least that far, the funnel's true shape.
    m_widthBy->addItem(tr("deals that got this far"), int(FunnelStageModel::Reached));
    m_widthBy->addItem(tr("amount now in the stage"), int(FunnelStageModel::Amount));
    row->addWidget(m_widthBy);
    row->addStretch();
    layout->addLayout(row);
    m_funnel = chartView(this, "funnelChart");
    m_forecast = chartView(this, "forecastChart");
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_funnel, 1);
    charts->addWidget(m_forecast, 1);
    layout->addLayout(charts, 1);
    connect(m_widthBy, &QComboBox::currentIndexChanged, this, &FunnelCharts::redrawFunnel);
    connect(stages, &QAbstractItemModel::modelReset, this, &FunnelCharts::redrawFunnel);
    connect(forecast, &QAbstractItemModel::modelReset, this, &FunnelCharts::redrawForecast);
    redrawFunnel();
    redrawForecast();
}

void FunnelCharts::redrawFunnel()
{
    QChart *chart = m_funnel->chart();
    clear(chart);
    chart->setTitle(tr("Sales funnel"));
    const int widthColumn = m_widthBy->currentData().toInt();
    // Open stages and won, top to bottom; a horizontal chart draws its first category lowest.
    struct Bar {
        QString label;
        double value;
    };
    QList<Bar> bars;
    double widest = 0;
    for (int r = 0; r < m_stages->rowCount(); ++r) {
        const FunnelStageFigures &f = m_stages->report().stages.at(r);
        if (f.stage.outcome == StageOutcome::Lost)
            continue;
        // Won has no "reached" of its own: every won deal got there.
        const int column =
            widthColumn == FunnelStageModel::Reached && !f.stage.isOpen() ? int(FunnelStageModel::Deals) : widthColumn;
        const double value = m_stages->index(r, column).data(Qt::EditRole).toDouble();
        // Category labels are one line; the table beside the chart has the rest.
        bars.append({tr("%1 · %2").arg(m_stages->index(r, FunnelStageModel::Stage).data().toString(),
                                       widthColumn == FunnelStageModel::Amount
                                           ? m_stages->index(r, FunnelStageModel::Amount).data().toString()
                                           : QString::number(value, 'f', 0)),
                     value});
        widest = qMax(widest, value);
    }
    // A transparent bar before each one centres it, which gives the funnel its shape.
    auto *pad = new QBarSet(QString());
    pad->setColor(Qt::transparent);
    pad->setBorderColor(Qt::transparent);
    auto *deals = new QBarSet(widthColumn == FunnelStageModel::Reached ? tr("Deals") : tr("Amount"));
    deals->setColor(QColor(0x2f, 0x7d, 0xc4));
    QStringList categories;
    for (auto it = bars.crbegin(); it != bars.crend(); ++it) {
        pad->append((widest - it->value) / 2);
        deals->append(it->value);
        categories.append(it->label);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(pad);
    series->append(deals);
    series->setBarWidth(0.85);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = new QValueAxis;
    x->setRange(0, widest > 0 ? widest : 1);
    x->setVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->legend()->setVisible(false);
}

void FunnelCharts::redrawForecast()
{
    QChart *chart = m_forecast->chart();
    clear(chart);
    const int months = m_forecastModel->rowCount();
    chart->setTitle(months == 0 ? tr("Forecast by month")
                                : tr("Forecast by month, %1 to %2")
                                      .arg(m_forecastModel->index(0, ForecastModel::Month).data().toString(),
                                           m_forecastModel->index(months - 1, ForecastModel::Month).data().toString()));
    auto *series = new QBarSeries;
    QStringList labels;
    double highest = 0;
    for (const int column : {int(ForecastModel::Weighted), int(ForecastModel::Won)}) {
        auto *set = new QBarSet(m_forecastModel->headerData(column, Qt::Horizontal).toString());
        for (int r = 0; r < m_forecastModel->rowCount(); ++r) {
            const double v = m_forecastModel->index(r, column).data(Qt::EditRole).toDouble();
            set->append(v);
            highest = qMax(highest, v);
        }
        series->append(set);
    }
    // The month alone ("06" for 2026-06): the title gives the years; twelve fit under the bars.
    for (int r = 0; r < m_forecastModel->rowCount(); ++r)
        labels.append(m_forecastModel->index(r, ForecastModel::Month).data().toString().mid(5));
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, highest > 0 ? highest * 1.1 : 1);
    y->applyNiceNumbers(); // round ticks: 0, 500,000, 1,000,000 …
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setVisible(true);
}

} // namespace guanxi
