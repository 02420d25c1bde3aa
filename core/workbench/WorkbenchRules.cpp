// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workbench/WorkbenchRules.h"

#include "core/storage/DbSettings.h"
#include "core/users/AccessPolicy.h"

#include <QStringList>

namespace guanxi {

namespace {

const QString kKey = QStringLiteral("workbench.dormancy");
constexpr int kMaxDays = 3650;

// "90,60,30;365,180,90": contact days then order days, normal to VIP.
QString encode(const DormancyRules &r)
{
    return QStringLiteral("%1,%2,%3;%4,%5,%6")
        .arg(r.contactDays[0])
        .arg(r.contactDays[1])
        .arg(r.contactDays[2])
        .arg(r.orderDays[0])
        .arg(r.orderDays[1])
        .arg(r.orderDays[2]);
}

bool decode(const QString &text, DormancyRules *out)
{
    const QStringList halves = text.split(QLatin1Char(';'));
    if (halves.size() != 2)
        return false;
    for (int h = 0; h < 2; ++h) {
        const QStringList days = halves[h].split(QLatin1Char(','));
        if (days.size() != 3)
            return false;
        for (int t = 0; t < 3; ++t) {
            bool ok = false;
            const int d = days[t].toInt(&ok);
            if (!ok || d < 1 || d > kMaxDays)
                return false;
            (h == 0 ? out->contactDays : out->orderDays)[static_cast<size_t>(t)] = d;
        }
    }
    return true;
}

} // namespace

Result<DormancyRules> WorkbenchRules::dormancy()
{
    Result<QString> text = dbsettings::value(m_db, kKey);
    if (!text)
        return text.error();
    DormancyRules r;
    if (!text->isEmpty() && !decode(*text, &r))
        return DormancyRules{}; // unreadable (written by hand): the defaults rather than nothing
    return r;
}

Status WorkbenchRules::setDormancy(const Session &actor, const DormancyRules &rules)
{
    if (!AccessPolicy(actor).leadsTeam())
        return Error{ErrorCode::PermissionDenied, tr("Only managers set when a customer counts as dormant."), {}};
    for (int d : rules.contactDays)
        if (d < 1 || d > kMaxDays)
            return Error{ErrorCode::Invalid,
                         tr("Days without contact must be between 1 and %1.").arg(kMaxDays),
                         {},
                         QStringLiteral("contactDays")};
    for (int d : rules.orderDays)
        if (d < 1 || d > kMaxDays)
            return Error{ErrorCode::Invalid,
                         tr("Days without an order must be between 1 and %1.").arg(kMaxDays),
                         {},
                         QStringLiteral("orderDays")};
    return dbsettings::setValue(m_db, kKey, encode(rules));
}

} // namespace guanxi
