// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/ReportTable.h"
#include "ui/common/AppContext.h"

#include <QWidget>

#include <functional>

namespace guanxi {

class PeriodPicker;
class ReportChart;
class ReportView;

// A report that is a table and a period (or a day): the parameters, Show, the report view with its
// drill-down, print and export, and its chart. The report itself is a function of the period.
class TableReportWidget : public QWidget {
    Q_OBJECT
public:
    using Make = std::function<Result<ReportTable>(const QDate &from, const QDate &to)>;

    // `withPeriod` false: the report is as of today and needs no period.
    TableReportWidget(const AppContext &ctx, const QString &name, bool withPeriod, Make make,
                      QWidget *parent = nullptr);

    void run();
    ReportView *table() const { return m_table; }
    PeriodPicker *period() const { return m_period; }
    ReportChart *chart() const { return m_chart; }

signals:
    void openCustomer(const QString &customerId);
    void statusMessage(const QString &message);

private:
    AppContext m_ctx;
    PeriodPicker *m_period = nullptr;
    ReportView *m_table;
    ReportChart *m_chart;
    Make m_make;
};

} // namespace guanxi
