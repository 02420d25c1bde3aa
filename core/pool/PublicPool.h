// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"
#include "core/users/User.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace guanxi {

class Clock;
class Database;

// The rules of the public pool, kept in the database so everyone works by the same ones.
// Days 0 means customers of that tier never go back on their own: the default, so that nobody's
// customers move the first time a file is opened, before a manager has set the rules.
struct PoolRules {
    int daysNormal = 0; // an owner who has not followed up for this long loses the customer
    int daysImportant = 0;
    int daysVip = 0;
    int claimsPerDay = 20; // how many pool customers one salesperson may claim in 24 hours

    int daysFor(Tier tier) const;
};

// 公海: customers without an owner. Customers whose owner has not followed up within the days
// their tier allows go back to it; a salesperson claims from it up to a daily limit. Both are
// recorded in the audit log with the previous owner.
class PublicPool {
    Q_DECLARE_TR_FUNCTIONS(PublicPool)
public:
    PublicPool(Database &db, const Clock &clock);

    Result<PoolRules> rules();
    Status setRules(const Session &actor, const PoolRules &rules); // managers and administrators

    // Takes a pool customer for the actor.
    Result<Customer> claim(const Session &actor, const QString &customerId, qint64 expectedVersion);
    // Returns the customers whose follow-up is overdue by the rules; how many went back.
    Result<int> returnOverdue();

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace guanxi
