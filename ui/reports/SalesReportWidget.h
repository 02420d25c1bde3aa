// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/AppContext.h"

#include <QWidget>

class QChartView;
class QComboBox;

namespace guanxi {

class PeriodPicker;
class ReportView;

// Sales in the report center: by salesperson, department, region, customer or month over a period,
// against the period before, as table and chart; the monthly sales report for the meeting.
class SalesReportWidget : public QWidget {
    Q_OBJECT
public:
    explicit SalesReportWidget(const AppContext &ctx, QWidget *parent = nullptr);

    void run();
    ReportView *table() const { return m_table; }
    QComboBox *dimension() const { return m_by; }
    PeriodPicker *period() const { return m_period; }

signals:
    void openCustomer(const QString &customerId);
    void statusMessage(const QString &message);

private:
    void redrawChart();

    AppContext m_ctx;
    QComboBox *m_by;
    PeriodPicker *m_period;
    ReportView *m_table;
    QChartView *m_chart;
};

} // namespace guanxi
