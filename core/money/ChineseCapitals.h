// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace guanxi {

// An amount in yuan written in Chinese capital numerals (大写金额), as contracts, quotes and
// receipts require: 12,345.67 → 壹万贰仟叁佰肆拾伍元陆角柒分; 100 → 壹佰元整; 0.05 → 伍分.
// The rules of the People's Bank's settlement regulations: one 零 for each run of zeros inside
// the number (16,409.02 → 壹万陆仟肆佰零玖元零贰分), 整 after 元 when there are no 角 or 分,
// 壹拾 written out (15 → 壹拾伍元), 负 before a negative amount.
QString chineseCapitals(qint64 fen);

} // namespace guanxi
