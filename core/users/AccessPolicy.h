// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "users/User.h"

#include <QVariantList>

namespace guanxi {

class Database;

// Who sees and edits which owned records (customers now; leads, opportunities and orders later):
//  - an administrator: everything;
//  - a manager: records owned by anyone in their department, and unowned ones;
//  - a salesperson: their own records, and unowned ones (the public pool) to look at.
// Editing: a salesperson edits only their own; a manager anything they can see.
class AccessPolicy {
public:
    explicit AccessPolicy(const Session &actor) : m_actor(actor) {}

    // A condition on `<alias>.owner_id` for a WHERE clause, with its bound values appended.
    QString visibilityClause(const QString &alias, QVariantList *binds) const;

    bool canView(const QString &ownerId, const QString &ownerDepartmentId) const;
    bool canEdit(const QString &ownerId, const QString &ownerDepartmentId) const;
    // Whether the actor may make `newOwnerId` (in `newOwnerDepartmentId`) the owner of a record.
    bool canAssignTo(const QString &newOwnerId, const QString &newOwnerDepartmentId) const;

private:
    Session m_actor;
};

} // namespace guanxi
