// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/printing/OrderPrintStyle.h"

#include "core/money/Money.h"
#include "core/orders/OrderService.h"
#include "core/printing/DocumentLanguage.h"
#include "core/storage/Database.h"

namespace guanxi {

using namespace printdata;

namespace {
const char *const kContract = QT_TRANSLATE_NOOP("DocumentPrinter", "Sales contract");
} // namespace

QString OrderPrintStyle::customerOf(Database &db, const QString &id) const
{
    return firstText(db, QStringLiteral("SELECT customer_id FROM orders WHERE id = ?"), id);
}

Status OrderPrintStyle::fill(const PrintJob &job, const QString &id, bool, PrintableDocument *doc, mu::data *data) const
{
    Result<Order> o = OrderService(job.db, job.clock).get(job.actor, id);
    if (!o)
        return o.error();
    const DocumentLanguage &words = job.words;
    doc->number = o->number;
    doc->title = words.text(kContext, kContract);
    *data = common(job, *doc, words.date(o->orderedOn), o->currency, o->pricesIncludeTax, true);
    data->set("quote_number",
              s(firstText(job.db, QStringLiteral("SELECT quote_no FROM quotes WHERE id = ?"), o->quoteId)));
    mu::data receivables(mu::data::type::list);
    for (const Receivable &r : o->receivables) {
        mu::data rd;
        rd.set("description", s(r.description));
        rd.set("due_on", s(words.date(r.dueOn)));
        rd.set("amount", s(MoneyText::formatWithSymbol({r.amountMinor, r.currency})));
        receivables.push_back(rd);
    }
    data->set("receivables", receivables);
    return setOrderBody(job, *o, nullptr, data);
}

} // namespace guanxi
