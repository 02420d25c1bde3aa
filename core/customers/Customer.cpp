// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/Customer.h"

#include "core/util/CodeTable.h"

#include <QCoreApplication>

namespace guanxi {

namespace {

constexpr CodeTable<CustomerKind, 4> kKinds{
    {{
        {CustomerKind::Business, "business", QT_TRANSLATE_NOOP("Customers", "Business"), "企业|公司|企业客户"},
        {CustomerKind::Consumer, "consumer", QT_TRANSLATE_NOOP("Customers", "Consumer"), "个人|个人客户|消费者"},
        {CustomerKind::Channel, "channel", QT_TRANSLATE_NOOP("Customers", "Channel partner"),
         "渠道|代理商|经销商|渠道商"},
        {CustomerKind::Internal, "internal", QT_TRANSLATE_NOOP("Customers", "Internal"), "内部"},
    }},
    "Customers"};
constexpr CodeTable<LoyaltyStage, 4> kStages{
    {{
        {LoyaltyStage::Potential, "potential", QT_TRANSLATE_NOOP("Customers", "Potential"), "潜在|潜在客户"},
        {LoyaltyStage::New, "new", QT_TRANSLATE_NOOP("Customers", "New"), "新|新客户"},
        {LoyaltyStage::Old, "old", QT_TRANSLATE_NOOP("Customers", "Established"), "老|老客户"},
        {LoyaltyStage::Loyal, "loyal", QT_TRANSLATE_NOOP("Customers", "Loyal"), "忠诚|忠诚客户"},
    }},
    "Customers"};
constexpr CodeTable<ValueType, 5> kValueTypes{
    {{
        {ValueType::Unset, "", QT_TRANSLATE_NOOP("Customers", "Not assessed")},
        {ValueType::Lighthouse, "lighthouse", QT_TRANSLATE_NOOP("Customers", "Lighthouse"), "灯塔型|灯塔"},
        {ValueType::Follower, "follower", QT_TRANSLATE_NOOP("Customers", "Follower"), "跟随型|跟随"},
        {ValueType::Rational, "rational", QT_TRANSLATE_NOOP("Customers", "Rational"), "理性|理性型"},
        {ValueType::Profit, "profit", QT_TRANSLATE_NOOP("Customers", "Profit-seeking"), "逐利|逐利型"},
    }},
    "Customers"};

} // namespace

QString tierCode(Tier tier)
{
    switch (tier) {
    case Tier::Normal:
        return QStringLiteral("normal");
    case Tier::Important:
        return QStringLiteral("important");
    case Tier::Vip:
        return QStringLiteral("vip");
    }
    return {};
}

bool tierFromCode(const QString &code, Tier *out)
{
    const QString c = code.trimmed().toLower();
    for (Tier t : {Tier::Normal, Tier::Important, Tier::Vip}) {
        static const QStringList aliases[] = {{QStringLiteral("普通"), QStringLiteral("一般")},
                                              {QStringLiteral("重要")},
                                              {QStringLiteral("贵宾"), QStringLiteral("vip客户")}};
        if (c == tierCode(t) || c == QString::number(static_cast<int>(t)) || code.trimmed() == tierDisplayName(t)
            || aliases[static_cast<int>(t)].contains(c)) {
            *out = t;
            return true;
        }
    }
    return false;
}

QString tierDisplayName(Tier tier)
{
    switch (tier) {
    case Tier::Normal:
        return QCoreApplication::translate("Customers", "Normal");
    case Tier::Important:
        return QCoreApplication::translate("Customers", "Important");
    case Tier::Vip:
        return QCoreApplication::translate("Customers", "VIP");
    }
    return {};
}

CodeTableRef<CustomerKind> codesOf(CustomerKind)
{
    return kKinds;
}
CodeTableRef<LoyaltyStage> codesOf(LoyaltyStage)
{
    return kStages;
}
CodeTableRef<ValueType> codesOf(ValueType)
{
    return kValueTypes;
}

QString tagsToStored(const QStringList &tags)
{
    if (tags.isEmpty())
        return {};
    return QLatin1Char('|') + tags.join(QLatin1Char('|')) + QLatin1Char('|');
}

QStringList tagsFromStored(const QString &stored)
{
    return stored.split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

} // namespace guanxi
