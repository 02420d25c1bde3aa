// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "opportunities/Opportunity.h"
#include "util/Result.h"

namespace guanxi {

class Database;

class OpportunityRepository {
public:
    explicit OpportunityRepository(Database &db) : m_db(db) {}

    Status insert(const Opportunity &o, const QString &actorId);
    Result<QList<Opportunity>> listForCustomer(const QString &customerId);
    // Moves every opportunity (and order) of one customer to another (a merge).
    Status moveAll(const QString &fromCustomerId, const QString &toCustomerId, qint64 now, const QString &actorId);

private:
    Database &m_db;
};

} // namespace guanxi
