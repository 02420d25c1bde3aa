// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/contacts/Contact.h"

#include "core/util/CodeTable.h"

namespace guanxi {

namespace {

constexpr CodeTable<ContactLevel, 3> kLevels{
    {{
        {ContactLevel::Operation, "operation", QT_TRANSLATE_NOOP("Contacts", "Operational"), "操作层"},
        {ContactLevel::Management, "management", QT_TRANSLATE_NOOP("Contacts", "Management"), "管理层"},
        {ContactLevel::Decision, "decision", QT_TRANSLATE_NOOP("Contacts", "Decision maker"), "决策层"},
    }},
    "Contacts"};
constexpr CodeTable<ContactFunction, 6> kFunctions{
    {{
        {ContactFunction::Unset, "", QT_TRANSLATE_NOOP("Contacts", "Not set")},
        {ContactFunction::User, "user", QT_TRANSLATE_NOOP("Contacts", "User department"), "使用部门"},
        {ContactFunction::Technical, "technical", QT_TRANSLATE_NOOP("Contacts", "Technical department"), "技术部门"},
        {ContactFunction::Finance, "finance", QT_TRANSLATE_NOOP("Contacts", "Finance department"), "财务部门"},
        {ContactFunction::Purchasing, "purchasing", QT_TRANSLATE_NOOP("Contacts", "Purchasing department"), "采购部门"},
        {ContactFunction::Other, "other", QT_TRANSLATE_NOOP("Contacts", "Other"), "其他"},
    }},
    "Contacts"};
constexpr CodeTable<ChannelKind, 7> kChannels{
    {{
        {ChannelKind::Mobile, "mobile", QT_TRANSLATE_NOOP("Contacts", "Mobile"), "手机"},
        {ChannelKind::Phone, "phone", QT_TRANSLATE_NOOP("Contacts", "Phone"), "电话"},
        {ChannelKind::Fax, "fax", QT_TRANSLATE_NOOP("Contacts", "Fax"), "传真"},
        {ChannelKind::Email, "email", QT_TRANSLATE_NOOP("Contacts", "E-mail"), "邮箱|电子邮件"},
        {ChannelKind::WeChat, "wechat", QT_TRANSLATE_NOOP("Contacts", "WeChat"), "微信"},
        {ChannelKind::QQ, "qq", QT_TRANSLATE_NOOP("Contacts", "QQ")},
        {ChannelKind::Other, "other", QT_TRANSLATE_NOOP("Contacts", "Other")},
    }},
    "Contacts"};

} // namespace

CodeTableRef<ContactLevel> codesOf(ContactLevel)
{
    return kLevels;
}
CodeTableRef<ContactFunction> codesOf(ContactFunction)
{
    return kFunctions;
}
CodeTableRef<ChannelKind> codesOf(ChannelKind)
{
    return kChannels;
}

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
