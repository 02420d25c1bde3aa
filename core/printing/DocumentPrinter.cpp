// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/printing/DocumentPrinter.h"

#include "core/printing/CompanyProfile.h"
#include "core/printing/DocumentLanguage.h"
#include "core/printing/PrintStyle.h"
#include "core/storage/Database.h"
#include "core/storage/ResultRow.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"
#include "core/util/Clock.h"
#include "core/util/Uuid7.h"

#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

using namespace Qt::Literals::StringLiterals;

namespace {

const char *const kFooter = QT_TRANSLATE_NOOP("DocumentPrinter", "%1 %2 — page %3 of %4");

} // namespace

QString DocumentPrinter::languageFor(PrintKind kind, const QString &id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT document_language FROM customers WHERE id = ?"));
    q.addBindValue(PrintStyle::forKind(kind).customerOf(m_db, id));
    return DocumentLanguage::resolve(q.exec() && q.next() ? q.value(0).toString() : QString());
}

Result<PrintableDocument> DocumentPrinter::prepare(const Session &actor, PrintKind kind, const QString &id,
                                                   bool warehouseCopy, const QString &language)
{
    const QString lang = language.isEmpty() ? languageFor(kind, id) : DocumentLanguage::resolve(language);
    return prepareWith(actor, kind, id, warehouseCopy, PrintTemplates::load(kind, lang), lang);
}

Result<PrintableDocument> DocumentPrinter::prepareWith(const Session &actor, PrintKind kind, const QString &id,
                                                       bool warehouseCopy, const QString &templateHtml,
                                                       const QString &language)
{
    if (const QStringList problems = PrintTemplates::check(kind, templateHtml); !problems.isEmpty())
        return Error{
            ErrorCode::Invalid,
            tr("The %1 template cannot be used:\n%2").arg(printKindCode(kind), problems.join(QLatin1Char('\n'))),
            {},
            QStringLiteral("template")};
    Result<CompanyProfile> company = CompanyProfile::load(m_db);
    if (!company)
        return company.error();
    const DocumentLanguage words(language.isEmpty() ? languageFor(kind, id) : language);
    PrintableDocument doc;
    doc.kind = kind;
    doc.id = id;
    doc.logo = company->logo;
    doc.language = words.code();
    doc.footer = words.text(printdata::kContext, kFooter);
    printdata::mu::data data;
    const printdata::PrintJob job{m_db, m_clock, actor, *company, words};
    if (Status filled = PrintStyle::forKind(kind).fill(job, id, warehouseCopy, &doc, &data); !filled)
        return filled.error();

    printdata::mu::mustache tmpl(printdata::s(templateHtml));
    if (!tmpl.is_valid())
        return Error{ErrorCode::Invalid,
                     tr("The %1 template cannot be used:\n%2")
                         .arg(printKindCode(kind), QString::fromStdString(tmpl.error_message())),
                     {},
                     QStringLiteral("template")};
    doc.html = QString::fromStdString(tmpl.render(data));
    return doc;
}

Status DocumentPrinter::log(const Session &actor, const PrintableDocument &doc, Action action, int copies,
                            const QString &target)
{
    const qint64 now = m_clock.nowMs();
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("INSERT INTO print_log (id, document_kind, document_id, document_no, action, variant, copies, "
                       "target, printed_by, printed_at, created_at, updated_at, updated_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values = {newUuid7(now),
                                 printKindCode(doc.kind),
                                 doc.id,
                                 doc.number,
                                 action == Action::Pdf ? QStringLiteral("pdf") : QStringLiteral("print"),
                                 sql::text(doc.variant),
                                 qMax(1, copies),
                                 sql::text(target),
                                 sql::nullIfEmpty(actor.userId),
                                 now,
                                 now,
                                 now,
                                 sql::nullIfEmpty(actor.userId)};
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return toError(q);
    return {};
}

Result<QList<DocumentPrinter::LogEntry>> DocumentPrinter::logFor(const QString &documentId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT l.document_no, l.action, l.variant, l.copies, l.target, "
                             "coalesce(u.display_name, '') AS printed_by_name, "
                             "l.printed_at FROM print_log l LEFT JOIN users u ON u.id = l.printed_by "
                             "WHERE l.document_id = ? ORDER BY l.printed_at, l.id"));
    q.addBindValue(documentId);
    if (!q.exec())
        return toError(q);
    QList<LogEntry> out;
    for (const ResultRow r(q); q.next();)
        out.append({r.text("document_no"_L1), r.text("action"_L1), r.text("variant"_L1), r.number("copies"_L1),
                    r.text("target"_L1), r.text("printed_by_name"_L1), r.integer("printed_at"_L1)});
    return out;
}

} // namespace guanxi
