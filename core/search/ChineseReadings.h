// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace guanxi {

// The readings of Chinese characters with more than one (多音字) and of the phrases they occur in,
// from Rime's Luna Pinyin dictionary (made into a table when Guanxi is built, see
// MakeReadingsTable.cpp): 晟 cheng sheng; 长沙 chang sha; 重庆 chong qing; 厦门 xia men. Loaded
// once, on first use, and shared by all threads (read-only afterwards).
class ChineseReadings {
public:
    static const ChineseReadings &instance();

    // The character's readings, most common first; empty for a character with one reading (ICU's
    // Han-Latin transform gives that one).
    QStringList of(char32_t c) const { return m_chars.value(c); }
    // The phrase's reading, one syllable per character; empty when the dictionary lacks it.
    QStringList ofPhrase(const QString &phrase) const { return m_phrases.value(phrase); }
    int longestPhrase() const { return m_longest; }
    // Identifies the table, so that sort keys made with another one are made again.
    QString version() const { return m_version; }

private:
    ChineseReadings();
    QHash<char32_t, QStringList> m_chars;
    QHash<QString, QStringList> m_phrases;
    int m_longest = 1;
    QString m_version;
};

} // namespace guanxi
