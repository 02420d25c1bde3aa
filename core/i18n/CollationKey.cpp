// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/CollationKey.h"

#include "core/search/ChineseReadings.h"
#include "core/search/Pinyin.h"

#include <QThreadStorage>

#include <unicode/ucol.h>

#include <memory>

namespace guanxi {

namespace {

struct CollatorDeleter {
    void operator()(UCollator *c) const { ucol_close(c); }
};
using CollatorPtr = std::unique_ptr<UCollator, CollatorDeleter>;

CollatorPtr open(const char *locale, UColAttributeValue strength)
{
    UErrorCode status = U_ZERO_ERROR;
    // Secondary strength ignores case differences for ordering purposes, so "abc" and "ABC" sit
    // together.
    CollatorPtr c(ucol_open(locale, &status));
    if (U_SUCCESS(status))
        ucol_setStrength(c.get(), strength);
    else
        c.reset();
    return c;
}

// A UCollator is not thread-safe to share for sort keys; each thread gets its own. The Chinese
// one orders characters that read alike; the root one orders the readings.
UCollator *chinese()
{
    static thread_local CollatorPtr coll = open("zh", UCOL_SECONDARY);
    return coll.get();
}

UCollator *latin()
{
    // Primary strength: a reading is lower-case letters, and a short key keeps the name indexes
    // small (the Chinese key after it still tells cases and accents apart).
    static thread_local CollatorPtr coll = open("", UCOL_PRIMARY);
    return coll.get();
}

QByteArray sortKey(UCollator *c, const QString &text)
{
    const auto *chars = reinterpret_cast<const UChar *>(text.utf16());
    const int32_t len = static_cast<int32_t>(text.size());
    if (!c)
        return text.toUtf8();
    QByteArray key(64 + len * 4, Qt::Uninitialized);
    int32_t needed =
        ucol_getSortKey(c, chars, len, reinterpret_cast<uint8_t *>(key.data()), static_cast<int32_t>(key.size()));
    if (needed > key.size()) {
        key.resize(needed);
        needed = ucol_getSortKey(c, chars, len, reinterpret_cast<uint8_t *>(key.data()), needed);
    }
    // ICU counts the terminating zero; SQLite must not compare it.
    key.resize(needed > 0 ? needed - 1 : 0);
    return key;
}

// The name as it is read: each Han character's syllable (长沙 "chang sha "), everything else as
// written. ICU's own Chinese collation gives each character one reading, whatever the name, so
// 长沙 sorted under zhang and 曾 under ceng.
QString readingText(const QString &text, NameKind kind)
{
    const QStringList syllables = Pinyin::reading(text, kind);
    const QList<uint> cps = text.toUcs4();
    QString out;
    out.reserve(text.size() * 4);
    for (qsizetype i = 0; i < cps.size(); ++i) {
        if (!syllables[i].isEmpty()) {
            out += syllables[i];
            out += QLatin1Char(' ');
        } else {
            const char32_t c = cps[i];
            out += QString::fromUcs4(&c, 1);
        }
    }
    return out;
}

// Which group a name sorts in, as in ICU's Chinese collation: names that start with a digit or a
// sign, then those that start with a Han character, then those in Latin (or other) letters.
char groupOf(const QString &text)
{
    for (char32_t c : text.toUcs4()) {
        if (QChar::isSpace(c))
            continue;
        if (Pinyin::hasHan(QString::fromUcs4(&c, 1)))
            return '\x02';
        return QChar::isLetter(c) ? '\x03' : '\x01';
    }
    return '\x01';
}

// The group, the reading's key, then (after a zero byte, below every byte of a key) the Chinese
// key of the name itself, which orders names that read alike.
QByteArray keyOf(const QString &text, NameKind kind)
{
    const QString reading = Pinyin::hasHan(text) ? readingText(text, kind) : text;
    return groupOf(text) + sortKey(latin(), reading) + '\0' + sortKey(chinese(), text);
}

} // namespace

QByteArray CollationKey::of(const QString &text)
{
    return keyOf(text, NameKind::Organisation);
}

QByteArray CollationKey::ofPerson(const QString &text)
{
    return keyOf(text, NameKind::Person);
}

QString CollationKey::collatorVersion()
{
    UCollator *c = chinese();
    if (!c)
        return QStringLiteral("utf8");
    UVersionInfo v;
    ucol_getVersion(c, v);
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(v, text);
    return QStringLiteral("icu-zh-4-%1-readings-%2")
        .arg(QString::fromLatin1(text), ChineseReadings::instance().version());
}

} // namespace guanxi
