// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/AppContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace QtCharts {
}
class QChartView;

namespace guanxi {

class TeamOverviewModel;

// The manager's workbench: one line per person of the department with the pipeline by stage,
// overdue follow-ups, dormant customers, this month's quota and receivables. An administrator
// chooses the department (or everyone). Below the table, each person's open pipeline stacked by
// stage.
class TeamView : public QWidget {
    Q_OBJECT
public:
    TeamView(const AppContext &ctx, QWidget *parent = nullptr);

    TeamOverviewModel *model() const { return m_model; }
    void reload();

private:
    void redrawChart();

    AppContext m_ctx;
    QComboBox *m_department;
    QTableView *m_table;
    TeamOverviewModel *m_model;
    QChartView *m_chart;
    QLabel *m_problem;
};

} // namespace guanxi
