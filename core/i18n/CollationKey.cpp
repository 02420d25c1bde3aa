// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/CollationKey.h"

#include <QThreadStorage>

#include <unicode/ucol.h>

#include <memory>

namespace guanxi {

namespace {

struct CollatorDeleter {
    void operator()(UCollator *c) const { ucol_close(c); }
};
using CollatorPtr = std::unique_ptr<UCollator, CollatorDeleter>;

// A UCollator is not thread-safe to share for sort keys; each thread gets its own.
UCollator *collator()
{
    static thread_local CollatorPtr coll = [] {
        UErrorCode status = U_ZERO_ERROR;
        // Chinese collation (pinyin order); secondary strength ignores case differences for
        // ordering purposes, so "abc" and "ABC" sit together.
        CollatorPtr c(ucol_open("zh", &status));
        if (U_SUCCESS(status))
            ucol_setStrength(c.get(), UCOL_SECONDARY);
        else
            c.reset();
        return c;
    }();
    return coll.get();
}

} // namespace

QByteArray CollationKey::of(const QString &text)
{
    UCollator *c = collator();
    const auto *chars = reinterpret_cast<const UChar *>(text.utf16());
    const int32_t len = static_cast<int32_t>(text.size());
    if (!c)
        return text.toUtf8();
    QByteArray key(64 + len * 4, Qt::Uninitialized);
    int32_t needed = ucol_getSortKey(c, chars, len, reinterpret_cast<uint8_t *>(key.data()),
                                     static_cast<int32_t>(key.size()));
    if (needed > key.size()) {
        key.resize(needed);
        needed = ucol_getSortKey(c, chars, len, reinterpret_cast<uint8_t *>(key.data()), needed);
    }
    // ICU counts the terminating zero; SQLite must not compare it.
    key.resize(needed > 0 ? needed - 1 : 0);
    return key;
}

QString CollationKey::collatorVersion()
{
    UCollator *c = collator();
    if (!c)
        return QStringLiteral("utf8");
    UVersionInfo v;
    ucol_getVersion(c, v);
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(v, text);
    return QStringLiteral("icu-zh-2-") + QString::fromLatin1(text);
}

} // namespace guanxi
