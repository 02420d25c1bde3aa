// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <span>

namespace guanxi::demo {

// A word and its pinyin, so generated e-mail domains read like real ones.
struct Word {
    const char16_t *text;
    const char *pinyin;
};

struct City {
    const char16_t *province; // empty for a municipality
    const char16_t *name;
    const char *areaCode;
};

std::span<const City> cities();
std::span<const Word> tradeNameFirst(); // first character of a trade name (字号)
std::span<const Word> tradeNameSecond();
std::span<const Word> businessLines(); // 科技, 贸易, ... with the industry each belongs to
std::span<const char16_t *const> industryOfBusinessLine();
std::span<const char16_t *const> companySuffixes();
std::span<const char16_t *const> surnames();
std::span<const char16_t *const> givenNames();
std::span<const char16_t *const> departments();

} // namespace guanxi::demo
