// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/SearchDoc.h"

#include "core/contacts/Contact.h"
#include "core/customers/Customer.h"
#include "core/leads/Lead.h"
#include "core/search/Pinyin.h"
#include "core/search/SearchText.h"

#include <QSet>

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

SearchDoc SearchDoc::forCustomer(const QString &id, const CustomerDraft &c)
{
    SearchDoc d;
    d.kind = SearchKind::Customer;
    d.entityId = d.customerId = id;
    d.name = c.name;
    d.names = {c.name};
    if (!c.shortName.isEmpty())
        d.names.append(c.shortName);
    d.phones = {c.phone};
    d.texts = QStringList{c.email} + c.tags;
    d.ownerId = c.ownerId;
    d.detail = c.region;
    return d;
}

SearchDoc SearchDoc::forContact(const QString &id, const ContactDraft &c, const QString &customerName,
                                const QString &customerOwnerId)
{
    SearchDoc d;
    d.kind = SearchKind::Contact;
    d.entityId = id;
    d.name = c.name;
    d.names = {c.name};
    d.customerId = c.customerId;
    d.detail = customerName;
    if (!c.title.isEmpty() && !customerName.isEmpty())
        d.detail += QStringLiteral(" · ") + c.title;
    d.ownerId = customerOwnerId;
    for (const ContactChannel &ch : c.channels) {
        if (isPhoneKind(ch.kind))
            d.phones.append(ch.value);
        else
            d.texts.append(ch.value);
    }
    return d;
}

SearchDoc SearchDoc::forLead(const QString &id, const LeadDraft &l)
{
    SearchDoc d;
    d.kind = SearchKind::Lead;
    d.entityId = id;
    d.name = l.personName.isEmpty() ? l.company : l.personName;
    d.detail = l.personName.isEmpty() ? QString() : l.company;
    d.names = {l.personName, l.company};
    d.names.removeAll(QString());
    d.phones = {l.phone};
    d.texts = {l.email};
    d.ownerId = l.ownerId;
    return d;
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

SearchDoc::IndexText SearchDoc::indexText() const
{
    IndexText t;
    t.haystack = joinLines(haystackLines());
    t.tokens = tokensOf(t.haystack);
    return t;
}

QByteArray SearchDoc::tokensOf(const QString &haystack)
{
    QSet<quint64> seen;
    seen.reserve(256);
    QByteArray out;
    out.reserve(2048);
    for (const QString &line : haystack.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        SearchText::addTokens(line, &seen, &out);
    return out;
}

} // namespace guanxi
