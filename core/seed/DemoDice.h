// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/seed/DemoVocabulary.h"

#include <QString>

#include <iterator>
#include <random>
#include <span>

namespace guanxi::demo {

// Deterministic on every platform: mt19937_64 is specified exactly, the std distributions are not,
// so values are drawn with plain arithmetic.
class Dice {
public:
    explicit Dice(quint32 seed)
        : m_rng(seed)
    {
    }
    quint64 raw() { return m_rng(); }
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(m_rng() % static_cast<quint64>(n)); }
    bool chance(int percent) { return below(100) < percent; }
    double unit() { return static_cast<double>(m_rng() >> 11) * 0x1.0p-53; }
    template <typename T> const T &pick(std::span<const T> items)
    {
        return items[static_cast<size_t>(below(static_cast<int>(items.size())))];
    }

private:
    std::mt19937_64 m_rng;
};

inline QString digits(Dice &dice, int count)
{
    QString s;
    for (int i = 0; i < count; ++i)
        s += QChar(u'0' + dice.below(10));
    return s;
}

inline QString personName(Dice &dice)
{
    return QString::fromUtf16(dice.pick(surnames())) + QString::fromUtf16(dice.pick(givenNames()));
}

inline QString mobile(Dice &dice)
{
    static const char *const prefixes[] = {"130", "131", "133", "135", "136", "137", "138", "139", "150", "151", "152",
                                           "158", "159", "166", "177", "180", "181", "186", "187", "188", "189", "199"};
    return QLatin1String(prefixes[dice.below(std::size(prefixes))]) + QLatin1Char(' ') + digits(dice, 4)
        + QLatin1Char(' ') + digits(dice, 4);
}

} // namespace guanxi::demo
