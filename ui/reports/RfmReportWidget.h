// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/RfmAnalysis.h"
#include "ui/common/AppContext.h"

#include <QWidget>

class QChartView;
class QCheckBox;
class QPushButton;

namespace guanxi {

class PeriodPicker;
class ReportView;

// RFM in the report center: the eight segments with their definitions, size and revenue (table and
// chart); a segment opens its customers; those can be tagged for follow-up; a customer opens its card.
class RfmReportWidget : public QWidget {
    Q_OBJECT
public:
    explicit RfmReportWidget(const AppContext &ctx, QWidget *parent = nullptr);

    void run();
    void showSegment(RfmSegment segment);
    // Tags the customers shown below with `tag`; the message says how many.
    Result<QString> tagShown(const QString &tag);
    ReportView *segments() const { return m_segments; }
    ReportView *customers() const { return m_customers; }
    PeriodPicker *period() const { return m_period; }
    // The user's own cut points (empty: quintiles).
    void setThresholds(const std::optional<RfmThresholds> &t);

signals:
    void openCustomer(const QString &customerId);
    void statusMessage(const QString &message);

private:
    void redrawChart();
    void askTag();

    AppContext m_ctx;
    PeriodPicker *m_period;
    ReportView *m_segments;
    ReportView *m_customers;
    QChartView *m_chart;
    QPushButton *m_tag;
    std::optional<RfmResult> m_result;
    std::optional<RfmSegment> m_shown;
    std::optional<RfmThresholds> m_thresholds;
    QCheckBox *m_own;
};

} // namespace guanxi
