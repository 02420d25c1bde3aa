// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace guanxi {

// An amount of money: integer minor units (fen, cents) and an ISO 4217 currency code. Never a
// double: every document and report adds up to the cent.
struct Money {
    qint64 minor = 0;
    QString currency = QStringLiteral("CNY");

    friend bool operator==(const Money &a, const Money &b) = default;
};

// How amounts are written and read, per currency.
class MoneyText {
    Q_DECLARE_TR_FUNCTIONS(MoneyText)
public:
    // Digits after the decimal point (ISO 4217): 2 for CNY, USD, EUR…, 0 for JPY and KRW.
    static int minorDigits(const QString &currency);
    // "12,345.67" with the currency's digits; negative amounts with a leading minus sign.
    static QString format(const Money &m);
    // "¥12,345.67", "US$12.00", "12.00 XYZ" for a currency without a symbol here.
    static QString formatWithSymbol(const Money &m);
    // Reads what a user types: digits with an optional sign, group separators (, or ，) and at
    // most the currency's decimals; full-width digits are accepted. A clear message otherwise.
    static Result<qint64> parse(const QString &text, const QString &currency);
};

} // namespace guanxi
