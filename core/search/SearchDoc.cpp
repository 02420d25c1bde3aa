// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/SearchDoc.h"

#include "search/Pinyin.h"
#include "search/SearchText.h"

namespace guanxi {

QString searchKindCode(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Customer:
        return QStringLiteral("customer");
    case SearchKind::Contact:
        return QStringLiteral("contact");
    case SearchKind::Lead:
        return QStringLiteral("lead");
    }
    return {};
}

QStringList SearchDoc::haystackLines() const
{
    QStringList lines;
    auto add = [&lines](const QString &line) {
        if (!line.isEmpty() && !lines.contains(line))
            lines.append(line);
    };
    for (const QString &n : names) {
        const QString folded = SearchText::fold(n);
        add(folded);
        const PinyinForms py = Pinyin::of(folded);
        for (const QString &f : py.full)
            add(f);
        for (const QString &i : py.initials)
            add(i);
    }
    for (const QString &p : phones)
        add(SearchText::digits(p));
    for (const QString &t : texts)
        add(SearchText::fold(t));
    return lines;
}

} // namespace guanxi
