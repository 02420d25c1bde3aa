// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/AppContext.h"

#include <QWidget>

class QChartView;
class QLabel;

namespace guanxi {

class PeriodPicker;
class ReportView;

// 80/20 in the report center: the Pareto curve (cumulative share of revenue against the share of
// customers, highest first), the share of the top 20 %, and the customers with their ABC class.
class ParetoReportWidget : public QWidget {
    Q_OBJECT
public:
    explicit ParetoReportWidget(const AppContext &ctx, QWidget *parent = nullptr);

    void run();
    ReportView *table() const { return m_table; }
    QLabel *headline() const { return m_headline; }
    QChartView *chart() const { return m_chart; }
    PeriodPicker *period() const { return m_period; }

signals:
    void openCustomer(const QString &customerId);
    void statusMessage(const QString &message);

private:
    AppContext m_ctx;
    PeriodPicker *m_period;
    QLabel *m_headline;
    QChartView *m_chart;
    ReportView *m_table;
};

} // namespace guanxi
