// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/printing/PrintableDocument.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QPageSize>

class QPagedPaintDevice;

namespace guanxi {

// Lays a filled-in document out on paper (the same for a printer, the print preview and a PDF):
// the HTML in a QTextDocument sized to the page, the lines table's header row repeated on every
// page (its <thead>), the watermark across each page, and a footer with the document number and
// "page x of y". Chinese text uses the first CJK font installed, embedded in PDFs.
class DocumentRenderer {
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)
public:
    // Paints every page on `device` (already set up: paper, margins, copies); the page count.
    static Result<int> paint(const PrintableDocument &doc, QPagedPaintDevice *device);
    // Writes a PDF atomically: either the whole file or, on failure, none and a message.
    static Result<int> writePdf(const PrintableDocument &doc, const QString &path,
                                const QPageSize &pageSize = QPageSize(QPageSize::A4));
};

} // namespace guanxi
