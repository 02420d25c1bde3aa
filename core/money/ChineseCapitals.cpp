// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/money/ChineseCapitals.h"

namespace guanxi {

namespace {

const char16_t kDigits[] = u"零壹贰叁肆伍陆柒捌玖";
const char16_t kUnits[] = u"仟佰拾"; // of a four-digit group, from the top; the last place has none

// One group of up to four digits (1–9999), with one 零 for each run of zeros inside it.
void appendGroup(int value, QString *out)
{
    bool written = false, pendingZero = false;
    for (int place = 0, divisor = 1000; place < 4; ++place, divisor /= 10) {
        const int d = (value / divisor) % 10;
        if (d == 0) {
            pendingZero = written;
            continue;
        }
        if (pendingZero)
            out->append(kDigits[0]);
        out->append(kDigits[d]);
        if (place < 3)
            out->append(kUnits[place]);
        pendingZero = false;
        written = true;
    }
}

// A whole number of yuan (> 0): 亿 groups from the top, each with its 万 and its last four digits;
// a 零 where a group is smaller than a thousand or missing between written ones.
void appendWhole(quint64 n, QString *out)
{
    const quint64 high = n / 100000000;
    const int wan = static_cast<int>(n % 100000000 / 10000), last = static_cast<int>(n % 10000);
    bool written = false;
    if (high > 0) {
        appendWhole(high, out);
        out->append(u'亿');
        written = true;
    }
    bool zeroWritten = false;
    if (wan > 0) {
        if (written && wan < 1000)
            out->append(kDigits[0]);
        appendGroup(wan, out);
        out->append(u'万');
        written = true;
    } else if (written && last > 0) {
        out->append(kDigits[0]);
        zeroWritten = true;
    }
    if (last > 0) {
        if (written && last < 1000 && !zeroWritten)
            out->append(kDigits[0]);
        appendGroup(last, out);
    }
}

} // namespace

QString chineseCapitals(qint64 fen)
{
    QString out;
    // The magnitude as unsigned, so that the most negative amount has one too.
    const quint64 magnitude = fen < 0 ? 0 - static_cast<quint64>(fen) : static_cast<quint64>(fen);
    if (fen < 0)
        out.append(u'负');
    const int fenDigit = static_cast<int>(magnitude % 10);
    const int jiao = static_cast<int>((magnitude / 10) % 10);
    const quint64 yuan = magnitude / 100;

    const bool written = yuan > 0;
    if (written) {
        appendWhole(yuan, &out);
        out.append(u'元');
    }
    if (jiao == 0 && fenDigit == 0)
        return written ? QString(out + u'整') : QStringLiteral("零元整");
    if (jiao > 0) {
        out.append(kDigits[jiao]);
        out.append(u'角');
    } else if (written) {
        out.append(kDigits[0]); // 元 then 零 before the 分 when there are no 角
    }
    if (fenDigit > 0) {
        out.append(kDigits[fenDigit]);
        out.append(u'分');
    }
    return out;
}

} // namespace guanxi
