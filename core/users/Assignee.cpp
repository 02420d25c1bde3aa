// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/users/Assignee.h"

#include "core/users/AccessPolicy.h"
#include "core/users/UserRepository.h"

namespace guanxi {

Result<Assignee> Assignee::check(Database &db, const Session &actor, const QString &ownerId)
{
    Assignee a;
    QString department;
    if (!ownerId.isEmpty()) {
        Result<std::optional<User>> owner = UserRepository(db).findById(ownerId);
        if (!owner)
            return owner.error();
        if (!owner->has_value()) {
            a.verdict = Verdict::NotAUser;
            return a;
        }
        a.user = **owner;
        department = a.user->departmentId;
    }
    if (!AccessPolicy(actor).canAssignTo(ownerId, department))
        a.verdict = Verdict::OutOfReach;
    return a;
}

} // namespace guanxi
