// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/CodeTable.h"

#include <QStringList>

namespace guanxi {

// Importance tier (客户等级). Stored as its number; higher is more important.
enum class Tier {
    Normal = 0,
    Important = 1,
    Vip = 2
};
// Company, person, channel partner or a unit of our own.
enum class CustomerKind {
    Business,
    Consumer,
    Channel,
    Internal
};
// Loyalty stage (客户阶段): potential 潜在, new 新, old 老, loyal 忠诚.
enum class LoyaltyStage {
    Potential,
    New,
    Old,
    Loyal
};
// Value type (价值类型): lighthouse 灯塔型, follower 跟随型, rational 理性, profit-seeking 逐利.
enum class ValueType {
    Unset,
    Lighthouse,
    Follower,
    Rational,
    Profit
};

QString tierCode(Tier tier);                       // "normal", "important", "vip"
bool tierFromCode(const QString &code, Tier *out); // accepts the codes and 0-2
QString tierDisplayName(Tier tier);                // translated: 普通, 重要, 贵宾

// Codes as stored in the database and used by guanxi-cli and imports; display names translated.
// fromCode() accepts the code or the display name in any of the program's languages (codeOf,
// displayName, fromCode and allValuesOf come from core/util/CodeTable.h).
CodeTableRef<CustomerKind> codesOf(CustomerKind);
CodeTableRef<LoyaltyStage> codesOf(LoyaltyStage);
CodeTableRef<ValueType> codesOf(ValueType);

// Background (客户背景): how the customer is organised and buys.
struct CustomerBackground {
    QString orgStructure;
    QString businessSituation;
    QString purchasingDept;
    QString supportDept;
    QString usingDept;
    QString installedBase;

    bool operator==(const CustomerBackground &) const = default;
};

// The fields a user edits; the rest of a customer is kept by the service.
struct CustomerDraft {
    QString name;
    QString shortName;
    CustomerKind kind = CustomerKind::Business;
    Tier tier = Tier::Normal;
    LoyaltyStage stage = LoyaltyStage::Potential;
    ValueType valueType = ValueType::Unset;
    QString region; // province
    QString city;
    QString address;
    QString industry;
    QString phone;
    QString email;
    QString website;
    QString source; // source channel: exhibition, referral, website, ...
    QStringList tags;
    QString notes;
    QString ownerId; // empty: unowned (public pool)
    QString externalCode;
    CustomerBackground background;
    QString documentLanguage; // zh_CN, zh_TW, en; empty: printed in the program's language
};

struct Customer {
    QString id;
    CustomerDraft fields;
    QString ownerName;
    QString ownerDepartmentId;
    qint64 lastContactAt = 0; // UTC ms, 0 = never
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QString updatedBy;
    QString updatedByName;
    qint64 rowVersion = 0;
    qint64 deletedAt = 0; // 0 = live; otherwise in the recycle bin
};

// Tags are stored as one text with each tag wrapped in '|', so a filter matches whole tags only.
QString tagsToStored(const QStringList &tags);
QStringList tagsFromStored(const QString &stored);

} // namespace guanxi
