// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/DocumentPrinter.h"

#include "money/Money.h"
#include "money/Quantities.h"
#include "orders/OrderService.h"
#include "printing/CompanyProfile.h"
#include "printing/DocumentLanguage.h"
#include "quotes/QuoteService.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"
#include "util/Clock.h"
#include "util/Uuid7.h"

#include <QSqlQuery>
#include <QVariant>

#include <kainjow/mustache.hpp>

namespace guanxi {

namespace {

namespace mu = kainjow::mustache;

std::string s(const QString &text)
{
    return text.toStdString();
}

// A rate on paper: "13%", nothing for 0 % (no discount).
QString percentText(int basisPoints)
{
    return basisPoints == 0 ? QString() : quantities::percentText(basisPoints) + QLatin1Char('%');
}

QString money(qint64 minor, const QString &currency)
{
    return MoneyText::format({minor, currency});
}

mu::data flag(bool on)
{
    return on ? mu::data(mu::data::type::bool_true) : mu::data(mu::data::type::bool_false);
}

// The words a document prints besides its template's own labels, in the document's language.
const char *const kContext = "DocumentPrinter";
const char *const kQuotation = QT_TRANSLATE_NOOP("DocumentPrinter", "Quotation");
const char *const kContract = QT_TRANSLATE_NOOP("DocumentPrinter", "Sales contract");
const char *const kDeliveryNote = QT_TRANSLATE_NOOP("DocumentPrinter", "Delivery note");
const char *const kWarehouseCopy = QT_TRANSLATE_NOOP("DocumentPrinter", "Delivery note (warehouse copy)");
const char *const kDraft = QT_TRANSLATE_NOOP("DocumentPrinter", "DRAFT");
const char *const kFooter = QT_TRANSLATE_NOOP("DocumentPrinter", "%1 %2 — page %3 of %4");

// The parts every document shares: letterhead, totals, the flags.
mu::data common(const CompanyProfile &company, const PrintableDocument &doc, const QString &date,
                const QString &currency, bool pricesIncludeTax, bool showPrices)
{
    mu::data d;
    mu::data c;
    c.set("name", s(company.name));
    c.set("address", s(company.address));
    c.set("phone", s(company.phone));
    c.set("tax_id", s(company.taxId));
    c.set("bank", s(company.bank));
    c.set("logo", company.logo.isEmpty() ? std::string() : std::string("logo"));
    c.set("has_logo", flag(!company.logo.isEmpty()));
    d.set("company", c);
    d.set("title", s(doc.title));
    d.set("number", s(doc.number));
    d.set("date", s(date));
    d.set("currency", s(currency));
    d.set("prices_include_tax", flag(pricesIncludeTax));
    d.set("show_prices", flag(showPrices));
    return d;
}

void setTotals(mu::data &d, const LineAmounts &totals, const QString &currency, const DocumentLanguage &language)
{
    mu::data t;
    t.set("net", s(money(totals.net, currency)));
    t.set("tax", s(money(totals.tax, currency)));
    t.set("amount", s(MoneyText::formatWithSymbol({totals.total, currency})));
    // Amounts in words (大写) are written for yuan; other currencies print the figure only.
    const bool words = currency == QLatin1String("CNY");
    t.set("in_words", words ? s(language.amountInWords(totals.total)) : std::string());
    t.set("has_words", flag(words));
    d.set("total", t);
}

// One printed line. Its amount is what the customer pays for it before tax is added: unit price ×
// quantity − discount, so that every line adds up on paper. With prices that include tax that is
// the line's whole amount; without, the tax is added once, in the totals under the lines.
struct PrintedLine {
    QString code, description, specification, unit;
    qint64 quantityMilli = 0;
    qint64 unitPriceMinor = 0;
    int discountBasisPoints = 0;
    int taxRateBasisPoints = 0;
    LineAmounts amounts;
};

mu::data lineData(int no, const PrintedLine &l, const QString &currency)
{
    mu::data line;
    line.set("no", std::to_string(no));
    line.set("code", s(l.code));
    line.set("description", s(l.description));
    line.set("specification", s(l.specification));
    line.set("unit", s(l.unit));
    line.set("quantity", s(quantities::text(l.quantityMilli)));
    line.set("unit_price", s(money(l.unitPriceMinor, currency)));
    line.set("gross", s(money(l.amounts.gross, currency)));
    line.set("discount", s(percentText(l.discountBasisPoints)));
    line.set("discount_amount", l.amounts.discount == 0 ? std::string() : s(money(-l.amounts.discount, currency)));
    line.set("tax_rate", s(percentText(l.taxRateBasisPoints)));
    line.set("tax_amount", s(money(l.amounts.tax, currency)));
    line.set("amount", s(money(l.amounts.gross - l.amounts.discount, currency)));
    return line;
}

QString customerOf(Database &db, PrintKind kind, const QString &id)
{
    QSqlQuery q(db.sql());
    switch (kind) {
    case PrintKind::Quote:
        q.prepare(QStringLiteral("SELECT customer_id FROM quotes WHERE id = ?"));
        break;
    case PrintKind::Order:
        q.prepare(QStringLiteral("SELECT customer_id FROM orders WHERE id = ?"));
        break;
    case PrintKind::Delivery:
        q.prepare(QStringLiteral("SELECT o.customer_id FROM deliveries d JOIN orders o ON o.id = d.order_id WHERE d.id = ?"));
        break;
    }
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

void setParty(Database &db, mu::data &d, const QString &customerId, const QString &contactId)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT name, coalesce(address, ''), phone FROM customers WHERE id = ?"));
    q.addBindValue(customerId);
    mu::data customer;
    if (q.exec() && q.next()) {
        customer.set("name", s(q.value(0).toString()));
        customer.set("address", s(q.value(1).toString()));
        customer.set("phone", s(q.value(2).toString()));
    }
    d.set("customer", customer);
    mu::data contact;
    contact.set("name", std::string());
    contact.set("phone", std::string());
    if (!contactId.isEmpty()) {
        QSqlQuery c(db.sql());
        c.prepare(QStringLiteral("SELECT c.name, coalesce((SELECT value FROM contact_channels ch WHERE ch.contact_id = c.id "
                                 "AND ch.deleted_at IS NULL AND (ch.kind = 'mobile' OR ch.kind = 'phone') "
                                 "ORDER BY ch.kind = 'mobile' DESC LIMIT 1), '') FROM contacts c WHERE c.id = ?"));
        c.addBindValue(contactId);
        if (c.exec() && c.next()) {
            contact.set("name", s(c.value(0).toString()));
            contact.set("phone", s(c.value(1).toString()));
        }
    }
    d.set("contact", contact);
}

void setLines(mu::data &data, const QList<PrintedLine> &printed, const QString &currency,
                               const QList<qint64> &ordered)
{
    mu::data lines(mu::data::type::list);
    bool discounts = false;
    for (qsizetype i = 0; i < printed.size(); ++i) {
        mu::data line = lineData(int(i) + 1, printed[i], currency);
        if (i < ordered.size())
            line.set("ordered", s(quantities::text(ordered[i])));
        discounts = discounts || printed[i].amounts.discount != 0;
        lines.push_back(line);
    }
    data.set("lines", lines);
    data.set("has_discounts", flag(discounts));
}

Status fillQuote(Database &db, const Clock &clock, const Session &actor, const QString &id, const CompanyProfile &company,
                                  const DocumentLanguage &words, PrintableDocument *doc, mu::data *data)
{
    Result<Quote> q = QuoteService(db, clock).get(actor, id);
    if (!q)
        return q.error();
    doc->number = q->displayNumber();
    doc->title = words.text(kContext, kQuotation);
    if (q->approval == QuoteApproval::Needed)
        doc->watermark = words.text(kContext, kDraft);
    *data = common(company, *doc, words.date(q->issuedOn), q->currency, q->pricesIncludeTax, true);
    setParty(db, *data, q->customerId, q->contactId);
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

Status fillOrder(Database &db, const Clock &clock, const Session &actor, PrintKind kind, const QString &id, bool warehouseCopy,
                                  const CompanyProfile &company, const DocumentLanguage &words,
                                  PrintableDocument *doc, mu::data *data)
{
    // Orders and delivery notes both start from the order.
    QString orderId = id;
    if (kind == PrintKind::Delivery) {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT order_id FROM deliveries WHERE id = ? AND deleted_at IS NULL"));
        q.addBindValue(id);
        if (!q.exec())
            return toError(q);
        if (!q.next())
            return Error{ErrorCode::NotFound, DocumentPrinter::tr("This delivery note does not exist (any more)."), {}};
        orderId = q.value(0).toString();
    }
    Result<Order> o = OrderService(db, clock).get(actor, orderId);
    if (!o)
        return o.error();
    const Delivery *delivery = nullptr;
    if (kind == PrintKind::Delivery) {
        for (const Delivery &d : o->deliveries)
            if (d.id == id)
                delivery = &d;
        if (!delivery)
            return Error{ErrorCode::NotFound, DocumentPrinter::tr("This delivery note does not exist (any more)."), {}};
    }
    if (kind == PrintKind::Order) {
        doc->number = o->number;
        doc->title = words.text(kContext, kContract);
        *data = common(company, *doc, words.date(o->orderedOn), o->currency, o->pricesIncludeTax, true);
        QSqlQuery qn(db.sql());
        qn.prepare(QStringLiteral("SELECT quote_no FROM quotes WHERE id = ?"));
        qn.addBindValue(o->quoteId);
        data->set("quote_number", qn.exec() && qn.next() ? s(qn.value(0).toString()) : std::string());
        mu::data receivables(mu::data::type::list);
        for (const Receivable &r : o->receivables) {
            mu::data rd;
            rd.set("description", s(r.description));
            rd.set("due_on", s(words.date(r.dueOn)));
            rd.set("amount", s(MoneyText::formatWithSymbol({r.amountMinor, r.currency})));
            receivables.push_back(rd);
        }
        data->set("receivables", receivables);
    } else {
        doc->number = delivery->number;
        doc->variant = warehouseCopy ? QStringLiteral("warehouse") : QString();
        doc->title = words.text(kContext, warehouseCopy ? kWarehouseCopy : kDeliveryNote);
        *data = common(company, *doc, words.date(delivery->deliveredOn), o->currency, o->pricesIncludeTax, !warehouseCopy);
        data->set("order_number", s(o->number));
    }
    data->set("delivery_address", s(delivery && !delivery->address.isEmpty() ? delivery->address : o->deliveryAddress));
    setParty(db, *data, o->customerId, o->contactId);
    data->set("salesperson", s(o->ownerName));
    data->set("terms", s(o->terms));
    data->set("notes", s(delivery ? delivery->notes : o->notes));
    QList<PrintedLine> printed;
    QList<qint64> ordered;
    for (const OrderLine &l : o->lines) {
        PrintedLine line{l.productCode, l.description, l.specification, l.unit, l.quantityMilli, l.unitPriceMinor,
                         l.discountBasisPoints, l.taxRateBasisPoints, l.amounts};
        if (delivery) {
            line.quantityMilli = 0;
            for (const DeliveryLine &dl : delivery->lines)
                if (dl.orderLineId == l.id)
                    line.quantityMilli += dl.quantityMilli;
            if (line.quantityMilli == 0)
                continue;
            // A delivered part is priced by the same rule as the line itself.
            Result<LineAmounts> part = DocumentMath::line({l.unitPriceMinor, line.quantityMilli, l.discountBasisPoints,
                                                           l.taxRateBasisPoints, o->pricesIncludeTax});
            if (!part)
                return part.error();
            line.amounts = *part;
        }
        printed.append(line);
        ordered.append(l.quantityMilli);
    }
    setLines(*data, printed, o->currency, ordered);
    QList<LineAmounts> amounts;
    for (const PrintedLine &l : std::as_const(printed))
        amounts.append(l.amounts);
    setTotals(*data, delivery ? DocumentMath::total(amounts) : o->totals, o->currency, words);
    return {};
}

} // namespace

QString DocumentPrinter::languageFor(PrintKind kind, const QString &id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT document_language FROM customers WHERE id = ?"));
    q.addBindValue(customerOf(m_db, kind, id));
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
        return Error{ErrorCode::Invalid,
                     tr("The %1 template cannot be used:\n%2").arg(printKindCode(kind), problems.join(QLatin1Char('\n'))), {}, QStringLiteral("template")};
    Result<CompanyProfile> company = CompanyProfile::load(m_db);
    if (!company)
        return company.error();
    const DocumentLanguage words(language.isEmpty() ? languageFor(kind, id) : language);
    PrintableDocument doc;
    doc.kind = kind;
    doc.id = id;
    doc.logo = company->logo;
    doc.language = words.code();
    doc.footer = words.text(kContext, kFooter);
    mu::data data;
    Status filled = kind == PrintKind::Quote
                        ? fillQuote(m_db, m_clock, actor, id, *company, words, &doc, &data)
                        : fillOrder(m_db, m_clock, actor, kind, id, warehouseCopy, *company, words, &doc, &data);
    if (!filled)
        return filled.error();

    mu::mustache tmpl(s(templateHtml));
    if (!tmpl.is_valid())
        return Error{ErrorCode::Invalid,
                     tr("The %1 template cannot be used:\n%2").arg(printKindCode(kind), QString::fromStdString(tmpl.error_message())), {}, QStringLiteral("template")};
    doc.html = QString::fromStdString(tmpl.render(data));
    return doc;
}

Status DocumentPrinter::log(const Session &actor, const PrintableDocument &doc, Action action, int copies,
                            const QString &target)
{
    const qint64 now = m_clock.nowMs();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO print_log (id, document_kind, document_id, document_no, action, variant, copies, "
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
    q.prepare(QStringLiteral("SELECT l.document_no, l.action, l.variant, l.copies, l.target, coalesce(u.display_name, ''), "
                             "l.printed_at FROM print_log l LEFT JOIN users u ON u.id = l.printed_by "
                             "WHERE l.document_id = ? ORDER BY l.printed_at, l.id"));
    q.addBindValue(documentId);
    if (!q.exec())
        return toError(q);
    QList<LogEntry> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toLongLong()});
    return out;
}

} // namespace guanxi
