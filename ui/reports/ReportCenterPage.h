// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/AppContext.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace guanxi {

class ClvReportWidget;
class ParetoReportWidget;
class ProposalsWidget;
class ReportBuilderWidget;
class RfmReportWidget;
class SalesReportWidget;
class TableReportWidget;

// The report center (报表中心): the reports listed on the left, each with its parameters, table,
// chart, drill-down to the records, print preview, PDF and CSV/XLSX export.
class ReportCenterPage : public QWidget {
    Q_OBJECT
public:
    enum Report {
        RfmReport,
        ParetoReport,
        ClvReport,
        SalesReportIndex,
        MigrationReport,
        ChurnReport,
        AgeingReport,
        ActivityReport,
        StagesReport,
        QuotaReport,
        RetentionReport,
        ProductReport,
        ProposalsReport,
        BuilderPage,
        ClvCalculatorPage
    };

    explicit ReportCenterPage(const AppContext &ctx, QWidget *parent = nullptr);
    void showReport(Report r);

    RfmReportWidget *rfm() const { return m_rfm; }
    ParetoReportWidget *pareto() const { return m_pareto; }
    ClvReportWidget *clv() const { return m_clv; }
    SalesReportWidget *sales() const { return m_sales; }
    ProposalsWidget *proposals() const { return m_proposals; }
    ReportBuilderWidget *builder() const { return m_builder; }
    // The table reports: migration, churn risk, receivables ageing, activity.
    TableReportWidget *tableReport(Report r) const { return m_tables.value(int(r)); }

signals:
    void openCustomer(const QString &customerId);
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // A report runs with its default parameters the first time it is shown.
    void runOnce(int row);

    QSet<int> m_ran;
    QListWidget *m_list;
    QStackedWidget *m_stack;
    RfmReportWidget *m_rfm;
    ParetoReportWidget *m_pareto;
    ClvReportWidget *m_clv;
    SalesReportWidget *m_sales;
    ProposalsWidget *m_proposals = nullptr;
    ReportBuilderWidget *m_builder = nullptr;
    QHash<int, TableReportWidget *> m_tables;
};

} // namespace guanxi
