// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/DocumentPrinter.h"

#include "money/ChineseCapitals.h"
#include "money/Money.h"
#include "money/Quantities.h"
#include "orders/OrderService.h"
#include "printing/CompanyProfile.h"
#include "quotes/QuoteService.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"
#include "util/Clock.h"
#include "util/Uuid7.h"

#include <QDateTime>
#include <QLocale>
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

// The parts every document shares: letterhead, totals, the flags.
mu::data common(const CompanyProfile &company, const QString &title, const QString &number, const QString &date,
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
    c.set("has_logo", company.logo.isEmpty() ? mu::data(mu::data::type::bool_false) : mu::data(mu::data::type::bool_true));
    d.set("company", c);
    d.set("title", s(title));
    d.set("number", s(number));
    d.set("date", s(date));
    d.set("currency", s(currency));
    d.set("prices_include_tax", pricesIncludeTax ? mu::data(mu::data::type::bool_true) : mu::data(mu::data::type::bool_false));
    d.set("show_prices", showPrices ? mu::data(mu::data::type::bool_true) : mu::data(mu::data::type::bool_false));
    return d;
}

void setTotals(mu::data &d, const LineAmounts &totals, const QString &currency)
{
    mu::data t;
    t.set("net", s(money(totals.net, currency)));
    t.set("tax", s(money(totals.tax, currency)));
    t.set("amount", s(MoneyText::formatWithSymbol({totals.total, currency})));
    // Amounts in words (大写) are written for yuan; other currencies print the figure only.
    const bool words = currency == QLatin1String("CNY");
    t.set("in_words", words ? s(chineseCapitals(totals.total)) : std::string());
    t.set("has_words", words ? mu::data(mu::data::type::bool_true) : mu::data(mu::data::type::bool_false));
    d.set("total", t);
}

void setParty(mu::data &d, Database &db, const QString &customerId, const QString &contactId)
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

} // namespace

Result<PrintableDocument> DocumentPrinter::prepare(const Session &actor, PrintKind kind, const QString &id,
                                                   bool warehouseCopy)
{
    return prepareWith(actor, kind, id, warehouseCopy, PrintTemplates::load(kind));
}

