// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <concepts>
#include <span>
#include <type_traits>

namespace guanxi {

template <typename E> struct CodeEntry {
    E value;
    const char *code;
    const char *text;
    const char *aliases = nullptr; // UTF-8, '|'-separated: Chinese words files use in any UI language
};

// A code table seen without its length: what an enumeration's header hands out (codesOf) so that
// the functions below serve every enumeration alike.
template <typename E> struct CodeTableRef {
    std::span<const CodeEntry<E>> entries;
    const char *context;

    QString code(E v) const
    {
        for (const CodeEntry<E> &e : entries)
            if (e.value == v)
                return QString::fromLatin1(e.code);
        return {};
    }
    QString name(E v) const
    {
        for (const CodeEntry<E> &e : entries)
            if (e.value == v)
                return QCoreApplication::translate(context, e.text);
        return {};
    }
    bool parse(const QString &text, E *out) const
    {
        const QString t = text.trimmed();
        for (const CodeEntry<E> &e : entries) {
            if (t.compare(QLatin1String(e.code), Qt::CaseInsensitive) == 0
                || t.compare(QLatin1String(e.text), Qt::CaseInsensitive) == 0
                || t == QCoreApplication::translate(context, e.text)
                || (e.aliases
                    && QString::fromUtf8(e.aliases).split(QLatin1Char('|')).contains(t, Qt::CaseInsensitive))) {
                *out = e.value;
                return true;
            }
        }
        return false;
    }
    QList<E> values() const
    {
        QList<E> out;
        for (const CodeEntry<E> &e : entries)
            out.append(e.value);
        return out;
    }
};

// An enumeration's stored codes and translatable names in one table, so that code, display name
// and parsing cannot drift apart. Names are marked with QT_TRANSLATE_NOOP in `context`.
// parse() accepts the code, the English name, the translated name or an alias, ignoring case.
template <typename E, size_t N> struct CodeTable {
    using Entry = CodeEntry<E>;
    std::array<Entry, N> entries;
    const char *context;

    constexpr operator CodeTableRef<E>() const { return {entries, context}; }
    QString code(E v) const { return CodeTableRef<E>(*this).code(v); }
    QString name(E v) const { return CodeTableRef<E>(*this).name(v); }
    bool parse(const QString &text, E *out) const { return CodeTableRef<E>(*this).parse(text, out); }
    QList<E> values() const { return CodeTableRef<E>(*this).values(); }
};

// An enumeration whose header declares `CodeTableRef<E> codesOf(E);` (its table stays in its .cpp)
// has these four without writing them again.
template <typename E>
concept Coded = std::is_enum_v<E> && requires(E e)
{
    {
        codesOf(e)
        } -> std::convertible_to<CodeTableRef<E>>;
};

template <Coded E> QString codeOf(E v)
{
    return codesOf(v).code(v);
}
template <Coded E> QString displayName(E v)
{
    return codesOf(v).name(v);
}
template <Coded E> bool fromCode(const QString &code, E *out)
{
    return codesOf(E{}).parse(code, out);
}
template <Coded E> QList<E> allValuesOf()
{
    return codesOf(E{}).values();
}

} // namespace guanxi
