// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/printing/QuotePrintStyle.h"

#include "core/printing/DocumentLanguage.h"
#include "core/quotes/QuoteService.h"

namespace guanxi {

using namespace printdata;

namespace {
const char *const kQuotation = QT_TRANSLATE_NOOP("DocumentPrinter", "Quotation");
const char *const kDraft = QT_TRANSLATE_NOOP("DocumentPrinter", "DRAFT");
} // namespace

QString QuotePrintStyle::customerOf(Database &db, const QString &id) const
{
    return firstText(db, QStringLiteral("SELECT customer_id FROM quotes WHERE id = ?"), id);
}

Status QuotePrintStyle::fill(const PrintJob &job, const QString &id, bool, PrintableDocument *doc, mu::data *data) const
{
    Result<Quote> q = QuoteService(job.db, job.clock).get(job.actor, id);
    if (!q)
        return q.error();
    const DocumentLanguage &words = job.words;
    doc->number = q->displayNumber();
    doc->title = words.text(kContext, kQuotation);
    if (q->approval == QuoteApproval::Needed)
        doc->watermark = words.text(kContext, kDraft);
    *data = common(job, *doc, words.date(q->issuedOn), q->currency, q->pricesIncludeTax, true);
    setParty(job.db, *data, q->customerId, q->contactId);
    data->set("valid_until", s(words.date(q->validUntil)));
    data->set("approved", flag(q->approval == QuoteApproval::Approved));
    data->set("approved_by", s(q->approvedByName));
    data->set("approved_at", s(words.dateTime(q->approvedAt)));
    data->set("salesperson", s(q->ownerName));
    data->set("terms", s(q->terms));
    data->set("notes", s(q->notes));
    QList<PrintedLine> printed;
    for (const QuoteLine &l : q->lines)
        printed.append({l.productCode, l.description, l.specification, l.unit, l.quantityMilli, l.unitPriceMinor,
                        l.discountBasisPoints, l.taxRateBasisPoints, l.amounts});
    setLines(*data, printed, q->currency, {});
    setTotals(*data, q->totals, q->currency, words);
    return {};
}

} // namespace guanxi
