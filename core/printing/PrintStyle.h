// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/printing/PrintData.h"

namespace guanxi {

// How one kind of document is printed: which record it is made from, whose customer it is (whose
// language it speaks) and what its template is filled with. DocumentPrinter does what all kinds
// share (template check, letterhead, language, rendering the template); a new kind of document is
// a new style registered in forKind().
class PrintStyle {
public:
    virtual ~PrintStyle() = default;

    // The style of `kind`; every PrintKind has one.
    static const PrintStyle &forKind(PrintKind kind);

    virtual PrintKind kind() const = 0;
    // The customer the document `id` is for; empty when there is no such document.
    virtual QString customerOf(Database &db, const QString &id) const = 0;
    // Sets the document's number, title, variant and watermark, and fills `data` for its template.
    // `warehouseCopy` asks for the version without prices where a kind has one.
    virtual Status fill(const printdata::PrintJob &job, const QString &id, bool warehouseCopy, PrintableDocument *doc,
                        printdata::mu::data *data) const = 0;

protected:
    // One bound query for customerOf: the first column of the first row, or empty.
    static QString firstText(Database &db, const QString &sql, const QString &id);
};

} // namespace guanxi
