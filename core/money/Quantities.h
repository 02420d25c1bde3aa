// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace guanxi {

// Quantities in thousandths (1.5 kg is 1500) and rates in basis points (12.5 % is 1250), as the
// document lines keep them (see LineAmounts.h), written and read the way people do.
namespace quantities {

// "10", "1.5", "0.125": no trailing zeros, no group separators.
QString text(qint64 milli);
// "1.5", "１．５", "1,5" in a locale that writes it so; nothing when it is not a number.
std::optional<qint64> parse(const QString &text);

// "13", "12.5": a rate in percent, without the sign.
QString percentText(int basisPoints);
// "13", "12.5", "12.5%", "１２．５％": basis points; nothing when it is not a number.
std::optional<int> parsePercent(const QString &text);

} // namespace quantities

} // namespace guanxi
