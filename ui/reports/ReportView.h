// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/ReportTable.h"

#include <QWidget>

class QLabel;
class QPrinter;
class QSortFilterProxyModel;
class QTableView;

namespace guanxi {

class ReportChart;
class ReportTableModel;

// One report table on screen: its title and parameters, the table (sortable by any column), the
// notes, and Export (CSV, XLSX), Print preview and PDF. Activating a row names its record. With a
// chart attached, the chart shows the table's rows in the order the table shows them (also after
// the user sorts), and the printed report carries the chart above the table.
class ReportView : public QWidget {
    Q_OBJECT
public:
    explicit ReportView(const QString &objectName, QWidget *parent = nullptr);

    void setTable(ReportTable table);
    const ReportTable &table() const;
    // The table as it is shown: rows in the view's order, totals last.
    ReportTable tableAsShown() const;
    void attachChart(ReportChart *chart);
    QTableView *view() const { return m_view; }
    // The id of the row under the current index (through the sort).
    QString currentId() const;

    // For the buttons and for tests.
    Status exportTo(const QString &path);
    Status printToPdf(const QString &path);

signals:
    void rowActivated(const QString &id);
    void statusMessage(const QString &message);

private:
    void exportAsked();
    void previewAsked();
    void pdfAsked();
    void print(QPrinter *printer) const;
    void redrawChart();

    ReportTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QLabel *m_title;
    QLabel *m_notes;
    QTableView *m_view;
    ReportChart *m_chart = nullptr;
};

} // namespace guanxi
