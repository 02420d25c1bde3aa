// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quotes/QuoteFields.h"

namespace guanxi {

namespace {

using F = RecordFields<QuoteDraft>;

F::Field lines()
{
    return {QStringLiteral("lines"), QT_TRANSLATE_NOOP("RecordFields", "Lines"),
            [](const QuoteDraft &d) {
                QStringList out;
                for (const QuoteLineDraft &l : d.lines)
                    out.append(QStringLiteral("%1 × %2 @ %3 −%4‱ %5")
                                   .arg(l.productId)
                                   .arg(l.quantityMilli)
                                   .arg(l.unitPriceMinor)
                                   .arg(l.discountBasisPoints)
                                   .arg(l.description));
                return out.join(QLatin1Char('\n'));
            },
            [](QuoteDraft *to, const QuoteDraft &from) { to->lines = from.lines; }, nullptr};
}

F::Field pricesIncludeTax()
{
    return {QStringLiteral("prices_include_tax"), QT_TRANSLATE_NOOP("RecordFields", "Prices include tax"),
            [](const QuoteDraft &d) { return d.pricesIncludeTax ? QStringLiteral("1") : QStringLiteral("0"); },
            [](QuoteDraft *to, const QuoteDraft &from) { to->pricesIncludeTax = from.pricesIncludeTax; },
            [](QuoteDraft *to, const QVariant &v) {
                to->pricesIncludeTax = v.toInt() != 0;
                return true;
            }};
}

} // namespace

const RecordFields<QuoteDraft> &quoteFields()
{
    static const RecordFields<QuoteDraft> fields({
        F::text<&QuoteDraft::contactId>(QStringLiteral("contact_id"), QT_TRANSLATE_NOOP("RecordFields", "Contact")),
        F::text<&QuoteDraft::opportunityId>(QStringLiteral("opportunity_id"),
                                            QT_TRANSLATE_NOOP("RecordFields", "Deal")),
        F::text<&QuoteDraft::priceListId>(QStringLiteral("price_list_id"),
                                          QT_TRANSLATE_NOOP("RecordFields", "Price list")),
        F::text<&QuoteDraft::validUntil>(QStringLiteral("valid_until"),
                                         QT_TRANSLATE_NOOP("RecordFields", "Valid until")),
        F::text<&QuoteDraft::currency>(QStringLiteral("currency"), QT_TRANSLATE_NOOP("RecordFields", "Currency")),
        pricesIncludeTax(),
        F::text<&QuoteDraft::terms>(QStringLiteral("terms"), QT_TRANSLATE_NOOP("RecordFields", "Terms")),
        F::text<&QuoteDraft::notes>(QStringLiteral("notes"), QT_TRANSLATE_NOOP("RecordFields", "Notes")),
        lines(),
    });
    return fields;
}

} // namespace guanxi
