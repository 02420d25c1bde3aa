// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importexport/ImportDialog.h"

#include "core/storage/Database.h"
#include "core/users/AccessPolicy.h"
#include "core/util/Clock.h"
#include "core/workspace/OpenWorkspace.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/ErrorBox.h"
#include "ui/common/FileDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace guanxi {

namespace {
constexpr int kSampleRows = 3;
}

ImportDialog::ImportDialog(const AppContext &ctx, ImportTarget target, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_target(target)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(target == ImportTarget::Customers      ? tr("Import customers")
                       : target == ImportTarget::Contacts ? tr("Import contacts")
                                                          : tr("Import leads"));
    auto *layout = new QVBoxLayout(this);

    auto *fileRow = new QHBoxLayout;
    auto *choose = new QPushButton(tr("&Choose file…"), this);
    m_file = new QLabel(tr("A .csv, .xlsx, .xls or .vcf file, for example exported from another CRM, "
                           "Excel, Outlook or Google Contacts."),
                        this);
    m_file->setWordWrap(true);
    fileRow->addWidget(choose);
    fileRow->addWidget(m_file, 1);
    // A CSV's encoding: detected, or as the user says when the preview looks garbled.
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->addItem(tr("Encoding: detected"), QString());
    for (const char *name :
         {"UTF-8", "GBK", "GB18030", "Big5", "Shift_JIS", "EUC-JP", "EUC-KR", "windows-1251", "windows-1252", "UTF-16"})
        m_encoding->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    m_encoding->setToolTip(tr("How the CSV file's text is written; read it again in another encoding"));
    m_encoding->setEnabled(false);
    fileRow->addWidget(m_encoding);
    // A workbook's sheet: the one Guanxi found data on, or another.
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("importSheet"));
    m_sheet->setToolTip(tr("The worksheet to import"));
    m_sheet->setVisible(false);
    fileRow->addWidget(m_sheet);
    layout->addLayout(fileRow);
    connect(m_sheet, &QComboBox::activated, this, [this] {
        if (!m_path.isEmpty())
            openFile(m_path, m_sheet->currentText());
    });
    connect(m_encoding, &QComboBox::activated, this, [this] {
        if (!m_path.isEmpty())
            openFile(m_path);
    });
    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);

    layout->addWidget(new QLabel(tr("Which field does each column hold?"), this));
    m_mapping = new QTableWidget(this);
    m_mapping->setObjectName(QStringLiteral("importMapping"));
    m_mapping->setColumnCount(3);
    m_mapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("Sample values"), tr("Imported as")});
    m_mapping->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mapping->verticalHeader()->hide();
    layout->addWidget(m_mapping, 2);

    auto *options = new QHBoxLayout;
    options->addWidget(new QLabel(tr("When a row is already in the database:"), this));
    m_onDuplicate = new QComboBox(this);
    m_onDuplicate->setObjectName(QStringLiteral("importOnDuplicate"));
    m_onDuplicate->addItem(tr("Skip the row"), static_cast<int>(DuplicateAction::Skip));
    m_onDuplicate->addItem(tr("Update the existing record"), static_cast<int>(DuplicateAction::Update));
    m_onDuplicate->addItem(tr("Create it anyway"), static_cast<int>(DuplicateAction::Create));
    options->addWidget(m_onDuplicate);
    m_keepOwner = new QCheckBox(tr("Keep owner and dates from the file"), this);
    m_keepOwner->setEnabled(AccessPolicy(ctx.session).leadsTeam());
    options->addWidget(m_keepOwner);
    options->addStretch();
    layout->addLayout(options);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_problems = new QTreeWidget(this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setRootIsDecorated(false);
    m_problems->setHeaderLabels({tr("Line"), tr("What happened")});
    m_problems->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(m_problems, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_check = buttons->addButton(tr("C&heck"), QDialogButtonBox::ActionRole);
    m_check->setObjectName(QStringLiteral("importCheck"));
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importRun"));
    m_saveRejects = buttons->addButton(tr("&Save rejected rows…"), QDialogButtonBox::ActionRole);
    m_check->setEnabled(false);
    m_import->setEnabled(false);
    m_saveRejects->setEnabled(false);
    connect(m_check, &QPushButton::clicked, this, [this] { run(false); });
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (run(true))
            m_import->setEnabled(false);
    });
    connect(m_saveRejects, &QPushButton::clicked, this, &ImportDialog::saveRejects);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] { done(m_imported ? Accepted : Rejected); });
    layout->addWidget(buttons);
    resize(860, 640);
}

