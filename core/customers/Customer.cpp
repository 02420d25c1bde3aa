// SPDX-License-Identifier: GPL-3.0-or-later
#include "customers/Customer.h"

#include <QCoreApplication>

#include "util/CodeTable.h"

namespace guanxi {

namespace {

constexpr CodeTable<CustomerKind, 4> kKinds{{{
    {CustomerKind::Business, "business", QT_TRANSLATE_NOOP("Customers", "Business")},
    {CustomerKind::Consumer, "consumer", QT_TRANSLATE_NOOP("Customers", "Consumer")},
    {CustomerKind::Channel, "channel", QT_TRANSLATE_NOOP("Customers", "Channel partner")},
    {CustomerKind::Internal, "internal", QT_TRANSLATE_NOOP("Customers", "Internal")},
}}, "Customers"};
constexpr CodeTable<LoyaltyStage, 4> kStages{{{
    {LoyaltyStage::Potential, "potential", QT_TRANSLATE_NOOP("Customers", "Potential")},
    {LoyaltyStage::New, "new", QT_TRANSLATE_NOOP("Customers", "New")},
    {LoyaltyStage::Old, "old", QT_TRANSLATE_NOOP("Customers", "Established")},
    {LoyaltyStage::Loyal, "loyal", QT_TRANSLATE_NOOP("Customers", "Loyal")},
}}, "Customers"};
constexpr CodeTable<ValueType, 5> kValueTypes{{{
    {ValueType::Unset, "", QT_TRANSLATE_NOOP("Customers", "Not assessed")},
    {ValueType::Lighthouse, "lighthouse", QT_TRANSLATE_NOOP("Customers", "Lighthouse")},
    {ValueType::Follower, "follower", QT_TRANSLATE_NOOP("Customers", "Follower")},
    {ValueType::Rational, "rational", QT_TRANSLATE_NOOP("Customers", "Rational")},
    {ValueType::Profit, "profit", QT_TRANSLATE_NOOP("Customers", "Profit-seeking")},
}}, "Customers"};

} // namespace

QString tierCode(Tier tier)
{
    switch (tier) {
    case Tier::Normal: return QStringLiteral("normal");
    case Tier::Important: return QStringLiteral("important");
    case Tier::Vip: return QStringLiteral("vip");
    }
    return {};
}

bool tierFromCode(const QString &code, Tier *out)
{
    const QString c = code.trimmed().toLower();
    for (Tier t : {Tier::Normal, Tier::Important, Tier::Vip}) {
        if (c == tierCode(t) || c == QString::number(static_cast<int>(t)) || code.trimmed() == tierDisplayName(t)) {
            *out = t;
            return true;
        }
    }
    return false;
}

QString tierDisplayName(Tier tier)
{
    switch (tier) {
    case Tier::Normal: return QCoreApplication::translate("Customers", "Normal");
    case Tier::Important: return QCoreApplication::translate("Customers", "Important");
    case Tier::Vip: return QCoreApplication::translate("Customers", "VIP");
    }
    return {};
}

QString codeOf(CustomerKind v) { return kKinds.code(v); }
QString codeOf(LoyaltyStage v) { return kStages.code(v); }
QString codeOf(ValueType v) { return kValueTypes.code(v); }
QString displayName(CustomerKind v) { return kKinds.name(v); }
QString displayName(LoyaltyStage v) { return kStages.name(v); }
QString displayName(ValueType v) { return kValueTypes.name(v); }
bool fromCode(const QString &code, CustomerKind *out) { return kKinds.parse(code, out); }
bool fromCode(const QString &code, LoyaltyStage *out) { return kStages.parse(code, out); }
bool fromCode(const QString &code, ValueType *out) { return kValueTypes.parse(code, out); }
QList<CustomerKind> allCustomerKinds() { return kKinds.values(); }
QList<LoyaltyStage> allLoyaltyStages() { return kStages.values(); }
QList<ValueType> allValueTypes() { return kValueTypes.values(); }

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