Result<PrintableDocument> DocumentPrinter::prepareWith(const Session &actor, PrintKind kind, const QString &id,
                                                       bool warehouseCopy, const QString &templateHtml)
{
    if (const QStringList problems = PrintTemplates::check(kind, templateHtml); !problems.isEmpty())
        return Error{ErrorCode::Invalid,
                     tr("The %1 template cannot be used:\n%2").arg(printKindCode(kind), problems.join(QLatin1Char('\n'))),
                     QStringLiteral("template")};
    Result<CompanyProfile> company = CompanyProfile::load(m_db);
    if (!company)
        return company.error();
    PrintableDocument doc;
    doc.kind = kind;
    doc.id = id;
    doc.logo = company->logo;
    mu::data data;
    const QLocale locale;

    if (kind == PrintKind::Quote) {
        Result<Quote> q = QuoteService(m_db, m_clock).get(actor, id);
        if (!q)
            return q.error();
        doc.number = q->displayNumber();
        doc.title = tr("Quotation");
        if (q->approval == QuoteApproval::Needed)
            doc.watermark = tr("DRAFT");
        data = common(*company, doc.title, doc.number, q->issuedOn, q->currency, q->pricesIncludeTax, true);
        setParty(data, m_db, q->customerId, q->contactId);
        data.set("valid_until", s(q->validUntil));
        data.set("approved", q->approval == QuoteApproval::Approved ? mu::data(mu::data::type::bool_true)
                                                                    : mu::data(mu::data::type::bool_false));
        data.set("approved_by", s(q->approvedByName));
        data.set("approved_at", q->approvedAt > 0
                                    ? s(locale.toString(QDateTime::fromMSecsSinceEpoch(q->approvedAt).toLocalTime(), QLocale::ShortFormat))
                                    : std::string());
        data.set("salesperson", s(q->ownerName));
        data.set("terms", s(q->terms));
        data.set("notes", s(q->notes));
        mu::data lines(mu::data::type::list);
        for (const QuoteLine &l : q->lines) {
            mu::data line;
            line.set("no", std::to_string(l.position));
            line.set("code", s(l.productCode));
            line.set("description", s(l.description));
            line.set("specification", s(l.specification));
            line.set("unit", s(l.unit));
            line.set("quantity", s(quantities::text(l.quantityMilli)));
            line.set("unit_price", s(money(l.unitPriceMinor, q->currency)));
            line.set("discount", s(percentText(l.discountBasisPoints)));
            line.set("tax_rate", s(percentText(l.taxRateBasisPoints)));
            line.set("amount", s(money(l.amounts.total, q->currency)));
            lines.push_back(line);
        }
        data.set("lines", lines);
        setTotals(data, q->totals, q->currency);
    } else {
        // Orders and delivery notes both start from the order.
        QString orderId = id;
        const Delivery *delivery = nullptr;
        if (kind == PrintKind::Delivery) {
            QSqlQuery q(m_db.sql());
            q.prepare(QStringLiteral("SELECT order_id FROM deliveries WHERE id = ? AND deleted_at IS NULL"));
            q.addBindValue(id);
            if (!q.exec())
                return toError(q);
            if (!q.next())
                return Error{ErrorCode::NotFound, tr("This delivery note does not exist (any more)."), {}};
            orderId = q.value(0).toString();
        }
        Result<Order> o = OrderService(m_db, m_clock).get(actor, orderId);
        if (!o)
            return o.error();
        for (const Delivery &d : o->deliveries)
            if (d.id == id)
                delivery = &d;
        const bool showPrices = !(kind == PrintKind::Delivery && warehouseCopy);
        if (kind == PrintKind::Order) {
            doc.number = o->number;
            doc.title = tr("Sales contract");
            data = common(*company, doc.title, doc.number, o->orderedOn, o->currency, o->pricesIncludeTax, true);
            QSqlQuery qn(m_db.sql());
            qn.prepare(QStringLiteral("SELECT quote_no FROM quotes WHERE id = ?"));
            qn.addBindValue(o->quoteId);
            data.set("quote_number", qn.exec() && qn.next() ? s(qn.value(0).toString()) : std::string());
            mu::data receivables(mu::data::type::list);
            for (const Receivable &r : o->receivables) {
                mu::data rd;
                rd.set("description", s(r.description));
                rd.set("due_on", s(r.dueOn));
                rd.set("amount", s(MoneyText::formatWithSymbol({r.amountMinor, r.currency})));
                receivables.push_back(rd);
            }
            data.set("receivables", receivables);
        } else {
            if (!delivery)
                return Error{ErrorCode::NotFound, tr("This delivery note does not exist (any more)."), {}};
            doc.number = delivery->number;
            doc.variant = warehouseCopy ? QStringLiteral("warehouse") : QString();
            doc.title = warehouseCopy ? tr("Delivery note (warehouse copy)") : tr("Delivery note");
            data = common(*company, doc.title, doc.number, delivery->deliveredOn, o->currency, o->pricesIncludeTax,
                          showPrices);
            data.set("order_number", s(o->number));
        }
        data.set("delivery_address", s(delivery && !delivery->address.isEmpty() ? delivery->address : o->deliveryAddress));
        setParty(data, m_db, o->customerId, o->contactId);
        data.set("salesperson", s(o->ownerName));
        data.set("terms", s(o->terms));
        data.set("notes", s(delivery ? delivery->notes : o->notes));
        mu::data lines(mu::data::type::list);
        QList<LineAmounts> delivered;
        int no = 0;
        for (const OrderLine &l : o->lines) {
            qint64 quantity = l.quantityMilli;
            LineAmounts amounts = l.amounts;
            if (delivery) {
                quantity = 0;
                for (const DeliveryLine &dl : delivery->lines)
                    if (dl.orderLineId == l.id)
                        quantity += dl.quantityMilli;
                if (quantity == 0)
                    continue;
                // A delivered part is priced by the same rule as the line itself.
                Result<LineAmounts> part = DocumentMath::line(
                    {l.unitPriceMinor, quantity, l.discountBasisPoints, l.taxRateBasisPoints, o->pricesIncludeTax});
                if (!part)
                    return part.error();
                amounts = *part;
            }
            delivered.append(amounts);
            mu::data line;
            line.set("no", std::to_string(++no));
            line.set("code", s(l.productCode));
            line.set("description", s(l.description));
            line.set("specification", s(l.specification));
            line.set("unit", s(l.unit));
            line.set("quantity", s(quantities::text(quantity)));
            line.set("ordered", s(quantities::text(l.quantityMilli)));
            line.set("unit_price", s(money(l.unitPriceMinor, o->currency)));
            line.set("discount", s(percentText(l.discountBasisPoints)));
            line.set("tax_rate", s(percentText(l.taxRateBasisPoints)));
            line.set("amount", s(money(amounts.total, o->currency)));
            lines.push_back(line);
        }
        data.set("lines", lines);
        setTotals(data, delivery ? DocumentMath::total(delivered) : o->totals, o->currency);
    }

    mu::mustache tmpl(s(templateHtml));
    if (!tmpl.is_valid())
        return Error{ErrorCode::Invalid,
                     tr("The %1 template cannot be used:\n%2").arg(printKindCode(kind), QString::fromStdString(tmpl.error_message())),
                     QStringLiteral("template")};
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
