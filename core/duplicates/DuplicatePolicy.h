// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/users/User.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace guanxi {

class Database;

// What the duplicate guard (防撞单) lets people do when it finds the customer they are saving
// already in the database, company-wide (Settings → Sales rules):
//  - Warn: anyone may save anyway after seeing the match;
//  - Block: a salesperson may not; a manager or administrator may, and that override is recorded
//    in the audit log with the records it duplicates.
// Either way, a save past the guard is recorded, so a manager can see who owns what and why.
enum class DuplicatePolicy {
    Warn,
    Block
};

class DuplicateRules {
    Q_DECLARE_TR_FUNCTIONS(DuplicateRules)
public:
    explicit DuplicateRules(Database &db)
        : m_db(db)
    {
    }

    Result<DuplicatePolicy> policy();
    // Managers and administrators set the company's rules.
    Status setPolicy(const Session &actor, DuplicatePolicy policy);
    // Whether `actor` may save a customer the guard found under `policy`.
    static bool mayOverride(const Session &actor, DuplicatePolicy policy)
    {
        return policy == DuplicatePolicy::Warn || actor.role != Role::Salesperson;
    }

    // Mail domains the company adds to the built-in public ones (a regional provider, a school):
    // people with an address there are not one company. Changing them rebuilds the match keys.
    Result<QStringList> extraPublicDomains();
    Status setExtraPublicDomains(const Session &actor, const QStringList &domains);
    // Reads the company's additions and makes this process use them.
    Status apply();

    static QString code(DuplicatePolicy p)
    {
        return p == DuplicatePolicy::Block ? QStringLiteral("block") : QStringLiteral("warn");
    }

private:
    Database &m_db;
};

} // namespace guanxi
