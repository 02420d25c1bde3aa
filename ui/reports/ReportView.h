// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportTable.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace guanxi {

class ReportTableModel;

// One report table on screen: its title and parameters, the table (sortable by any column), the
// notes, and Export (CSV, XLSX), Print preview and PDF. Activating a row names its record.
class ReportView : public QWidget {
    Q_OBJECT
public:
    explicit ReportView(const QString &objectName, QWidget *parent = nullptr);

    void setTable(ReportTable table);
    const ReportTable &table() const;
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

    ReportTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QLabel *m_title;
    QLabel *m_notes;
    QTableView *m_view;
};

} // namespace guanxi
