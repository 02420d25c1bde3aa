// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/timeline/Interaction.h"
#include "core/util/Result.h"

#include <optional>

namespace guanxi {

class Database;

// The SQL of the timeline: interactions, commitments, and the documents shown beside them.
class TimelineRepository {
public:
    explicit TimelineRepository(Database &db)
        : m_db(db)
    {
    }

    Status insertInteraction(const Interaction &i, qint64 now, const QString &actorId);
    Result<std::optional<Interaction>> findInteraction(const QString &id);
    // Marks the open follow-ups of the customer (or lead) done: a new touch point answers them.
    Status completeOpenFollowUps(const QString &customerId, const QString &leadId, qint64 now, const QString &actorId);
    Result<bool> setFollowUpDone(const QString &id, qint64 expectedVersion, qint64 now, const QString &actorId);
    // Moves last_contact_at forward (never back) on the customer or lead.
    Status touchLastContact(const QString &customerId, const QString &leadId, qint64 at);

    // Newest first: interactions and orders of a customer, or the interactions of a lead.
    Result<QList<TimelineEntry>> customerTimeline(const QString &customerId, int limit);
    Result<QList<TimelineEntry>> leadTimeline(const QString &leadId, int limit);

    Status insertCommitment(const Commitment &c, qint64 now, const QString &actorId);
    Result<std::optional<Commitment>> findCommitment(const QString &id);
    Result<bool> setCommitmentState(const QString &id, CommitmentState state, qint64 expectedVersion, qint64 now,
                                    const QString &actorId);
    Result<QList<Commitment>> commitments(const QString &customerId); // open first, by due date

    // A converted lead's history, and a merged customer's, moved onto the surviving customer.
    Status moveLeadHistory(const QString &leadId, const QString &customerId, qint64 now, const QString &actorId);
    Status moveCustomerHistory(const QString &fromId, const QString &toId, qint64 now, const QString &actorId);

private:
    Database &m_db;
};

} // namespace guanxi
