// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/money/LineAmounts.h"
#include "core/printing/PrintableDocument.h"
#include "core/users/User.h"

#include <QList>
#include <QString>

#include <kainjow/mustache.hpp>

#include <string>

namespace guanxi {

class Clock;
struct CompanyProfile;
class Database;
class DocumentLanguage;
struct Order;
struct Delivery;

// The pieces every print style fills its template with: the letterhead, the customer and contact,
// the lines and the totals. Private to core/printing (the styles and DocumentPrinter).
namespace printdata {

namespace mu = kainjow::mustache;

// What a style needs to fill one document.
struct PrintJob {
    Database &db;
    const Clock &clock;
    const Session &actor;
    const CompanyProfile &company;
    const DocumentLanguage &words;
};

// The translation context of the words documents print besides their template's own labels.
inline constexpr const char *kContext = "DocumentPrinter";

std::string s(const QString &text);
mu::data flag(bool on);

// Letterhead, title, number, date, currency and the price flags.
mu::data common(const PrintJob &job, const PrintableDocument &doc, const QString &date, const QString &currency,
                bool pricesIncludeTax, bool showPrices);
void setTotals(mu::data &d, const LineAmounts &totals, const QString &currency, const DocumentLanguage &language);
void setParty(Database &db, mu::data &d, const QString &customerId, const QString &contactId);

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
// The lines (with "ordered" beside each when `ordered` is given) and whether any has a discount.
void setLines(mu::data &data, const QList<PrintedLine> &printed, const QString &currency, const QList<qint64> &ordered);

// What an order and its delivery notes print alike: the address, the customer, terms, notes, the
// lines (of the delivery only, priced by the line's own rule, when `delivery` is given) and totals.
Status setOrderBody(const PrintJob &job, const Order &order, const Delivery *delivery, mu::data *data);

} // namespace printdata
} // namespace guanxi
