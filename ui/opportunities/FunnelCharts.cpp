// SPDX-License-Identifier: GPL-3.0-or-later
#include "opportunities/FunnelCharts.h"

#include "opportunities/ForecastModel.h"
#include "opportunities/FunnelStageModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QValueAxis>
#include <QVBoxLayout>

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
    : QWidget(parent), m_stages(stages), m_forecastModel(forecast)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Bar width by:"), this));
    m_widthBy = new QComboBox(this);
    m_widthBy->setObjectName(QStringLiteral("funnelWidthBy"));
    m_widthBy->addItem(tr("number of deals"), int(FunnelStageModel::Deals));
    m_widthBy->addItem(tr("amount"), int(FunnelStageModel::Amount));
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
        const double value = m_stages->index(r, widthColumn).data(Qt::EditRole).toDouble();
        bars.append({tr("%1\n%2 · %3")
                         .arg(m_stages->index(r, FunnelStageModel::Stage).data().toString(),
                              m_stages->index(r, FunnelStageModel::Deals).data().toString(),
                              m_stages->index(r, FunnelStageModel::Amount).data().toString()),
                     value});
        widest = qMax(widest, value);
    }
    // A transparent bar before each one centres it, which gives the funnel its shape.
    auto *pad = new QBarSet(QString());
    pad->setColor(Qt::transparent);
    pad->setBorderColor(Qt::transparent);
    auto *deals = new QBarSet(widthColumn == FunnelStageModel::Deals ? tr("Deals") : tr("Amount"));
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
    chart->setTitle(tr("Forecast by month"));
    auto *series = new QBarSeries;
    QStringList months;
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
    for (int r = 0; r < m_forecastModel->rowCount(); ++r)
        months.append(m_forecastModel->index(r, ForecastModel::Month).data().toString());
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(months);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, highest > 0 ? highest * 1.1 : 1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setVisible(true);
}

} // namespace guanxi
