// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/users/AccessPolicy.h"

namespace guanxi {

QString AccessPolicy::visibilityClause(const QString &alias, QVariantList *binds) const
{
    switch (m_actor.role) {
    case Role::Admin:
        return QStringLiteral("1");
    case Role::Manager:
        binds->append(m_actor.departmentId);
        return QStringLiteral("(%1.owner_id IS NULL OR %1.owner_id IN "
                              "(SELECT id FROM users WHERE department_id = ?))")
            .arg(alias);
    case Role::Salesperson:
        binds->append(m_actor.userId);
        return QStringLiteral("(%1.owner_id IS NULL OR %1.owner_id = ?)").arg(alias);
    }
    return QStringLiteral("0");
}

QString AccessPolicy::reachClause(const QString &alias, QVariantList *binds) const
{
    switch (reach()) {
    case Reach::Everyone:
        return QStringLiteral("1");
    case Reach::Department:
        binds->append(m_actor.departmentId);
        return QStringLiteral("%1.department_id = ?").arg(alias);
    case Reach::Own:
        break;
    }
    binds->append(m_actor.userId);
    return QStringLiteral("%1.id = ?").arg(alias);
}

bool AccessPolicy::canView(const QString &ownerId, const QString &ownerDepartmentId) const
{
    if (ownerId.isEmpty() || m_actor.role == Role::Admin)
        return true;
    if (m_actor.role == Role::Manager)
        return !m_actor.departmentId.isEmpty() && ownerDepartmentId == m_actor.departmentId;
    return ownerId == m_actor.userId;
}

bool AccessPolicy::canEdit(const QString &ownerId, const QString &ownerDepartmentId) const
{
    switch (m_actor.role) {
    case Role::Admin:
        return true;
    case Role::Manager:
        return canView(ownerId, ownerDepartmentId);
    case Role::Salesperson:
        return !ownerId.isEmpty() && ownerId == m_actor.userId;
    }
    return false;
}

bool AccessPolicy::canAssignTo(const QString &newOwnerId, const QString &newOwnerDepartmentId) const
{
    switch (m_actor.role) {
    case Role::Admin:
        return true;
    case Role::Manager:
        return newOwnerId.isEmpty() || newOwnerDepartmentId == m_actor.departmentId;
    case Role::Salesperson:
        return newOwnerId == m_actor.userId;
    }
    return false;
}

AccessPolicy::Reach AccessPolicy::reach() const
{
    switch (m_actor.role) {
    case Role::Admin:
        return Reach::Everyone;
    case Role::Manager:
        return Reach::Department;
    case Role::Salesperson:
        break;
    }
    return Reach::Own;
}

bool AccessPolicy::reaches(const QString &userId, const QString &userDepartmentId) const
{
    if (!userId.isEmpty() && userId == m_actor.userId)
        return true;
    switch (reach()) {
    case Reach::Everyone:
        return true;
    case Reach::Department:
        return !m_actor.departmentId.isEmpty() && userDepartmentId == m_actor.departmentId;
    case Reach::Own:
        break;
    }
    return false;
}

} // namespace guanxi
