// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/duplicates/DuplicatePolicy.h"

#include "core/duplicates/MatchKeyIndex.h"
#include "core/duplicates/MatchKeys.h"
#include "core/storage/DbSettings.h"
#include "core/storage/WriteTransaction.h"
#include "core/users/AccessPolicy.h"

#include <QRegularExpression>

namespace guanxi {

namespace {
const QString kKey = QStringLiteral("duplicates.policy");
const QString kDomainsKey = QStringLiteral("duplicates.public_domains");
} // namespace

Result<DuplicatePolicy> DuplicateRules::policy()
{
    Result<QString> stored = dbsettings::value(m_db, kKey, QStringLiteral("warn"));
    if (!stored)
        return stored.error();
    return *stored == QLatin1String("block") ? DuplicatePolicy::Block : DuplicatePolicy::Warn;
}

Status DuplicateRules::setPolicy(const Session &actor, DuplicatePolicy p)
{
    if (!AccessPolicy(actor).leadsTeam())
        return Error{
            ErrorCode::PermissionDenied, tr("Only a manager or an administrator sets the duplicate guard's rule."), {}};
    return dbsettings::setValue(m_db, kKey, code(p));
}

Result<QStringList> DuplicateRules::extraPublicDomains()
{
    Result<QString> stored = dbsettings::value(m_db, kDomainsKey);
    if (!stored)
        return stored.error();
    return stored->split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

Status DuplicateRules::setExtraPublicDomains(const Session &actor, const QStringList &domains)
{
    if (!AccessPolicy(actor).leadsTeam())
        return Error{
            ErrorCode::PermissionDenied, tr("Only a manager or an administrator sets the duplicate guard's rule."), {}};
    static const QRegularExpression shape(
        QStringLiteral("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$"));
    QStringList clean;
    for (QString d : domains) {
        d = d.trimmed().toLower();
        if (d.startsWith(QLatin1Char('@')))
            d.remove(0, 1);
        if (d.isEmpty() || clean.contains(d))
            continue;
        if (!shape.match(d).hasMatch())
            return Error{ErrorCode::Invalid, tr("\"%1\" is not a mail domain, for example 21cn.com.").arg(d), {}};
        clean.append(d);
    }
    Result<QStringList> before = extraPublicDomains();
    if (!before)
        return before.error();
    if (*before == clean)
        return {};
    return inWriteTransaction(m_db, [&]() -> Status {
        if (Status s = dbsettings::setValue(m_db, kDomainsKey, clean.join(QLatin1Char('\n'))); !s)
            return s;
        MatchKeys::setExtraPublicDomains(clean);
        // Keys made with the old list would still pair people of a domain now known to be public.
        if (Status s = MatchKeyIndex(m_db).rebuild(); !s) {
            MatchKeys::setExtraPublicDomains(*before);
            return s;
        }
        return Status{};
    });
}

Status DuplicateRules::apply()
{
    Result<QStringList> extra = extraPublicDomains();
    if (!extra)
        return extra.error();
    MatchKeys::setExtraPublicDomains(*extra);
    return {};
}

} // namespace guanxi
