// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/SearchText.h"

#include <QHash>
#include <QSet>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace guanxi {

namespace {

// Traditional → simplified, one character at a time, cached per thread. Character by character
// is enough for search: the two scripts differ in characters, not in word boundaries.
class SimplifiedCache {
public:
    char32_t simplified(char32_t c)
    {
        if (c < 0x2E80) // below the CJK blocks nothing changes
            return c;
        auto it = m_cache.constFind(c);
        if (it != m_cache.constEnd())
            return *it;
        char32_t out = c;
        if (m_t) {
            icu::UnicodeString s(static_cast<UChar32>(c));
            m_t->transliterate(s);
            if (s.countChar32() == 1)
                out = static_cast<char32_t>(s.char32At(0));
        }
        m_cache.insert(c, out);
        return out;
    }

private:
    static std::unique_ptr<icu::Transliterator> make()
    {
        UErrorCode e = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Traditional-Simplified"), UTRANS_FORWARD, e));
        return U_SUCCESS(e) ? std::move(t) : nullptr;
    }

    std::unique_ptr<icu::Transliterator> m_t = make();
    QHash<char32_t, char32_t> m_cache;
};

SimplifiedCache &simplifier()
{
    thread_local SimplifiedCache c;
    return c;
}

// A token is 'g' (a piece) or 'p' (a prefix) and the piece's code points, in lower-case ASCII
// letters and digits only, so the plain tokenizer keeps it whole. Short, because every record
// has some two hundred of them: 0-9 and a-y stand for themselves ("gwen" for "wen"); any other
// code point is 'z' and three digits in base 35 (0-9a-y) when below 35³ (all common Han
// characters: "gzjurzgar" for 张三), else "zz" and four such digits. No code is the start of
// another, so each token names one piece.
void appendCodePoint(char32_t c, char *buf, int *len)
{
    static const char digits35[] = "0123456789abcdefghijklmnopqrstuvwxy";
    if ((c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'y')) {
        buf[(*len)++] = static_cast<char>(c);
        return;
    }
    buf[(*len)++] = 'z';
    int width = 3;
    if (c >= 35U * 35U * 35U) {
        buf[(*len)++] = 'z';
        width = 4;
    }
    for (int d = width - 1; d >= 0; --d) {
        char32_t v = c;
        for (int k = 0; k < d; ++k)
            v /= 35;
        buf[(*len)++] = digits35[v % 35];
    }
}

void appendToken(const char32_t *cps, qsizetype n, bool prefix, QByteArray *out)
{
    char buf[24]; // ' ', the mark, and three code points of at most 6 characters each
    int len = 0;
    if (!out->isEmpty())
        buf[len++] = ' ';
    buf[len++] = prefix ? 'p' : 'g';
    for (qsizetype i = 0; i < n; ++i)
        appendCodePoint(cps[i], buf, &len);
    out->append(buf, len);
}

// The piece's identity for removing repeats: up to three 21-bit code points, and the prefix mark.
quint64 pieceKey(const char32_t *cps, qsizetype n, bool prefix)
{
    quint64 k = 0;
    for (qsizetype i = 0; i < n; ++i)
        k |= static_cast<quint64>(cps[i]) << (21 * i);
    return prefix ? k | (1ULL << 63) : k;
}

} // namespace

bool SearchText::isLatinLetterOrDigit(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9');
}

QString SearchText::fold(const QString &text)
{
    const QString nfkc = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(nfkc.size());
    bool space = false;
    for (char32_t c : nfkc.toUcs4()) {
        if (QChar::isSpace(c)) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out.append(QLatin1Char(' '));
        space = false;
        const char32_t s = simplifier().simplified(c);
        if (QChar::requiresSurrogates(s)) {
            out.append(QChar(QChar::highSurrogate(s)));
            out.append(QChar(QChar::lowSurrogate(s)));
        } else {
            out.append(QChar(static_cast<char16_t>(s)));
        }
    }
    return out;
}

QString SearchText::digits(const QString &text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_KC))
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            out.append(c);
    return out;
}

void SearchText::addTokens(const QString &line, QSet<quint64> *seen, QByteArray *out)
{
    const QList<uint> ucs4 = line.toUcs4();
    const char32_t *cps = reinterpret_cast<const char32_t *>(ucs4.constData());
    const qsizetype len = ucs4.size();
    for (qsizetype n = 1; n <= 3; ++n) {
        for (qsizetype i = 0; i + n <= len; ++i) {
            if (n == 1 && isLatinLetterOrDigit(cps[i]))
                continue; // found by the lines that start with it (the prefix token below)
            const quint64 key = pieceKey(cps + i, n, false);
            if (!seen->contains(key)) {
                seen->insert(key);
                appendToken(cps + i, n, false, out);
            }
        }
        if (n <= len && !seen->contains(pieceKey(cps, n, true))) {
            seen->insert(pieceKey(cps, n, true));
            appendToken(cps, n, true, out);
        }
    }
}

QStringList SearchText::queryTokens(const QString &query, bool prefix)
{
    const QList<uint> ucs4 = query.toUcs4();
    const char32_t *cps = reinterpret_cast<const char32_t *>(ucs4.constData());
    const qsizetype len = ucs4.size();
    if (len == 0)
        return {};
    const auto token = [cps](qsizetype from, qsizetype n, bool asPrefix) {
        QByteArray t;
        appendToken(cps + from, n, asPrefix, &t);
        return QString::fromLatin1(t);
    };
    QStringList out;
    if (len <= 3) {
        out.append(token(0, len, prefix));
        return out;
    }
    if (prefix)
        out.append(token(0, 3, true));
    for (qsizetype i = prefix ? 1 : 0; i + 3 <= len; ++i) {
        const QString t = token(i, 3, false);
        if (!out.contains(t))
            out.append(t);
    }
    return out;
}

} // namespace guanxi
