// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/users/User.h"

#include <QVariantList>

namespace guanxi {

class Database;

// Who sees and edits which owned records (customers now; leads, opportunities and orders later):
//  - an administrator: everything;
//  - a manager: records owned by anyone in their department, and unowned ones;
//  - a salesperson: their own records, and unowned ones (the public pool) to look at.
// Editing: a salesperson edits only their own; a manager anything they can see.
//
// This is the one place that looks at a role: services ask it before they change anything, and the
// UI asks it what to show and enable, so both always agree.
class AccessPolicy {
public:
    explicit AccessPolicy(const Session &actor)
        : m_actor(actor)
    {
    }

    // A condition on `<alias>.owner_id` for a WHERE clause, with its bound values appended.
    QString visibilityClause(const QString &alias, QVariantList *binds) const;

    bool canView(const QString &ownerId, const QString &ownerDepartmentId) const;
    bool canEdit(const QString &ownerId, const QString &ownerDepartmentId) const;
    // Whether the actor may make `newOwnerId` (in `newOwnerDepartmentId`) the owner of a record.
    bool canAssignTo(const QString &newOwnerId, const QString &newOwnerDepartmentId) const;

    // Whose work the actor looks after: their own, their department's or everyone's.
    enum class Reach {
        Own,
        Department,
        Everyone
    };
    Reach reach() const;
    // Whether `user`'s work is within the actor's reach (their lists, their quotas, their tasks).
    bool reaches(const QString &userId, const QString &userDepartmentId) const;
    // The same as a condition on the users table as `<alias>` (for quotas and per-person reports),
    // with its bound values appended.
    QString reachClause(const QString &alias, QVariantList *binds) const;
    // A manager or an administrator: looks after a team (its workbench, its funnel, assigning and
    // reassigning its work) and sets the rules the team sells by: pipeline stages, quotas, prices
    // and products, dormancy, the public pool and lead rules, the letterhead, phone and duplicate
    // rules, importing transactions.
    bool leadsTeam() const { return m_actor.role != Role::Salesperson; }
    // An administrator: users and their passwords, sharing the file, restoring a backup, demo data.
    bool administers() const { return m_actor.role == Role::Admin; }
    // Whether the actor may change the account of `userId` (their own, or any for an administrator).
    bool mayChangeAccountOf(const QString &userId) const { return administers() || userId == m_actor.userId; }
    // Leads handed out in turns go to salespeople: managers and administrators take none.
    static bool takesLeadTurns(Role role) { return role == Role::Salesperson; }

private:
    Session m_actor;
};

} // namespace guanxi
