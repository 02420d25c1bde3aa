// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/opportunities/FunnelReport.h"
#include "core/opportunities/OpportunityRepository.h"
#include "ui/common/AppContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;

namespace guanxi {

class ForecastModel;
class FunnelCharts;
class FunnelStageModel;
class LoadWhenShown;
class OpportunityBoard;
class QuotaAttainmentModel;

// The sales funnel page (销售漏斗): filters by owner, department and period; the kanban board of
// the deals; and the analysis: the funnel with its conversion between stages, the weighted
// forecast by month and each salesperson's quota attainment. A salesperson sees their own deals, a
// manager the department's. The figures above the tabs are read on every refresh, each tab's own
// content when it is shown.
class FunnelPage : public QWidget {
    Q_OBJECT
public:
    enum Period {
        AllTime,
        ThisMonth,
        ThisQuarter,
        ThisYear,
        LastMonth,
        LastQuarter,
        NextQuarter
    };
    enum Tab {
        BoardTab,
        AnalysisTab
    };

    explicit FunnelPage(const AppContext &ctx, QWidget *parent = nullptr);

    OpportunityBoard *board() const { return m_board; }
    const FunnelReport &report() const { return m_report; }
    OpportunityFilter filter() const;
    QString quotaPeriod() const;
    void setPeriod(Period period);

public slots:
    // Reads the page again now, or when it is next shown (LoadWhenShown).
    void reload();
    void newOpportunity(const QString &customerId = {});
    void openOpportunity(const QString &id);
    // Moves a deal (from the board); a refused move is explained and the board shows the truth.
    void moveOpportunity(const QString &id, qint64 version, const QString &stageId);

signals:
    void statusMessage(const QString &message);

private:
    void load(); // what reload() reads
    void fillFilters();
    // The shown tab is read again when it is stale; the other waits until it is shown.
    void refreshVisibleTab();
    void loadBoard();
    void loadAnalysis();
    void editStages();
    void setQuota();

    AppContext m_ctx;
    QComboBox *m_owner;
    QComboBox *m_department;
    QLabel *m_departmentLabel;
    QComboBox *m_period;
    QTabWidget *m_tabs;
    OpportunityBoard *m_board;
    QLabel *m_boardNote;
    QLabel *m_summary;
    FunnelStageModel *m_stageModel;
    ForecastModel *m_forecastModel;
    QuotaAttainmentModel *m_quotaModel;
    FunnelCharts *m_charts;
    QLabel *m_quotaTitle;
    FunnelReport m_report;
    bool m_boardStale = true;
    bool m_analysisStale = true;
    LoadWhenShown *m_whenShown;
};

} // namespace guanxi
