// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/ReportTable.h"

#include <QChartView>

namespace guanxi {

// The chart of a report table: its chart column (else the first figure column: money first, else
// a count or share) as horizontal bars by the rows' names, the table's first dozen rows in the
// table's order, top to bottom, so that chart and table show the same rows; totals and projection
// rows are left out. Empty when the table has nothing to draw. ReportView keeps it in step with
// the table as the user sorts, and prints it above the table.
class ReportChart : public QChartView {
    Q_OBJECT
public:
    explicit ReportChart(const QString &objectName, QWidget *parent = nullptr);
    void draw(const ReportTable &table);
    // The bars' names, top to bottom, for tests.
    QStringList drawnNames() const { return m_names; }
    // Which column was drawn (-1: none), for tests.
    int drawnColumn() const { return m_column; }

private:
    int m_column = -1;
    QStringList m_names;
};

} // namespace guanxi
