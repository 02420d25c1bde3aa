// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace guanxi {

// Pinyin of a name, as people type it to find the name: in full without tones or spaces
// ("zhangsanfeng") and as initials ("zsf"). Characters with several readings give every
// combination (重庆: "zhongqing", "chongqing"), the most common reading first, up to kMaxVariants;
// ü is written both as "v" (as input methods take it) and as "u". Letters and digits in the name
// are kept, lower case; everything else is left out.
//
// The first variant is the name as it is read (see reading()); readings come from Rime's Luna
// Pinyin dictionary (ChineseReadings), ICU's Han-Latin transform (traditional characters
// included) and its /Names variant for surnames. Thread-safe; each thread keeps its own cache of
// the characters it has seen.
struct PinyinForms {
    QStringList full;
    QStringList initials;
};

// Whose name it is: a person's starts with a surname (曾 zeng, 单 shan), an organisation's may hold
// place names and words (长沙 chang sha, 银行 yin hang).
enum class NameKind {
    Organisation,
    Person
};

class Pinyin {
public:
    static constexpr int kMaxVariants = 16;

    // The one reading of each character of `text` as the name is read, for sorting: a phrase of
    // the dictionary where one starts (organisations), the surname's reading first (people),
    // else the character's most common reading; ü as "v". One entry per code point of the text,
    // empty for characters that are not Han.
    static QStringList reading(const QString &text, NameKind kind);

    static PinyinForms of(const QString &text);
    // True when the text has at least one Han character (so pinyin says something about it).
    static bool hasHan(const QString &text);
};

} // namespace guanxi
