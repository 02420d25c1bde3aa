// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/printing/PrintActions.h"

#include "core/printing/DocumentPrinter.h"
#include "core/printing/DocumentRenderer.h"
#include "ui/common/ErrorBox.h"
#include "ui/common/FileDialog.h"

#include <QFileDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace guanxi {

namespace {
QString &nextPdfPath()
{
    static QString path;
    return path;
}
} // namespace

void PrintActions::setNextPdfPath(const QString &path)
{
    nextPdfPath() = path;
}

PrintActions::PrintActions(const AppContext &ctx, QWidget *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_parent(parent)
    , m_printer(new QPrinter(QPrinter::HighResolution))
{
    m_printer->setPageSize(QPageSize(QPageSize::A4));
    m_printer->setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
}

PrintActions::~PrintActions()
{
    delete m_printer;
}

bool PrintActions::preview(PrintKind kind, const QString &id, bool warehouseCopy)
{
    DocumentPrinter printer(*m_ctx.db, *m_ctx.clock);
    Result<PrintableDocument> doc = printer.prepare(m_ctx.session, kind, id, warehouseCopy);
    if (!doc) {
        showError(m_parent, tr("The document cannot be printed"), doc.error());
        return false;
    }
    m_printer->setDocName(QStringLiteral("%1 %2").arg(doc->title, doc->number));
    QPrintPreviewDialog dialog(m_printer, m_parent);
    dialog.setObjectName(QStringLiteral("printPreview"));
    dialog.setWindowTitle(tr("Print preview — %1 %2").arg(doc->title, doc->number));
    Error failure;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *p) {
        if (Result<int> pages = DocumentRenderer::paint(*doc, p); !pages)
            failure = pages.error();
    });
    dialog.resize(900, 1000);
    // Accepted: the user printed from the preview (closing it is a rejection).
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (!failure.message.isEmpty() || m_printer->printerState() == QPrinter::Error) {
        showError(m_parent, tr("Printing failed"),
                  failure.message.isEmpty() ? Error{ErrorCode::Storage, tr("The printer reported an error."), {}}
                                            : failure);
        return false;
    }
    const QString target =
        m_printer->outputFileName().isEmpty() ? m_printer->printerName() : m_printer->outputFileName();
    if (Status s = printer.log(m_ctx.session, *doc, DocumentPrinter::Action::Print, m_printer->copyCount(), target); !s)
        showError(m_parent, tr("The print was not logged"), s.error());
    emit statusMessage(tr("%1 %2 was sent to the printer.").arg(doc->title, doc->number));
    return true;
}

bool PrintActions::exportPdf(PrintKind kind, const QString &id, bool warehouseCopy, const QString &givenPath)
{
    DocumentPrinter printer(*m_ctx.db, *m_ctx.clock);
    Result<PrintableDocument> doc = printer.prepare(m_ctx.session, kind, id, warehouseCopy);
    if (!doc) {
        showError(m_parent, tr("The document cannot be printed"), doc.error());
        return false;
    }
    QString path = givenPath;
    if (path.isEmpty() && !nextPdfPath().isEmpty()) {
        path = nextPdfPath();
        nextPdfPath().clear();
    }
    if (path.isEmpty()) {
        const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
            + QString(doc->number).replace(QLatin1Char(' '), QLatin1Char('-')) + QStringLiteral(".pdf");
        path = FileDialog::getSaveFileName(m_parent, tr("Save as PDF"), suggested, tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return false;
    }
    Result<int> pages = DocumentRenderer::writePdf(*doc, path);
    if (!pages) {
        showError(m_parent, tr("The PDF was not written"), pages.error());
        return false;
    }
    if (Status s = printer.log(m_ctx.session, *doc, DocumentPrinter::Action::Pdf, 1, path); !s)
        showError(m_parent, tr("The export was not logged"), s.error());
    emit statusMessage(tr("Saved %1 (%n page(s)).", nullptr, *pages).arg(path));
    return true;
}

} // namespace guanxi
