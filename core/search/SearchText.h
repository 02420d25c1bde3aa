// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSet>
#include <QStringList>

namespace guanxi {

// How text is compared for search: folded so that what a user types matches what is stored
// whichever width, case or script form either was written in.
class SearchText {
public:
    // NFKC (full-width letters, digits and punctuation become their plain forms), case-folded,
    // traditional characters mapped to simplified, runs of white space made one space, trimmed.
    static QString fold(const QString &text);
    // The digits of a phone number, nothing else ("+86 138-0013-8000" → "8613800138000").
    static QString digits(const QString &text);
    // a–z and 0–9 (after folding): the characters a one-character query finds only at the start.
    static bool isLatinLetterOrDigit(char32_t c);

    // The index tokens of one folded line: each distinct piece of 1, 2 and 3 characters, and the
    // pieces the line starts with marked as prefixes. A single Latin letter or digit is indexed
    // only where a line starts with it: typed alone it means "starts with" (z: 张, 郑, zhou…), and
    // as a piece it is in nearly every pinyin line and phone number, a fifth of all tokens. Tokens are ASCII words, so the index's
    // plain tokenizer keeps each one whole whatever characters it stands for.
    // Appends the tokens not in `seen` yet to `out`, space-separated, in a fixed order (so the same
    // text always gives the same token text, which the index needs to delete it again).
    static void addTokens(const QString &line, QSet<quint64> *seen, QByteArray *out);
    // The tokens a folded query of any length must all match (a query longer than three
    // characters matches its trigrams; the caller then checks the candidates for the whole query).
    static QStringList queryTokens(const QString &query, bool prefix);
};

} // namespace guanxi
