// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace guanxi {

// Control characters (NUL, escape, …) in text a user or a file gave: SQLite's checks count text
// only up to a NUL, so validators refuse them and imports drop them. `lines`: tabs and line
// breaks are text (notes, addresses), not controls.
inline bool hasControlCharacters(const QString &text, bool lines)
{
    for (QChar c : text)
        if (c.category() == QChar::Other_Control && !(lines && (c == u'\n' || c == u'\t')))
            return true;
    return false;
}

// The text without them; a tab or line break where `lines` is false becomes a space.
inline QString withoutControlCharacters(const QString &text, bool lines)
{
    if (!hasControlCharacters(text, lines))
        return text; // most text: no copy
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.category() != QChar::Other_Control)
            out.append(c);
        else if (lines && (c == u'\n' || c == u'\t'))
            out.append(c);
        else if (c == u'\t' || c == u'\n' || c == u'\r')
            out.append(u' ');
    }
    return out;
}

} // namespace guanxi
