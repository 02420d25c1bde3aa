// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/users/User.h"
#include "core/util/Result.h"

#include <optional>

namespace guanxi {

class Database;

// Whom a record (a customer, a lead, a deal, a task) may be given to: a user of this database
// whom the actor's reach covers (AccessPolicy::canAssignTo), or nobody (the public pool, a lead not
// assigned yet). The one check behind every change of owner; each service says a refusal in its
// own words.
struct Assignee {
    enum class Verdict {
        Allowed,
        NotAUser,  // no user of this database has that id
        OutOfReach // a user, but not one the actor may give records to
    };
    Verdict verdict = Verdict::Allowed;
    std::optional<User> user; // the new owner, when there is one and they exist

    static Result<Assignee> check(Database &db, const Session &actor, const QString &ownerId);
};

} // namespace guanxi
