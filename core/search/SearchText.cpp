// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/SearchText.h"

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
        if (c < 0x2E80)   // below the CJK blocks nothing changes
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

QString token(const QList<uint> &cps, qsizetype from, qsizetype n, bool prefix)
{
    QString t = prefix ? QStringLiteral("p") : QStringLiteral("g");
    for (qsizetype i = from; i < from + n; ++i) {
        if (i > from)
            t.append(QLatin1Char('x'));
        t.append(QString::number(cps[i], 16));
    }
    return t;
}

} // namespace

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

void SearchText::addTokens(const QString &line, QSet<QString> *seen, QString *out)
{
    const QList<uint> cps = line.toUcs4();
    const qsizetype len = cps.size();
    const auto add = [&](QString &&t) {
        if (seen->contains(t))
            return;
        if (!out->isEmpty())
            out->append(QLatin1Char(' '));
        out->append(t);
        seen->insert(std::move(t));
    };
    for (qsizetype n = 1; n <= 3; ++n) {
        for (qsizetype i = 0; i + n <= len; ++i)
            add(token(cps, i, n, false));
        if (n <= len)
            add(token(cps, 0, n, true));
    }
}

QStringList SearchText::queryTokens(const QString &query, bool prefix)
{
    const QList<uint> cps = query.toUcs4();
    const qsizetype len = cps.size();
    if (len == 0)
        return {};
    QStringList out;
    if (len <= 3) {
        out.append(token(cps, 0, len, prefix));
        return out;
    }
    if (prefix)
        out.append(token(cps, 0, 3, true));
    for (qsizetype i = prefix ? 1 : 0; i + 3 <= len; ++i) {
        const QString t = token(cps, i, 3, false);
        if (!out.contains(t))
            out.append(t);
    }
    return out;
}

} // namespace guanxi
