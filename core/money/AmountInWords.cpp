// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/money/AmountInWords.h"

#include "core/money/ChineseCapitals.h"

#include <QStringList>

namespace guanxi {

namespace {

const char *const kOnes[] = {"zero",     "one",     "two",     "three",     "four",     "five",    "six",
                             "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
                             "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
const char *const kTens[] = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
const char *const kScales[] = {"", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion"};

// 1–999.
QString belowThousand(int n)
{
    QStringList words;
    if (n >= 100) {
        words << QLatin1String(kOnes[n / 100]) << QStringLiteral("hundred");
        n %= 100;
    }
    if (n >= 20) {
        QString tens = QLatin1String(kTens[n / 10]);
        if (n % 10)
            tens += QLatin1Char('-') + QLatin1String(kOnes[n % 10]);
        words << tens;
    } else if (n > 0) {
        words << QLatin1String(kOnes[n]);
    }
    return words.join(QLatin1Char(' '));
}

// Simplified capitals to the ones written in Taiwan; the rest (壹, 肆, 伍, 柒, 捌, 玖, 拾, 佰, 仟,
// 元, 角, 分, 整, 零) are the same in both.
QString traditional(QString text)
{
    static const std::pair<char16_t, char16_t> kMap[] = {{u'贰', u'貳'}, {u'叁', u'參'}, {u'陆', u'陸'},
                                                         {u'万', u'萬'}, {u'亿', u'億'}, {u'负', u'負'}};
    for (QChar &c : text)
        for (const auto &[simplified, taiwan] : kMap)
            if (c.unicode() == simplified)
                c = QChar(taiwan);
    return text;
}

} // namespace

QString englishNumber(quint64 n)
{
    if (n == 0)
        return QStringLiteral("zero");
    QStringList groups;
    for (int scale = 0; n > 0; ++scale, n /= 1000) {
        const int group = static_cast<int>(n % 1000);
        if (group == 0)
            continue;
        QString words = belowThousand(group);
        if (scale > 0)
            words += QLatin1Char(' ') + QLatin1String(kScales[scale]);
        groups.prepend(words);
    }
    return groups.join(QLatin1Char(' '));
}

QString amountInWords(qint64 fen, const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return chineseCapitals(fen);
    if (language == QLatin1String("zh_TW"))
        return traditional(chineseCapitals(fen));
    const quint64 magnitude = fen < 0 ? 0 - static_cast<quint64>(fen) : static_cast<quint64>(fen);
    return QStringLiteral("%1%2 yuan and %3/100")
        .arg(fen < 0 ? QStringLiteral("minus ") : QString(), englishNumber(magnitude / 100))
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

} // namespace guanxi
