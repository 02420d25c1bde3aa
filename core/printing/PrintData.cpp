// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/printing/PrintData.h"

#include "core/money/Money.h"
#include "core/money/Quantities.h"
#include "core/orders/Order.h"
#include "core/printing/CompanyProfile.h"
#include "core/printing/DocumentLanguage.h"
#include "core/storage/Database.h"
#include "core/storage/ResultRow.h"

#include <QSqlQuery>
#include <QVariant>

namespace guanxi::printdata {

using namespace Qt::Literals::StringLiterals;

namespace {

// A rate on paper: "13%", nothing for 0 % (no discount).
QString percentText(int basisPoints)
{
    return basisPoints == 0 ? QString() : quantities::percentText(basisPoints) + QLatin1Char('%');
}

QString money(qint64 minor, const QString &currency)
{
    return MoneyText::format({minor, currency});
}

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

} // namespace

std::string s(const QString &text)
{
    return text.toStdString();
}

mu::data flag(bool on)
{
    return on ? mu::data(mu::data::type::bool_true) : mu::data(mu::data::type::bool_false);
}

mu::data common(const PrintJob &job, const PrintableDocument &doc, const QString &date, const QString &currency,
                bool pricesIncludeTax, bool showPrices)
{
    const CompanyProfile &company = job.company;
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

void setParty(Database &db, mu::data &d, const QString &customerId, const QString &contactId)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT name, coalesce(address, '') AS address, phone FROM customers WHERE id = ?"));
    q.addBindValue(customerId);
    mu::data customer;
    if (q.exec() && q.next()) {
        const ResultRow r(q);
        customer.set("name", s(r.text("name"_L1)));
        customer.set("address", s(r.text("address"_L1)));
        customer.set("phone", s(r.text("phone"_L1)));
    }
    d.set("customer", customer);
    mu::data contact;
    contact.set("name", std::string());
    contact.set("phone", std::string());
    if (!contactId.isEmpty()) {
        QSqlQuery c(db.sql());
        c.prepare(
            QStringLiteral("SELECT c.name, coalesce((SELECT value FROM contact_channels ch WHERE ch.contact_id = c.id "
                           "AND ch.deleted_at IS NULL AND (ch.kind = 'mobile' OR ch.kind = 'phone') "
                           "ORDER BY ch.kind = 'mobile' DESC LIMIT 1), '') AS phone FROM contacts c WHERE c.id = ?"));
        c.addBindValue(contactId);
        if (c.exec() && c.next()) {
            const ResultRow r(c);
            contact.set("name", s(r.text("name"_L1)));
            contact.set("phone", s(r.text("phone"_L1)));
        }
    }
    d.set("contact", contact);
}

void setLines(mu::data &data, const QList<PrintedLine> &printed, const QString &currency, const QList<qint64> &ordered)
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

Status setOrderBody(const PrintJob &job, const Order &o, const Delivery *delivery, mu::data *data)
{
    data->set("delivery_address", s(delivery && !delivery->address.isEmpty() ? delivery->address : o.deliveryAddress));
    setParty(job.db, *data, o.customerId, o.contactId);
    data->set("salesperson", s(o.ownerName));
    data->set("terms", s(o.terms));
    data->set("notes", s(delivery ? delivery->notes : o.notes));
    QList<PrintedLine> printed;
    QList<qint64> ordered;
    for (const OrderLine &l : o.lines) {
        PrintedLine line{l.productCode,    l.description,         l.specification,      l.unit,   l.quantityMilli,
                         l.unitPriceMinor, l.discountBasisPoints, l.taxRateBasisPoints, l.amounts};
        if (delivery) {
            line.quantityMilli = 0;
            for (const DeliveryLine &dl : delivery->lines)
                if (dl.orderLineId == l.id)
                    line.quantityMilli += dl.quantityMilli;
            if (line.quantityMilli == 0)
                continue;
            // A delivered part is priced by the same rule as the line itself.
            Result<LineAmounts> part = DocumentMath::line({l.unitPriceMinor, line.quantityMilli, l.discountBasisPoints,
                                                           l.taxRateBasisPoints, o.pricesIncludeTax});
            if (!part)
                return part.error();
            line.amounts = *part;
        }
        printed.append(line);
        ordered.append(l.quantityMilli);
    }
    setLines(*data, printed, o.currency, ordered);
    QList<LineAmounts> amounts;
    for (const PrintedLine &l : std::as_const(printed))
        amounts.append(l.amounts);
    setTotals(*data, delivery ? DocumentMath::total(amounts) : o.totals, o.currency, job.words);
    return {};
}

} // namespace guanxi::printdata
