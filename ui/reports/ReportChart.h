// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportTable.h"

#include <QChartView>

namespace guanxi {

// The chart of a report table: its first figure column (money first, else a count or share) as
// horizontal bars by the rows' names, the largest rows first and at most a dozen; totals and
// projection rows are left out. Empty when the table has nothing to draw.
class ReportChart : public QChartView {
    Q_OBJECT
public:
    explicit ReportChart(const QString &objectName, QWidget *parent = nullptr);
    void draw(const ReportTable &table);
    // Which column was drawn (-1: none), for tests.
    int drawnColumn() const { return m_column; }

private:
    int m_column = -1;
};

} // namespace guanxi
