// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/opportunities/Opportunity.h"
#include "core/opportunities/OpportunityRepository.h"
#include "core/opportunities/PipelineStage.h"
#include "core/users/User.h"
#include "core/util/FieldProblem.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace guanxi {

class Clock;
class Database;
class WriteTransaction;

// The rules of opportunities (销售机会): who sees and moves which deal (the owner's rules, as for
// customers: a salesperson their own, a manager the department's), what a deal must hold, and what
// happens when it changes stage: the stage history gets an entry, the probability takes the new
// stage's default, and a won or lost deal gets its close date.
class OpportunityService {
    Q_DECLARE_TR_FUNCTIONS(OpportunityService)
public:
    OpportunityService(Database &db, const Clock &clock);

    Result<Pipeline> pipeline();
    Result<Opportunity> get(const Session &actor, const QString &id);
    Result<QList<Opportunity>> list(const Session &actor, const OpportunityFilter &filter, int limit = 5000);
    // The board's cards: what a card shows, not every field (see OpportunityRepository::cards).
    Result<QList<Opportunity>> cards(const Session &actor, const OpportunityFilter &filter, int limit = 5000);
    Result<QList<StageVisit>> history(const Session &actor, const QString &id);

    // `leadId`: the lead it was converted from. Inside a caller's WriteTransaction (the lead's
    // conversion) it joins that one.
    Result<Opportunity> create(const Session &actor, OpportunityDraft draft, const QString &leadId = {});
    Result<Opportunity> update(const Session &actor, const QString &id, OpportunityDraft draft, qint64 expectedVersion);
    // Drag and drop on the board: only the stage changes.
    Result<Opportunity> moveToStage(const Session &actor, const QString &id, const QString &stageId,
                                    qint64 expectedVersion);
    Status remove(const Session &actor, const QString &id, qint64 expectedVersion);
    // The deal became an order: won, at the order's amount (joining the order's transaction). A
    // deal already won or lost is left as it is.
    Status markWon(const Session &actor, const QString &id, qint64 amountMinor);

    // Trims and checks a draft against the stages; empty when it may be saved.
    static QList<FieldProblem> validate(OpportunityDraft *draft, const Pipeline &pipeline);

private:
    Result<Opportunity> editable(const Session &actor, const QString &id, qint64 expectedVersion);
    Status checkOwnerAndContacts(const Session &actor, const OpportunityDraft &draft);
    // Applies a stage change to `o` (entered at, probability, close date) and records the visit.
    Status enterStage(const Session &actor, const Pipeline &pipeline, Opportunity *o, const PipelineStage &stage,
                      qint64 now);
    Status write(const Session &actor, const Opportunity &o, qint64 expectedVersion, const QStringList *decisionMakers);
    Result<Opportunity> saveChanged(const Session &actor, const Opportunity &o, qint64 expectedVersion,
                                    const QStringList *decisionMakers);
    QString today(qint64 now) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace guanxi
