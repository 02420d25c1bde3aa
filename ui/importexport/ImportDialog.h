// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/importexport/Importer.h"
#include "ui/common/AppContext.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace guanxi {

// Import from another system, in the order a careful user wants it: pick the file, see its
// columns with sample values and say which field each one is, choose what to do with duplicates,
// check (a full dry run that writes nothing), read the report, then import. Rejected rows can be
// saved as a file to fix and import again.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(const AppContext &ctx, ImportTarget target, QWidget *parent = nullptr);

    // For tests and for opening a file dropped on the window.
    // `sheet`: a workbook's sheet the user picked; empty: the one Guanxi finds data on.
    bool openFile(const QString &path, const QString &sheet = {});
    bool imported() const { return m_imported; }
    const ImportReport &report() const { return m_report; }

private:
    void chooseFile();
    void showMapping();
    ImportOptions options() const;
    bool run(bool commit);
    void showReport();
    void saveRejects();

    AppContext m_ctx;
    ImportTarget m_target;
    ImportTable m_table;
    ImportReport m_report;
    bool m_checked = false;
    bool m_imported = false;
    QLabel *m_file = nullptr;
    QTableWidget *m_mapping = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_sheet = nullptr;
    QString m_path;
    QComboBox *m_onDuplicate = nullptr;
    QCheckBox *m_keepOwner = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_problems = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_saveRejects = nullptr;
};

} // namespace guanxi
