// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/CodeTable.h"

#include <QList>
#include <QStringList>

namespace guanxi {

// Level in the customer's organisation: operation 操作层, management 管理层, decision 决策层.
enum class ContactLevel {
    Operation,
    Management,
    Decision
};
// Department role: user 使用部门, technical 技术部门, finance 财务部门, purchasing 采购部门.
enum class ContactFunction {
    Unset,
    User,
    Technical,
    Finance,
    Purchasing,
    Other
};
enum class ChannelKind {
    Mobile,
    Phone,
    Fax,
    Email,
    WeChat,
    QQ,
    Other
};

// Stored codes and translated names: codeOf, displayName, fromCode, allValuesOf.
CodeTableRef<ContactLevel> codesOf(ContactLevel);
CodeTableRef<ContactFunction> codesOf(ContactFunction);
CodeTableRef<ChannelKind> codesOf(ChannelKind);
bool isPhoneKind(ChannelKind kind);

// One phone number, e-mail address or IM id. `normalized` is set by the validator: E.164 for
// phones, lower case for e-mails, the id itself otherwise.
struct ContactChannel {
    QString id; // empty for a channel not saved yet
    ChannelKind kind = ChannelKind::Mobile;
    QString label;
    QString value;
    QString normalized;

    bool operator==(const ContactChannel &) const = default;
};

// The personal side (个人档案) that good relationships are built on.
struct ContactProfile {
    QString gender;   // "", "f", "m"
    QString birthday; // yyyy-MM-dd, or --MM-dd when the year is not known
    QString hometown;
    QString university;
    QString sports;
    QString favouriteFood;
    QString pets;
    QString books;
    QString lastHoliday;
    QString nextHoliday;
    QString goals;

    bool operator==(const ContactProfile &) const = default;
};

struct ContactDraft {
    QString customerId; // empty: between companies
    QString name;
    QString title;
    ContactLevel level = ContactLevel::Operation;
    ContactFunction function = ContactFunction::Unset;
    QString superiorId;
    QString assistantId;
    QList<ContactChannel> channels;
    ContactProfile profile;
    QString notes;

    QStringList phones() const;
    QStringList emails() const;
};

struct Contact {
    QString id;
    ContactDraft fields;
    QString customerName;
    QString ownerId; // the customer's owner: contacts follow their customer
    QString ownerDepartmentId;
    QString superiorName;
    QString assistantName;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QString updatedBy;
    qint64 rowVersion = 0;
    qint64 deletedAt = 0;
};

// Where a contact worked: a contact who changes company keeps its history.
struct ContactPosition {
    QString customerId;
    QString customerName;
    QString title;
    qint64 startedAt = 0;
    qint64 endedAt = 0; // 0: current
};

} // namespace guanxi
