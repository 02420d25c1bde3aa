// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/Pinyin.h"

#include "core/search/ChineseReadings.h"

#include <QHash>

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <memory>

namespace guanxi {

namespace {

bool isHan(char32_t c)
{
    UErrorCode e = U_ZERO_ERROR;
    return uscript_getScript(static_cast<UChar32>(c), &e) == USCRIPT_HAN && U_SUCCESS(e);
}

// Lower-case ASCII readings of one Han character: ICU's reading, then the dictionary's (see
// ChineseReadings), then ICU's surname reading; ü spelled both "v" and "u".
// primaryOf() is the one reading a character has by itself, surnameOf() the one it has as a surname.
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
        for (const QString &r : ChineseReadings::instance().of(c))
            add(r);
        add(transliterate(m_names.get(), c));
        return *m_cache.insert(c, out);
    }

    // ICU's reading: one per character, chosen with care (the dictionary's weights are for its
    // Traditional characters; its Simplified ones put rare readings first, 业 qiu before ye).
    QString primaryOf(char32_t c)
    {
        const QStringList &all = readingsOf(c);
        return all.isEmpty() ? QString() : plain(all.first());
    }

    QString surnameOf(char32_t c)
    {
        auto it = m_surnames.constFind(c);
        if (it == m_surnames.constEnd())
            it = m_surnames.insert(c, plain(transliterate(m_names.get(), c)));
        return it->isEmpty() ? primaryOf(c) : *it;
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
                out.back() = QChar(0x00FC); // u + diaeresis: keep it as ü
            else if (ch.isLetter() && ch.unicode() < 0x80)
                out.append(ch.toLower());
        }
        return out;
    }

    // ü as "v", the way it is typed and the way it sorts after u.
    static QString plain(QString r) { return r.replace(QChar(0x00FC), QLatin1Char('v')); }

    std::unique_ptr<icu::Transliterator> m_general = make("Han-Latin");
    std::unique_ptr<icu::Transliterator> m_names = make("Han-Latin/Names");
    QHash<char32_t, QStringList> m_cache;
    QHash<char32_t, QString> m_surnames;
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

QStringList Pinyin::reading(const QString &text, NameKind kind)
{
    const QList<uint> cps = text.toUcs4();
    QStringList out(cps.size());
    const ChineseReadings &table = ChineseReadings::instance();
    qsizetype i = 0;
    // A person's name starts with the surname, which has its own reading (曾 zeng, 单 shan); a
    // compound surname (欧阳, 长孙) is a phrase of the dictionary.
    if (kind == NameKind::Person && !cps.isEmpty() && isHan(cps.first())) {
        const QStringList two = cps.size() > 2
            ? table.ofPhrase(QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData()), 2))
            : QStringList();
        if (two.size() == 2) {
            out[0] = two[0];
            out[1] = two[1];
            i = 2;
        } else {
            out[0] = cache().surnameOf(cps.first());
            i = 1;
        }
    }
    while (i < cps.size()) {
        if (!isHan(cps[i])) {
            ++i;
            continue;
        }
        // The longest phrase of the dictionary that starts here (长沙 chang sha, 重庆 chong qing).
        bool matched = false;
        if (kind == NameKind::Organisation) {
            // Place names and the words in company names are short; longer phrases are sayings.
            constexpr qsizetype kLongest = 5;
            for (qsizetype n = std::min<qsizetype>({qsizetype(table.longestPhrase()), kLongest, cps.size() - i});
                 n >= 2 && !matched; --n) {
                const QStringList r =
                    table.ofPhrase(QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData() + i), n));
                if (r.size() != n)
                    continue;
                for (qsizetype k = 0; k < n; ++k)
                    out[i + k] = r[k];
                i += n;
                matched = true;
            }
        }
        if (!matched) {
            out[i] = cache().primaryOf(cps[i]);
            ++i;
        }
    }
    return out;
}

PinyinForms Pinyin::of(const QString &text)
{
    // First the name as it is read (with the dictionary's phrases); then every other
    // combination, character by character (a character with k readings multiplies them, the more
    // common readings first when the limit cuts).
    // (A person's surname reading is among each character's readings below; the reading an
    // organisation's name has is the one a phrase of the dictionary changes.)
    QString readFull, readInitials;
    {
        const QStringList syllables = reading(text, NameKind::Organisation);
        const QList<uint> cps = text.toUcs4();
        for (qsizetype i = 0; i < cps.size(); ++i) {
            if (!syllables[i].isEmpty()) {
                readFull += syllables[i];
                readInitials += syllables[i].front();
            } else if (cps[i] < 0x80 && QChar::isLetterOrNumber(cps[i])) {
                readFull += QChar(static_cast<char16_t>(cps[i])).toLower();
                readInitials += QChar(static_cast<char16_t>(cps[i])).toLower();
            }
        }
    }
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
    full.prepend(readFull);
    initials.prepend(readInitials);
    full.removeDuplicates();
    initials.removeDuplicates();
    full.removeAll(QString());
    initials.removeAll(QString());
    if (full.isEmpty())
        return {};
    return {full.mid(0, kMaxVariants), initials.mid(0, kMaxVariants)};
}

} // namespace guanxi
