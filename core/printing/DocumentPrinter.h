// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/printing/PrintableDocument.h"
#include "core/users/User.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace guanxi {

class Clock;
class Database;

// Fills a document's template: the letterhead, the customer, the lines (each adding up on paper:
// unit price × quantity − discount = amount), the totals (also in words), terms and signatures. Who may print is who may see the document. A template
// with an unknown placeholder or broken HTML is refused with what is wrong, and nothing prints.
// Every print and PDF export is written to the print log (打印记录).
class DocumentPrinter {
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)
public:
    DocumentPrinter(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    // `id`: a quote, an order or a delivery note; `warehouseCopy`: a delivery note without prices;
    // `language`: zh_CN, zh_TW or en, or empty for the customer's document language (else the
    // program's): title, labels, footer, dates and the amount in words all speak it.
    Result<PrintableDocument> prepare(const Session &actor, PrintKind kind, const QString &id,
                                      bool warehouseCopy = false, const QString &language = {});
    // The same, with a template of the user's being edited instead of the saved one.
    Result<PrintableDocument> prepareWith(const Session &actor, PrintKind kind, const QString &id, bool warehouseCopy,
                                          const QString &templateHtml, const QString &language = {});
    // The language the document `id` is printed in when none is asked for.
    QString languageFor(PrintKind kind, const QString &id) const;

    enum class Action {
        Print,
        Pdf
    };
    Status log(const Session &actor, const PrintableDocument &doc, Action action, int copies, const QString &target);

    struct LogEntry {
        QString documentNo;
        QString action;
        QString variant;
        int copies = 1;
        QString target;
        QString printedBy;
        qint64 printedAt = 0;
    };
    Result<QList<LogEntry>> logFor(const QString &documentId);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace guanxi
