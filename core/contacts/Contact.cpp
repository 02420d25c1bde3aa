// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacts/Contact.h"

#include "util/CodeTable.h"

namespace guanxi {

namespace {

constexpr CodeTable<ContactLevel, 3> kLevels{{{
    {ContactLevel::Operation, "operation", QT_TRANSLATE_NOOP("Contacts", "Operational")},
    {ContactLevel::Management, "management", QT_TRANSLATE_NOOP("Contacts", "Management")},
    {ContactLevel::Decision, "decision", QT_TRANSLATE_NOOP("Contacts", "Decision maker")},
}}, "Contacts"};
constexpr CodeTable<ContactFunction, 6> kFunctions{{{
    {ContactFunction::Unset, "", QT_TRANSLATE_NOOP("Contacts", "Not set")},
    {ContactFunction::User, "user", QT_TRANSLATE_NOOP("Contacts", "User department")},
    {ContactFunction::Technical, "technical", QT_TRANSLATE_NOOP("Contacts", "Technical department")},
    {ContactFunction::Finance, "finance", QT_TRANSLATE_NOOP("Contacts", "Finance department")},
    {ContactFunction::Purchasing, "purchasing", QT_TRANSLATE_NOOP("Contacts", "Purchasing department")},
    {ContactFunction::Other, "other", QT_TRANSLATE_NOOP("Contacts", "Other")},
}}, "Contacts"};
constexpr CodeTable<ChannelKind, 7> kChannels{{{
    {ChannelKind::Mobile, "mobile", QT_TRANSLATE_NOOP("Contacts", "Mobile")},
    {ChannelKind::Phone, "phone", QT_TRANSLATE_NOOP("Contacts", "Phone")},
    {ChannelKind::Fax, "fax", QT_TRANSLATE_NOOP("Contacts", "Fax")},
    {ChannelKind::Email, "email", QT_TRANSLATE_NOOP("Contacts", "E-mail")},
    {ChannelKind::WeChat, "wechat", QT_TRANSLATE_NOOP("Contacts", "WeChat")},
    {ChannelKind::QQ, "qq", QT_TRANSLATE_NOOP("Contacts", "QQ")},
    {ChannelKind::Other, "other", QT_TRANSLATE_NOOP("Contacts", "Other")},
}}, "Contacts"};

} // namespace

QString codeOf(ContactLevel v) { return kLevels.code(v); }
QString codeOf(ContactFunction v) { return kFunctions.code(v); }
QString codeOf(ChannelKind v) { return kChannels.code(v); }
QString displayName(ContactLevel v) { return kLevels.name(v); }
QString displayName(ContactFunction v) { return kFunctions.name(v); }
QString displayName(ChannelKind v) { return kChannels.name(v); }
bool fromCode(const QString &code, ContactLevel *out) { return kLevels.parse(code, out); }
bool fromCode(const QString &code, ContactFunction *out) { return kFunctions.parse(code, out); }
bool fromCode(const QString &code, ChannelKind *out) { return kChannels.parse(code, out); }
QList<ContactLevel> allContactLevels() { return kLevels.values(); }
QList<ContactFunction> allContactFunctions() { return kFunctions.values(); }
QList<ChannelKind> allChannelKinds() { return kChannels.values(); }

bool isPhoneKind(ChannelKind kind)
{
    return kind == ChannelKind::Mobile || kind == ChannelKind::Phone || kind == ChannelKind::Fax;
}

QStringList ContactDraft::phones() const
{
    QStringList out;
    for (const ContactChannel &c : channels)
        if (isPhoneKind(c.kind))
            out.append(c.value);
    return out;
}

QStringList ContactDraft::emails() const
{
    QStringList out;
    for (const ContactChannel &c : channels)
        if (c.kind == ChannelKind::Email)
            out.append(c.value);
    return out;
}

} // namespace guanxi
