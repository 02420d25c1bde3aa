// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace guanxi {

// An amount of yuan written out as a printed document in `language` does:
//   zh_CN 壹万贰仟叁佰肆拾伍元陆角柒分 (chineseCapitals)
//   zh_TW 壹萬貳仟參佰肆拾伍元陸角柒分 (the same rules, in the capitals Taiwan writes)
//   en    twelve thousand three hundred forty-five yuan and 67/100 (as on a cheque)
QString amountInWords(qint64 fen, const QString &language);

// The English words of a whole number: 0 → "zero", 1,234 → "one thousand two hundred thirty-four".
QString englishNumber(quint64 n);

} // namespace guanxi