void ImportDialog::chooseFile()
{
    const QString path = FileDialog::getOpenFileName(
        this, tr("Import from"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Files Guanxi imports (*.csv *.txt *.xlsx *.xls *.vcf);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool ImportDialog::openFile(const QString &path, const QString &sheet)
{
    if (path != m_path)
        m_encoding->setCurrentIndex(0); // a new file: detected first
    m_path = path;
    const bool csv = !path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
        && !path.endsWith(QLatin1String(".xls"), Qt::CaseInsensitive)
        && !path.endsWith(QLatin1String(".vcf"), Qt::CaseInsensitive);
    m_encoding->setEnabled(csv);
    Result<ImportTable> table = ImportFiles::read(path, m_encoding->currentData().toString(), sheet);
    if (!table) {
        showError(this, tr("The file cannot be imported"), table.error());
        return false;
    }
    m_table = *table;
    m_sheet->clear();
    m_sheet->addItems(m_table.sheets);
    m_sheet->setCurrentText(m_table.sheet);
    m_sheet->setVisible(m_table.sheets.size() > 1);
    m_file->setText(tr("%1 — %2, %n row(s)", "", static_cast<int>(m_table.rows.size()))
                        .arg(QFileInfo(path).fileName(), m_table.format));
    showMapping();
    m_checked = false;
    m_check->setEnabled(true);
    m_import->setEnabled(false);
    m_summary->setText(m_table.warnings.join(QLatin1Char('\n')));
    m_problems->clear();
    if (m_table.encodingUncertain)
        m_encoding->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    else
        m_encoding->setStyleSheet(QString());
    return true;
}

void ImportDialog::showMapping()
{
    const ColumnMapping guess = ColumnMapping::guess(m_table.headers, m_target);
    m_mapping->setRowCount(static_cast<int>(m_table.headers.size()));
    const QList<ImportField> fields = importFieldsFor(m_target);
    for (int c = 0; c < m_table.headers.size(); ++c) {
        m_mapping->setItem(c, 0, new QTableWidgetItem(m_table.headers.at(c)));
        // The first values the column holds (empty cells skipped: a sparse column still shows what it is).
        QStringList samples;
        for (qsizetype r = 0; r < m_table.rows.size() && samples.size() < kSampleRows; ++r)
            if (const QString v = m_table.value(m_table.rows.at(r), c).simplified(); !v.isEmpty())
                samples.append(v);
        auto *sample = new QTableWidgetItem(samples.isEmpty() ? tr("(empty)") : samples.join(QStringLiteral(" | ")));
        if (samples.isEmpty())
            sample->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        m_mapping->setItem(c, 1, sample);
        for (int k = 0; k < 2; ++k)
            m_mapping->item(c, k)->setFlags(Qt::ItemIsEnabled);
        auto *combo = new QComboBox(m_mapping);
        for (ImportField f : fields)
            combo->addItem(importFieldName(f), static_cast<int>(f));
        combo->setCurrentIndex(combo->findData(static_cast<int>(guess.columns.at(c))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            m_checked = false;
            m_import->setEnabled(false); // a changed mapping needs a new check
        });
        m_mapping->setCellWidget(c, 2, combo);
    }
    m_mapping->resizeColumnToContents(0);
    m_mapping->resizeColumnToContents(2);
}

ImportOptions ImportDialog::options() const
{
    ImportOptions o;
    o.target = m_target;
    o.onDuplicate = static_cast<DuplicateAction>(m_onDuplicate->currentData().toInt());
    o.keepOwnerAndDates = m_keepOwner->isChecked();
    for (int c = 0; c < m_mapping->rowCount(); ++c)
        o.mapping.columns.append(
            static_cast<ImportField>(qobject_cast<QComboBox *>(m_mapping->cellWidget(c, 2))->currentData().toInt()));
    return o;
}

bool ImportDialog::run(bool commit)
{
    const ImportOptions o = options();
    const QString path = m_ctx.db->path();
    const Session actor = m_ctx.session;
    const Clock *clock = m_ctx.clock;
    const ImportTable table = m_table;
    ImportReport report;
    // On a worker thread with its own connection, behind a progress dialog with Cancel.
    const Status s = BackgroundTask::run(
        this, commit ? tr("Importing") : tr("Checking the file"), [&](const ProgressFn &progress) -> Status {
            auto db = openWorkspace(path);
            if (!db)
                return db.error();
            Result<ImportReport> r = Importer(**db, *clock).run(actor, table, o, commit, progress);
            if (!r)
                return r.error();
            report = *r;
            return {};
        });
    if (!s) {
        if (s.error().code != ErrorCode::Cancelled)
            showError(this, commit ? tr("Nothing was imported") : tr("The file was not checked"), s.error());
        return false;
    }
    m_report = report;
    m_checked = true;
    m_imported = m_imported || commit;
    showReport();
    m_import->setEnabled(!commit && (report.created + report.updated) > 0);
    return true;
}

void ImportDialog::showReport()
{
    const ImportReport &r = m_report;
    QString counts = tr("%1 rows: %2 new, %3 updated, %4 skipped as duplicates, %5 rejected; %6 contacts.")
                         .arg(r.rows)
                         .arg(r.created)
                         .arg(r.updated)
                         .arg(r.skipped)
                         .arg(r.rejected.size())
                         .arg(r.contactsCreated);
    if (!r.unverified.isEmpty())
        counts += QLatin1Char(' ')
            + tr("%n value(s) could not be read: each record keeps them in its notes (below).", "",
                 int(r.unverified.size()));
    // The columns whose values went into notes under their names, so nobody looks for them in vain.
    QStringList kept;
    const ImportOptions o = options();
    for (int c = 0; c < m_table.headers.size(); ++c)
        if (o.mapping.columns.value(c) == ImportField::KeepInNotes
            && std::any_of(m_table.rows.cbegin(), m_table.rows.cend(),
                           [&](const ImportRow &row) { return !m_table.value(row, c).trimmed().isEmpty(); }))
            kept.append(m_table.headers.at(c).isEmpty() ? tr("column %1").arg(c + 1) : m_table.headers.at(c));
    if (!kept.isEmpty())
        counts += QLatin1Char('\n')
            + tr("Kept in the notes under their column's name: %1.").arg(kept.join(QStringLiteral(", ")));
    m_summary->setText(r.committed ? tr("Imported. %1").arg(counts)
                                   : tr("Checked, nothing written yet. %1 Press Import to write it.").arg(counts));
    m_problems->clear();
    for (const ImportRejection &x : r.rejected)
        new QTreeWidgetItem(m_problems, {QString::number(x.line), tr("Rejected: %1").arg(x.reason)});
    for (const ImportNote &n : r.unverified)
        new QTreeWidgetItem(m_problems,
                            {QString::number(n.line), tr("Not checked, kept in the notes: %1").arg(n.message)});
    for (const ImportNote &n : r.duplicates)
        new QTreeWidgetItem(m_problems, {QString::number(n.line), n.message});
    m_saveRejects->setEnabled(!r.rejected.isEmpty());
}

void ImportDialog::saveRejects()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Save the rejected rows"),
                                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                         + tr("/rejected rows.csv"),
                                                     tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(Importer::rejectsCsv(m_table, m_report)) < 0 || !f.commit())
        showError(this, tr("The file was not saved"), {ErrorCode::Storage, f.errorString(), {}});
}

} // namespace guanxi
