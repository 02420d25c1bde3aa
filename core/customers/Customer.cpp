// SPDX-License-Identifier: GPL-3.0-or-later
#include "customers/Customer.h"

#include <QCoreApplication>

namespace guanxi {

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
        if (c == tierCode(t) || c == QString::number(static_cast<int>(t))) {
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

} // namespace guanxi
