// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/CustomReport.h"
#include "ui/common/AppContext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace guanxi {

class PeriodPicker;
class ReportChart;
class ReportView;

// The report builder: group the orders by one or two dimensions, pick the figures, filter by tier
// and region, show it, and save it under a name among "my reports" to run again.
class ReportBuilderWidget : public QWidget {
    Q_OBJECT
public:
    explicit ReportBuilderWidget(const AppContext &ctx, QWidget *parent = nullptr);

    CustomReportSpec spec() const;
    void setSpec(const CustomReportSpec &spec);
    void run();
    Result<SavedReport> saveAs(const QString &name);
    ReportView *table() const { return m_table; }
    QComboBox *savedReports() const { return m_saved; }
    PeriodPicker *period() const { return m_period; }

signals:
    void statusMessage(const QString &message);

private:
    void reloadSaved();
    void askName();
    void deleteChosen();

    AppContext m_ctx;
    QComboBox *m_rows;
    QComboBox *m_then;
    QList<QCheckBox *> m_measures;
    QComboBox *m_tier;
    QLineEdit *m_region;
    PeriodPicker *m_period;
    QComboBox *m_saved;
    ReportView *m_table;
    ReportChart *m_chart;
    QList<SavedReport> m_savedReports;
};

} // namespace guanxi
