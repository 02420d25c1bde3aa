// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/AppContext.h"
#include "reports/ReportTable.h"

#include <QWidget>

#include <functional>

namespace guanxi {

class PeriodPicker;
class ReportView;

// A report that is a table and a period (or a day): the parameters, Show, and the report view with
// its drill-down, print and export. The report itself is a function of the period.
class TableReportWidget : public QWidget {
    Q_OBJECT
public:
    using Make = std::function<Result<ReportTable>(const QDate &from, const QDate &to)>;

    // `withPeriod` false: the report is as of today and needs no period.
    TableReportWidget(const AppContext &ctx, const QString &name, bool withPeriod, Make make, QWidget *parent = nullptr);

    void run();
    ReportView *table() const { return m_table; }
    PeriodPicker *period() const { return m_period; }

signals:
    void openCustomer(const QString &customerId);
    void statusMessage(const QString &message);

private:
    AppContext m_ctx;
    PeriodPicker *m_period = nullptr;
    ReportView *m_table;
    Make m_make;
};

} // namespace guanxi
