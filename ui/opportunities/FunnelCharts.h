// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QChartView;
class QComboBox;

namespace guanxi {

class ForecastModel;
class FunnelStageModel;

// The two charts of the funnel page, drawn from the same models as the tables beside them: the
// funnel (open stages and won, centred bars as wide as their deals or their amount) and the
// forecast by month (weighted open deals against what was won).
class FunnelCharts : public QWidget {
    Q_OBJECT
public:
    FunnelCharts(FunnelStageModel *stages, ForecastModel *forecast, QWidget *parent = nullptr);

    QChartView *funnelView() const { return m_funnel; }
    QChartView *forecastView() const { return m_forecast; }

private:
    void redrawFunnel();
    void redrawForecast();

    FunnelStageModel *m_stages;
    ForecastModel *m_forecastModel;
    QComboBox *m_widthBy;
    QChartView *m_funnel;
    QChartView *m_forecast;
};

} // namespace guanxi
