// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>

namespace guanxi {

// An enumeration's stored codes and translatable names in one table, so that code, display name
// and parsing cannot drift apart. Names are marked with QT_TRANSLATE_NOOP in `context`.
// parse() accepts the code, the English name, the translated name or an alias, ignoring case.
template <typename E, size_t N> struct CodeTable {
    struct Entry {
        E value;
        const char *code;
        const char *text;
        const char *aliases = nullptr; // UTF-8, '|'-separated: Chinese words files use in any UI language
    };
    std::array<Entry, N> entries;
    const char *context;

    QString code(E v) const
    {
        for (const Entry &e : entries)
            if (e.value == v)
                return QString::fromLatin1(e.code);
        return {};
    }
    QString name(E v) const
    {
        for (const Entry &e : entries)
            if (e.value == v)
                return QCoreApplication::translate(context, e.text);
        return {};
    }
    bool parse(const QString &text, E *out) const
    {
        const QString t = text.trimmed();
        for (const Entry &e : entries) {
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
        for (const Entry &e : entries)
            out.append(e.value);
        return out;
    }
};

} // namespace guanxi
