// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/Pinyin.h"

#include <QFile>
#include <QHash>
#include <QTextStream>

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

#include <memory>

namespace guanxi {

namespace {

bool isHan(char32_t c)
{
    UErrorCode e = U_ZERO_ERROR;
    return uscript_getScript(static_cast<UChar32>(c), &e) == USCRIPT_HAN && U_SUCCESS(e);
}

// The curated extra readings, loaded once for all threads.
const QHash<char32_t, QStringList> &extraReadings()
{
    static const QHash<char32_t, QStringList> table = [] {
        QHash<char32_t, QStringList> t;
        QFile f(QStringLiteral(":/guanxi/search/polyphones.txt"));
        if (!f.open(QIODevice::ReadOnly))
            return t;
        QTextStream in(&f);
        while (!in.atEnd()) {
            const QString line = in.readLine().trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const QList<uint> cps = parts.takeFirst().toUcs4();
            if (cps.size() == 1)
                t.insert(cps.first(), parts);
        }
        return t;
    }();
    return table;
}

// Lower-case ASCII readings of one Han character: ICU's reading first, then the surname reading,
// then the curated ones; ü spelled both "v" and "u".
class ReadingCache {
public:
    const QStringList &readingsOf(char32_t c)
    {
        auto it = m_cache.constFind(c);
        if (it != m_cache.constEnd())
            return *it;
        QStringList out;
        auto add = [&out](const QString &r) {
            if (r.isEmpty())
                return;
            if (r.contains(QChar(0x00FC))) {
                QString v = r, u = r;
                v.replace(QChar(0x00FC), QLatin1Char('v'));
                u.replace(QChar(0x00FC), QLatin1Char('u'));
                if (!out.contains(v))
                    out.append(v);
                if (!out.contains(u))
                    out.append(u);
            } else if (!out.contains(r)) {
                out.append(r);
            }
        };
        add(transliterate(m_general.get(), c));
        add(transliterate(m_names.get(), c));
        for (const QString &r : extraReadings().value(c))
            add(r);
        return *m_cache.insert(c, out);
    }

private:
    static std::unique_ptr<icu::Transliterator> make(const char *id)
    {
        UErrorCode e = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(
            icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, e));
        return U_SUCCESS(e) ? std::move(t) : nullptr;
    }

    // Han → Latin with tone marks; the marks are then dropped by decomposing, keeping ü.
    static QString transliterate(icu::Transliterator *t, char32_t c)
    {
        if (!t)
            return {};
        icu::UnicodeString s(static_cast<UChar32>(c));
        t->transliterate(s);
        const QString latin = QString::fromUtf16(reinterpret_cast<const char16_t *>(s.getBuffer()), s.length());
        QString out;
        for (QChar ch : latin.normalized(QString::NormalizationForm_D)) {
            if (ch == QChar(0x0308) && out.endsWith(QLatin1Char('u')))
                out.back() = QChar(0x00FC);   // u + diaeresis: keep it as ü
            else if (ch.isLetter() && ch.unicode() < 0x80)
                out.append(ch.toLower());
        }
        return out;
    }

    std::unique_ptr<icu::Transliterator> m_general = make("Han-Latin");
    std::unique_ptr<icu::Transliterator> m_names = make("Han-Latin/Names");
    QHash<char32_t, QStringList> m_cache;
};

ReadingCache &cache()
{
    thread_local ReadingCache c;
    return c;
}

} // namespace

bool Pinyin::hasHan(const QString &text)
{
    for (char32_t c : text.toUcs4())
        if (isHan(c))
            return true;
    return false;
}

PinyinForms Pinyin::of(const QString &text)
{
    // Build the variants character by character; a character with k readings multiplies them,
    // the earlier (more common) readings kept first when the limit cuts.
    QStringList full{QString()}, initials{QString()};
    for (char32_t c : text.toUcs4()) {
        if (isHan(c)) {
            const QStringList &readings = cache().readingsOf(c);
            if (readings.isEmpty())
                continue;
            QStringList nextFull, nextInitials;
            for (const QString &r : readings) {
                for (qsizetype i = 0; i < full.size() && nextFull.size() < kMaxVariants; ++i) {
                    nextFull.append(full[i] + r);
                    nextInitials.append(initials[i] + r.front());
                }
            }
            full = nextFull;
            initials = nextInitials;
        } else if (c < 0x80 && (QChar::isLetterOrNumber(c))) {
            const QChar ch = QChar(static_cast<char16_t>(c)).toLower();
            for (QString &f : full)
                f.append(ch);
            for (QString &i : initials)
                i.append(ch);
        }
    }
    full.removeDuplicates();
    initials.removeDuplicates();
    if (full.size() == 1 && full.first().isEmpty())
        return {};
    return {full, initials};
}

} // namespace guanxi
