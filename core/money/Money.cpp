// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/money/Money.h"

#include <limits>

namespace guanxi {

int MoneyText::minorDigits(const QString &currency)
{
    // ISO 4217 exponents of the currencies without two decimals that a Chinese-speaking sales team
    // meets; every other code has two.
    static const QStringList none = {QStringLiteral("JPY"), QStringLiteral("KRW"), QStringLiteral("VND"),
                                     QStringLiteral("IDR"), QStringLiteral("CLP"), QStringLiteral("ISK")};
    static const QStringList three = {QStringLiteral("KWD"), QStringLiteral("BHD"), QStringLiteral("OMR"),
                                      QStringLiteral("JOD"), QStringLiteral("TND")};
    if (none.contains(currency))
        return 0;
    if (three.contains(currency))
        return 3;
    return 2;
}

QString MoneyText::format(const Money &m)
{
    const int digits = minorDigits(m.currency);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    // The magnitude as unsigned, so that the most negative amount still prints.
    const quint64 magnitude = m.minor < 0 ? 0 - static_cast<quint64>(m.minor) : static_cast<quint64>(m.minor);
    QString whole = QString::number(magnitude / static_cast<quint64>(scale));
    for (qsizetype at = whole.size() - 3; at > 0; at -= 3)
        whole.insert(at, QLatin1Char(','));
    QString out = m.minor < 0 ? QStringLiteral("-") + whole : whole;
    if (digits > 0)
        out += QLatin1Char('.')
            + QStringLiteral("%1").arg(magnitude % static_cast<quint64>(scale), digits, 10, QLatin1Char('0'));
    return out;
}

QString MoneyText::formatWithSymbol(const Money &m)
{
    static const QList<std::pair<QString, QString>> symbols = {
        {QStringLiteral("CNY"), QStringLiteral("¥")},   {QStringLiteral("USD"), QStringLiteral("US$")},
        {QStringLiteral("EUR"), QStringLiteral("€")},   {QStringLiteral("HKD"), QStringLiteral("HK$")},
        {QStringLiteral("TWD"), QStringLiteral("NT$")}, {QStringLiteral("GBP"), QStringLiteral("£")},
        {QStringLiteral("JPY"), QStringLiteral("JP¥")}};
    for (const auto &[code, symbol] : symbols) {
        if (code == m.currency) {
            const QString digits = format(m);
            if (digits.startsWith(QLatin1Char('-')))
                return QStringLiteral("-") + symbol + digits.mid(1);
            return symbol + digits;
        }
    }
    return format(m) + QLatin1Char(' ') + m.currency;
}

Result<qint64> MoneyText::parse(const QString &text, const QString &currency)
{
    const QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    const auto invalid = [&text]() {
        return Error{ErrorCode::Invalid, tr("\"%1\" is not an amount (for example 12,345.67).").arg(text), {}};
    };
    if (t.isEmpty())
        return invalid();
    const int digits = minorDigits(currency);
    bool negative = false;
    qsizetype i = 0;
    if (t.at(0) == QLatin1Char('-') || t.at(0) == QLatin1Char('+')) {
        negative = t.at(0) == QLatin1Char('-');
        ++i;
    }
    quint64 whole = 0, fraction = 0;
    int fractionDigits = 0;
    bool anyDigit = false, inFraction = false;
    constexpr quint64 limit = static_cast<quint64>(std::numeric_limits<qint64>::max()) / 1000;
    for (; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            anyDigit = true;
            const quint64 d = static_cast<quint64>(c.unicode() - u'0');
            if (inFraction) {
                if (++fractionDigits > digits)
                    return Error{ErrorCode::Invalid,
                                 digits == 0 ? tr("%1 amounts have no decimals.").arg(currency)
                                             : tr("%1 amounts have at most %2 decimals.").arg(currency).arg(digits),
                                 {}};
                fraction = fraction * 10 + d;
            } else {
                whole = whole * 10 + d;
                if (whole > limit)
                    return Error{ErrorCode::Invalid, tr("The amount %1 is too large.").arg(text), {}};
            }
        } else if (c == QLatin1Char(',') && !inFraction) {
            continue; // a group separator (the full-width ， is folded to , above)
        } else if (c == QLatin1Char('.') && !inFraction) {
            inFraction = true;
        } else {
            return invalid();
        }
    }
    if (!anyDigit)
        return invalid();
    for (; fractionDigits < digits; ++fractionDigits)
        fraction *= 10;
    qint64 scale = 1;
    for (int k = 0; k < digits; ++k)
        scale *= 10;
    const qint64 minor = static_cast<qint64>(whole) * scale + static_cast<qint64>(fraction);
    return negative ? -minor : minor;
}

} // namespace guanxi
