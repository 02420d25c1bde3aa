// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/opportunities/Opportunity.h"
#include "core/util/Result.h"

#include <QVariantList>

#include <optional>

namespace guanxi {

class Database;

// Which opportunities a list or report covers. A period holds an opportunity when its close date
// does: the day it was won or lost, or, while open, the expected close date (an open deal without
// one falls in no period).
struct OpportunityFilter {
    QString ownerId;      // empty: everyone the actor may see
    QString departmentId; // empty: every department
    QString customerId;
    QString from;                       // yyyy-MM-dd, inclusive; empty: no bound
    QString to;                         // yyyy-MM-dd, inclusive
    bool openOnlyOutsidePeriod = false; // open deals regardless of period, closed ones within it
    QString closedSince;                // yyyy-MM-dd: decided deals only from this day on (open ones all)

    bool hasPeriod() const { return !from.isEmpty() || !to.isEmpty(); }
    // A condition on the opportunities aliased `o`, with its values appended.
    QString whereClause(QVariantList *binds) const;
};

class OpportunityRepository {
public:
    explicit OpportunityRepository(Database &db)
        : m_db(db)
    {
    }

    // Inserts the opportunity and the first entry of its stage history.
    Status insert(const Opportunity &o, const QString &actorId);
    Result<bool> update(const Opportunity &o, qint64 expectedVersion, qint64 now, const QString &actorId);
    Status addStageVisit(const QString &opportunityId, const QString &stageId, qint64 amountMinor, qint64 at,
                         const QString &actorId);
    Result<bool> setDeleted(const QString &id, qint64 expectedVersion, qint64 now, const QString &actorId);
    Result<std::optional<Opportunity>> findById(const QString &id);
    Result<QList<Opportunity>> listForCustomer(const QString &customerId);
    // `visibility` is an AccessPolicy clause on `o` with its values.
    Result<QList<Opportunity>> list(const OpportunityFilter &filter, const QString &visibility,
                                    const QVariantList &visibilityBinds, int limit);
    // What a kanban card shows (id, name, customer, amount, stage, probability, dates, owner,
    // version), read straight from SQLite: a board holds thousands of them.
    Result<QList<Opportunity>> cards(const OpportunityFilter &filter, const QString &visibility,
                                     const QVariantList &visibilityBinds, int limit);
    Result<QList<StageVisit>> history(const QString &opportunityId);
    Status setDecisionMakers(const QString &opportunityId, const QStringList &contactIds, qint64 now,
                             const QString &actorId);
    // Moves every opportunity (and order) of one customer to another (a merge).
    Status moveAll(const QString &fromCustomerId, const QString &toCustomerId, qint64 now, const QString &actorId);

private:
    Result<QList<Opportunity>> select(const QString &where, const QVariantList &binds, const QString &tail);

    Database &m_db;
};

} // namespace guanxi
