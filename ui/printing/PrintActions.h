// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/printing/PrintTemplates.h"
#include "ui/common/AppContext.h"

#include <QObject>

class QPrinter;
class QWidget;

namespace guanxi {

// Printing a document from any page: print preview (paper size, copies, printer), printing, and
// PDF export. The printer's settings are kept for the session, as people expect their paper and
// printer to stay chosen. Each print and export goes into the print log; a template with a
// problem, or a printer that fails, is reported and nothing is logged as printed.
class PrintActions : public QObject {
    Q_OBJECT
public:
    PrintActions(const AppContext &ctx, QWidget *parent);
    ~PrintActions() override;

    // Both return whether the document went out.
    bool preview(PrintKind kind, const QString &id, bool warehouseCopy = false);
    bool exportPdf(PrintKind kind, const QString &id, bool warehouseCopy = false, const QString &path = {});

    // For tests: the file the next exportPdf() writes to, instead of asking.
    static void setNextPdfPath(const QString &path);

signals:
    void statusMessage(const QString &message);

private:
    AppContext m_ctx;
    QWidget *m_parent;
    QPrinter *m_printer;
};

} // namespace guanxi
