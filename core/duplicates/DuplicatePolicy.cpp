// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicates/DuplicatePolicy.h"

#include "storage/DbSettings.h"

namespace guanxi {

namespace {
const QString kKey = QStringLiteral("duplicates.policy");
}

Result<DuplicatePolicy> DuplicateRules::policy()
{
    Result<QString> stored = dbsettings::value(m_db, kKey, QStringLiteral("warn"));
    if (!stored)
        return stored.error();
    return *stored == QLatin1String("block") ? DuplicatePolicy::Block : DuplicatePolicy::Warn;
}

Status DuplicateRules::setPolicy(const Session &actor, DuplicatePolicy p)
{
    if (actor.role == Role::Salesperson)
        return Error{ErrorCode::PermissionDenied, tr("Only a manager or an administrator sets the duplicate guard's rule."), {}};
    return dbsettings::setValue(m_db, kKey, code(p));
}

} // namespace guanxi
