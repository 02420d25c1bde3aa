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
// Readings come from ICU's Han-Latin transform (traditional characters included), its /Names
// variant for surnames, and the list in polyphones.txt. Thread-safe; each thread keeps its own
// cache of the characters it has seen.
struct PinyinForms {
    QStringList full;
    QStringList initials;
};

class Pinyin {
public:
    static constexpr int kMaxVariants = 16;

    static PinyinForms of(const QString &text);
    // True when the text has at least one Han character (so pinyin says something about it).
    static bool hasHan(const QString &text);
};

} // namespace guanxi
