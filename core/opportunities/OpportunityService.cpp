// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/opportunities/OpportunityService.h"

#include "core/customers/CustomerAccess.h"
#include "core/opportunities/PipelineStages.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/WriteTransaction.h"
#include "core/users/AccessPolicy.h"
#include "core/users/Assignee.h"
#include "core/users/UserRepository.h"
#include "core/util/Clock.h"
#include "core/util/Uuid7.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>

namespace guanxi {

OpportunityService::OpportunityService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

QString OpportunityService::today(qint64 now) const
{
    return QDateTime::fromMSecsSinceEpoch(now).toLocalTime().date().toString(Qt::ISODate);
}

Result<Pipeline> OpportunityService::pipeline()
{
    return PipelineStages(m_db, m_clock).load();
}

QList<FieldProblem> OpportunityService::validate(OpportunityDraft *d, const Pipeline &pipeline)
{
    QList<FieldProblem> problems;
    d->name = d->name.trimmed();
    d->currency = d->currency.trimmed().toUpper();
    d->expectedCloseOn = d->expectedCloseOn.trimmed();
    d->source = d->source.trimmed();
    d->competitors = d->competitors.trimmed();
    d->nextStep = d->nextStep.trimmed();
    d->outcomeReason = d->outcomeReason.trimmed();
    if (d->stageId.isEmpty())
        d->stageId = pipeline.firstOpenStageId();
    d->decisionMakerIds.removeDuplicates();
    d->decisionMakerIds.removeAll(QString());
    if (d->customerId.isEmpty())
        problems.append({QStringLiteral("customer"), tr("Choose the customer of the opportunity.")});
    if (d->name.isEmpty())
        problems.append({QStringLiteral("name"), tr("Give the opportunity a name.")});
    if (d->amountMinor < 0)
        problems.append({QStringLiteral("amount"), tr("The amount cannot be negative.")});
    static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
    if (!currency.match(d->currency).hasMatch())
        problems.append(
            {QStringLiteral("currency"), tr("\"%1\" is not a currency code (for example CNY).").arg(d->currency)});
    if (!d->expectedCloseOn.isEmpty() && !QDate::fromString(d->expectedCloseOn, Qt::ISODate).isValid())
        problems.append({QStringLiteral("expected_close"),
                         tr("\"%1\" is not a date (write it as 2026-12-31).").arg(d->expectedCloseOn)});
    const PipelineStage *stage = pipeline.find(d->stageId);
    if (!stage)
        problems.append({QStringLiteral("stage"), tr("The stage \"%1\" does not exist (any more).").arg(d->stageId)});
    if (d->probabilityPct > 100 || d->probabilityPct < -1)
        problems.append({QStringLiteral("probability"), tr("A probability lies between 0 % and 100 %.")});
    else if (stage && (d->probabilityPct < 0 || !stage->isOpen()))
        d->probabilityPct = stage->probabilityPct; // a closed deal is 100 % or 0 %, whatever was typed
    return problems;
}

Result<Opportunity> OpportunityService::get(const Session &actor, const QString &id)
{
    Result<std::optional<Opportunity>> o = OpportunityRepository(m_db).findById(id);
    if (!o)
        return o.error();
    if (!o->has_value())
        return Error{ErrorCode::NotFound, tr("This opportunity does not exist (any more)."), {}};
    if (!AccessPolicy(actor).canView((*o)->ownerId, (*o)->ownerDepartmentId))
        return Error{ErrorCode::PermissionDenied, tr("This opportunity belongs to %1.").arg((*o)->ownerName), {}};
    return **o;
}

Result<QList<Opportunity>> OpportunityService::list(const Session &actor, const OpportunityFilter &filter, int limit)
{
    QVariantList binds;
    const QString visible = AccessPolicy(actor).visibilityClause(QStringLiteral("o"), &binds);
    return OpportunityRepository(m_db).list(filter, visible, binds, limit);
}

Result<QList<Opportunity>> OpportunityService::cards(const Session &actor, const OpportunityFilter &filter, int limit)
{
    QVariantList binds;
    const QString visible = AccessPolicy(actor).visibilityClause(QStringLiteral("o"), &binds);
    return OpportunityRepository(m_db).cards(filter, visible, binds, limit);
}

Result<QList<StageVisit>> OpportunityService::history(const Session &actor, const QString &id)
{
    if (Result<Opportunity> o = get(actor, id); !o)
        return o.error();
    return OpportunityRepository(m_db).history(id);
}

Status OpportunityService::checkOwnerAndContacts(const Session &actor, const OpportunityDraft &d)
{
    Result<Assignee> owner = Assignee::check(m_db, actor, d.ownerId);
    if (!owner)
        return owner.error();
    if (d.ownerId.isEmpty() || owner->verdict == Assignee::Verdict::NotAUser)
        return Error{
            ErrorCode::Invalid, tr("The chosen owner is not a user of this database."), {}, QStringLiteral("owner")};
    if (d.ownerId != actor.userId && owner->verdict == Assignee::Verdict::OutOfReach)
        return Error{ErrorCode::PermissionDenied,
                     tr("You may not give an opportunity to %1.").arg(owner->user->displayName),
                     {},
                     QStringLiteral("owner")};
    for (const QString &contactId : d.decisionMakerIds)
        if (Status s = CustomerAccess::contactAt(m_db, contactId, d.customerId, QStringLiteral("decision_makers")); !s)
            return s;
    return {};
}

Result<Opportunity> OpportunityService::create(const Session &actor, OpportunityDraft draft, const QString &leadId)
{
    Result<Pipeline> stages = pipeline();
    if (!stages)
        return stages.error();
    return inWriteTransaction(m_db, [&]() -> Result<Opportunity> {
        if (draft.ownerId.isEmpty())
            draft.ownerId = actor.userId;
        if (QList<FieldProblem> problems = validate(&draft, *stages); !problems.isEmpty())
            return invalidFieldsError(problems);
        if (Result<Customer> c = CustomerAccess::writable(m_db, actor, draft.customerId); !c)
            return c.error();
        if (Status s = checkOwnerAndContacts(actor, draft); !s)
            return s.error();
        const qint64 now = m_clock.nowMs();
        const PipelineStage *stage = stages->find(draft.stageId);
        Opportunity o;
        o.id = newUuid7(now);
        o.customerId = draft.customerId;
        o.name = draft.name;
        o.amountMinor = draft.amountMinor;
        o.currency = draft.currency;
        o.stage = draft.stageId;
        o.probabilityPct = draft.probabilityPct;
        o.expectedCloseOn = draft.expectedCloseOn;
        o.closedOn = stage->isOpen() ? QString() : today(now);
        o.reachedStage = stage->isOpen() ? stage->id : QString();
        o.source = draft.source;
        o.competitors = draft.competitors;
        o.nextStep = draft.nextStep;
        o.outcomeReason = draft.outcomeReason;
        o.notes = draft.notes;
        o.leadId = leadId;
        o.ownerId = draft.ownerId;
        o.createdAt = o.stageEnteredAt = now;
        OpportunityRepository repo(m_db);
        if (Status s = repo.insert(o, actor.userId); !s)
            return s.error();
        if (Status s = repo.setDecisionMakers(o.id, draft.decisionMakerIds, now, actor.userId); !s)
            return s.error();
        return get(actor, o.id);
    });
}

Result<Opportunity> OpportunityService::editable(const Session &actor, const QString &id, qint64 expectedVersion)
{
    Result<Opportunity> o = get(actor, id);
    if (!o)
        return o;
    if (!AccessPolicy(actor).canEdit(o->ownerId, o->ownerDepartmentId))
        return Error{
            ErrorCode::PermissionDenied, tr("%1 belongs to %2; you may not change it.").arg(o->name, o->ownerName), {}};
    if (o->rowVersion != expectedVersion)
        return Error{ErrorCode::Conflict,
                     tr("Someone else changed this opportunity in the meantime. Reload it and try again."),
                     {}};
    return o;
}

Status OpportunityService::enterStage(const Session &actor, const Pipeline &pipeline, Opportunity *o,
                                      const PipelineStage &stage, qint64 now)
{
    const PipelineStage *reached = pipeline.find(o->reachedStage);
    if (stage.isOpen() && (!reached || reached->position < stage.position))
        o->reachedStage = stage.id;
    o->stage = stage.id;
    o->stageEnteredAt = now;
    o->closedOn = stage.isOpen() ? QString() : today(now);
    return OpportunityRepository(m_db).addStageVisit(o->id, stage.id, o->amountMinor, now, actor.userId);
}

Status OpportunityService::write(const Session &actor, const Opportunity &o, qint64 expectedVersion,
                                 const QStringList *decisionMakers)
{
    const qint64 now = m_clock.nowMs();
    OpportunityRepository repo(m_db);
    Result<bool> written = repo.update(o, expectedVersion, now, actor.userId);
    if (!written)
        return written.error();
    if (!*written)
        return Error{ErrorCode::Conflict,
                     tr("Someone else changed this opportunity in the meantime. Reload it and try again."),
                     {}};
    if (decisionMakers)
        return repo.setDecisionMakers(o.id, *decisionMakers, now, actor.userId);
    return {};
}

Result<Opportunity> OpportunityService::saveChanged(const Session &actor, const Opportunity &o, qint64 expectedVersion,
                                                    const QStringList *decisionMakers)
{
    if (Status s = write(actor, o, expectedVersion, decisionMakers); !s)
        return s.error();
    return get(actor, o.id);
}

Status OpportunityService::markWon(const Session &actor, const QString &id, qint64 amountMinor)
{
    Result<Pipeline> stages = pipeline();
    if (!stages)
        return stages.error();
    return inWriteTransaction(m_db, [&]() -> Status {
        Result<Opportunity> cur = get(actor, id);
        if (!cur)
            return cur.error();
        const PipelineStage *now = stages->find(cur->stage);
        const PipelineStage *won = stages->find(stages->wonStageId());
        if (!won || (now && !now->isOpen()))
            return {};
        Opportunity o = *cur;
        o.amountMinor = amountMinor;
        o.probabilityPct = won->probabilityPct;
        if (Status s = enterStage(actor, *stages, &o, *won, m_clock.nowMs()); !s)
            return s;
        if (Status s = write(actor, o, cur->rowVersion, nullptr); !s)
            return s;
        return Status{};
    });
}

Result<Opportunity> OpportunityService::update(const Session &actor, const QString &id, OpportunityDraft draft,
                                               qint64 expectedVersion)
{
    Result<Pipeline> stages = pipeline();
    if (!stages)
        return stages.error();
    return inWriteTransaction(m_db, [&]() -> Result<Opportunity> {
        Result<Opportunity> cur = editable(actor, id, expectedVersion);
        if (!cur)
            return cur.error();
        if (draft.ownerId.isEmpty())
            draft.ownerId = cur->ownerId.isEmpty() ? actor.userId : cur->ownerId;
        const bool stageChanges = !draft.stageId.isEmpty() && draft.stageId != cur->stage;
        if (stageChanges && draft.probabilityPct == cur->probabilityPct)
            draft.probabilityPct = -1; // a probability left as it was follows the new stage
        if (QList<FieldProblem> problems = validate(&draft, *stages); !problems.isEmpty())
            return invalidFieldsError(problems);
        if (draft.customerId != cur->customerId) {
            if (Result<Customer> c = CustomerAccess::writable(m_db, actor, draft.customerId); !c)
                return c.error();
        }
        if (Status s = checkOwnerAndContacts(actor, draft); !s)
            return s.error();
        Opportunity o = *cur;
        o.customerId = draft.customerId;
        o.name = draft.name;
        o.amountMinor = draft.amountMinor;
        o.currency = draft.currency;
        o.probabilityPct = draft.probabilityPct;
        o.expectedCloseOn = draft.expectedCloseOn;
        o.source = draft.source;
        o.competitors = draft.competitors;
        o.nextStep = draft.nextStep;
        o.outcomeReason = draft.outcomeReason;
        o.notes = draft.notes;
        o.ownerId = draft.ownerId;
        if (stageChanges) {
            if (Status s = enterStage(actor, *stages, &o, *stages->find(draft.stageId), m_clock.nowMs()); !s)
                return s.error();
        }
        return saveChanged(actor, o, expectedVersion, &draft.decisionMakerIds);
    });
}

Result<Opportunity> OpportunityService::moveToStage(const Session &actor, const QString &id, const QString &stageId,
                                                    qint64 expectedVersion)
{
    Result<Pipeline> stages = pipeline();
    if (!stages)
        return stages.error();
    const PipelineStage *stage = stages->find(stageId);
    if (!stage)
        return Error{ErrorCode::Invalid, tr("The stage \"%1\" does not exist (any more).").arg(stageId), {}};
    return inWriteTransaction(m_db, [&]() -> Result<Opportunity> {
        Result<Opportunity> cur = editable(actor, id, expectedVersion);
        if (!cur)
            return cur.error();
        if (cur->stage == stageId)
            return cur;
        Opportunity o = *cur;
        o.probabilityPct = stage->probabilityPct;
        if (Status s = enterStage(actor, *stages, &o, *stage, m_clock.nowMs()); !s)
            return s.error();
        return saveChanged(actor, o, expectedVersion, nullptr);
    });
}

Status OpportunityService::remove(const Session &actor, const QString &id, qint64 expectedVersion)
{
    return inWriteTransaction(m_db, [&]() -> Status {
        if (Result<Opportunity> cur = editable(actor, id, expectedVersion); !cur)
            return cur.error();
        Result<bool> gone = OpportunityRepository(m_db).setDeleted(id, expectedVersion, m_clock.nowMs(), actor.userId);
        if (!gone)
            return gone.error();
        if (!*gone)
            return Error{ErrorCode::Conflict,
                         tr("Someone else changed this opportunity in the meantime. Reload it and try again."),
                         {}};
        return Status{};
    });
}

} // namespace guanxi
