// SPDX-License-Identifier: GPL-3.0-or-later
#include "customers/Customer.h"

#include <QCoreApplication>

#include <array>

namespace guanxi {

namespace {

template <typename E>
struct CodeEntry {
    E value;
    const char *code;
    const char *text;   // source text in the "Customers" context
};

constexpr std::array<CodeEntry<CustomerKind>, 4> kKinds{{
    {CustomerKind::Business, "business", QT_TRANSLATE_NOOP("Customers", "Business")},
    {CustomerKind::Consumer, "consumer", QT_TRANSLATE_NOOP("Customers", "Consumer")},
    {CustomerKind::Channel, "channel", QT_TRANSLATE_NOOP("Customers", "Channel partner")},
    {CustomerKind::Internal, "internal", QT_TRANSLATE_NOOP("Customers", "Internal")},
}};
constexpr std::array<CodeEntry<LoyaltyStage>, 4> kStages{{
    {LoyaltyStage::Potential, "potential", QT_TRANSLATE_NOOP("Customers", "Potential")},
    {LoyaltyStage::New, "new", QT_TRANSLATE_NOOP("Customers", "New")},
    {LoyaltyStage::Old, "old", QT_TRANSLATE_NOOP("Customers", "Established")},
    {LoyaltyStage::Loyal, "loyal", QT_TRANSLATE_NOOP("Customers", "Loyal")},
}};
constexpr std::array<CodeEntry<ValueType>, 5> kValueTypes{{
    {ValueType::Unset, "", QT_TRANSLATE_NOOP("Customers", "Not assessed")},
    {ValueType::Lighthouse, "lighthouse", QT_TRANSLATE_NOOP("Customers", "Lighthouse")},
    {ValueType::Follower, "follower", QT_TRANSLATE_NOOP("Customers", "Follower")},
    {ValueType::Rational, "rational", QT_TRANSLATE_NOOP("Customers", "Rational")},
    {ValueType::Profit, "profit", QT_TRANSLATE_NOOP("Customers", "Profit-seeking")},
}};

template <typename E, size_t N>
QString codeIn(const std::array<CodeEntry<E>, N> &table, E v)
{
    for (const auto &e : table)
        if (e.value == v)
            return QString::fromLatin1(e.code);
    return {};
}

template <typename E, size_t N>
QString nameIn(const std::array<CodeEntry<E>, N> &table, E v)
{
    for (const auto &e : table)
        if (e.value == v)
            return QCoreApplication::translate("Customers", e.text);
    return {};
}

template <typename E, size_t N>
bool parseIn(const std::array<CodeEntry<E>, N> &table, const QString &code, E *out)
{
    const QString c = code.trimmed();
    for (const auto &e : table) {
        if (c.compare(QLatin1String(e.code), Qt::CaseInsensitive) == 0
            || c.compare(QLatin1String(e.text), Qt::CaseInsensitive) == 0
            || c == QCoreApplication::translate("Customers", e.text)) {
            *out = e.value;
            return true;
        }
    }
    return false;
}

template <typename E, size_t N>
QList<E> valuesIn(const std::array<CodeEntry<E>, N> &table)
{
    QList<E> out;
    for (const auto &e : table)
        out.append(e.value);
    return out;
}

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

QString codeOf(CustomerKind v) { return codeIn(kKinds, v); }
QString codeOf(LoyaltyStage v) { return codeIn(kStages, v); }
QString codeOf(ValueType v) { return codeIn(kValueTypes, v); }
QString displayName(CustomerKind v) { return nameIn(kKinds, v); }
QString displayName(LoyaltyStage v) { return nameIn(kStages, v); }
QString displayName(ValueType v) { return nameIn(kValueTypes, v); }
bool fromCode(const QString &code, CustomerKind *out) { return parseIn(kKinds, code, out); }
bool fromCode(const QString &code, LoyaltyStage *out) { return parseIn(kStages, code, out); }
bool fromCode(const QString &code, ValueType *out) { return parseIn(kValueTypes, code, out); }
QList<CustomerKind> allCustomerKinds() { return valuesIn(kKinds); }
QList<LoyaltyStage> allLoyaltyStages() { return valuesIn(kStages); }
QList<ValueType> allValueTypes() { return valuesIn(kValueTypes); }

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
