// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/timeline/Interaction.h"
#include "core/users/User.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace guanxi {

class Clock;
class Database;

// The customer's history: touch points logged with their outcome and next follow-up, the
// commitments made to the customer, and the documents exchanged, newest first.
class TimelineService {
    Q_DECLARE_TR_FUNCTIONS(TimelineService)
public:
    // A touch point may be dated a little ahead of the clock (a laptop's clock drifts), no more.
    static constexpr qint64 kFutureToleranceMs = 5 * 60 * 1000;

    TimelineService(Database &db, const Clock &clock);

    // Logs a touch point on a customer or a lead. The open follow-ups of that customer or lead
    // count as done (this touch point answers them), and its last contact moves forward.
    Result<Interaction> log(const Session &actor, InteractionDraft draft);
    Result<Interaction> completeFollowUp(const Session &actor, const QString &interactionId, qint64 expectedVersion);
    Result<QList<TimelineEntry>> customerTimeline(const Session &actor, const QString &customerId, int limit = 500);
    Result<QList<TimelineEntry>> leadTimeline(const Session &actor, const QString &leadId, int limit = 500);

    Result<Commitment> addCommitment(const Session &actor, CommitmentDraft draft);
    Result<Commitment> setCommitmentState(const Session &actor, const QString &id, CommitmentState state,
                                          qint64 expectedVersion);
    Result<QList<Commitment>> commitments(const Session &actor, const QString &customerId);

private:
    Status checkWritable(const Session &actor, const QString &customerId, const QString &leadId);
    QString today() const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace guanxi
