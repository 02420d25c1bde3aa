// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timeline/TimelineService.h"

#include "core/contacts/ContactRepository.h"
#include "core/customers/CustomerAccess.h"
#include "core/leads/LeadService.h"
#include "core/storage/WriteTransaction.h"
#include "core/timeline/TimelineRepository.h"
#include "core/users/AccessPolicy.h"
#include "core/util/Clock.h"
#include "core/util/Uuid7.h"

#include <QDate>
#include <QDateTime>

namespace guanxi {

namespace {

constexpr int kMaxSubject = 200;
constexpr int kMaxOutcome = 10000;

bool isDay(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate).isValid() && text.size() == 10;
}

} // namespace

TimelineService::TimelineService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

QString TimelineService::today() const
{
    // Follow-up days are the user's calendar days.
    return QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).toLocalTime().date().toString(Qt::ISODate);
}

Status TimelineService::checkWritable(const Session &actor, const QString &customerId, const QString &leadId)
{
    if (!customerId.isEmpty()) {
        if (Result<Customer> c = CustomerAccess::writable(m_db, actor, customerId); !c)
            return c.error();
        return {};
    }
    Result<Lead> lead = LeadService(m_db, m_clock).get(actor, leadId);
    if (!lead)
        return lead.error();
    if (!AccessPolicy(actor).canEdit(lead->fields.ownerId, lead->ownerDepartmentId))
        return Error{ErrorCode::PermissionDenied, tr("This lead is not assigned to you."), {}};
    if (lead->status == LeadStatus::Converted)
        return Error{ErrorCode::WrongState, tr("This lead has been converted; log it on the customer instead."), {}};
    return {};
}

Result<Interaction> TimelineService::log(const Session &actor, InteractionDraft d)
{
    const qint64 now = m_clock.nowMs();
    d.subject = d.subject.simplified();
    d.outcome = d.outcome.trimmed();
    d.followUpOn = d.followUpOn.trimmed();
    if (d.occurredAt == 0)
        d.occurredAt = now;
    if (d.customerId.isEmpty() && d.leadId.isEmpty())
        return Error{ErrorCode::Invalid,
                     tr("Choose the customer or lead this touch point was with."),
                     {},
                     QStringLiteral("customer")};
    if (d.kind == InteractionKind::System)
        return Error{ErrorCode::Invalid,
                     tr("Record changes are written by the program, not logged by hand."),
                     {},
                     QStringLiteral("kind")};
    if (d.subject.isEmpty() && d.outcome.isEmpty())
        return Error{ErrorCode::Invalid,
                     tr("Write what the touch point was about or what came of it."),
                     {},
                     QStringLiteral("subject")};
    if (d.subject.size() > kMaxSubject)
        return Error{ErrorCode::Invalid,
                     tr("The subject may have at most %1 characters.").arg(kMaxSubject),
                     {},
                     QStringLiteral("subject")};
    if (d.outcome.size() > kMaxOutcome)
        return Error{ErrorCode::Invalid,
                     tr("The outcome may have at most %1 characters.").arg(kMaxOutcome),
                     {},
                     QStringLiteral("outcome")};
    if (d.occurredAt > now + kFutureToleranceMs)
        return Error{
            ErrorCode::Invalid,
            tr("That time is still to come. Log touch points that happened; plan the next one as a follow-up."),
            {},
            QStringLiteral("occurredAt")};
    if (!d.followUpOn.isEmpty()) {
        if (!isDay(d.followUpOn))
            return Error{ErrorCode::Invalid,
                         tr("\"%1\" is not a date (yyyy-MM-dd).").arg(d.followUpOn),
                         {},
                         QStringLiteral("followUpOn")};
        if (d.followUpOn < today())
            return Error{ErrorCode::Invalid,
                         tr("The follow-up date %1 has already passed. Choose today or a later day.").arg(d.followUpOn),
                         {},
                         QStringLiteral("followUpOn")};
    }

    return inWriteTransaction(m_db, [&]() -> Result<Interaction> {
        if (Status s = checkWritable(actor, d.customerId, d.leadId); !s)
            return s.error();
        if (!d.contactId.isEmpty()) {
            Result<std::optional<Contact>> contact = ContactRepository(m_db).findById(d.contactId);
            if (!contact)
                return contact.error();
            if (!contact->has_value() || (*contact)->fields.customerId != d.customerId)
                return Error{ErrorCode::Invalid,
                             tr("That contact does not work for this customer."),
                             {},
                             QStringLiteral("contact")};
        }
        TimelineRepository repo(m_db);
        if (Status s = repo.completeOpenFollowUps(d.customerId, d.leadId, now, actor.userId); !s)
            return s.error();
        Interaction i;
        i.id = newUuid7(now);
        i.fields = d;
        i.authorId = actor.userId;
        if (Status s = repo.insertInteraction(i, now, actor.userId); !s)
            return s.error();
        if (Status s = repo.touchLastContact(d.customerId, d.leadId, d.occurredAt); !s)
            return s.error();
        Result<std::optional<Interaction>> saved = repo.findInteraction(i.id);
        if (!saved)
            return saved.error();
        return **saved;
    });
}

Result<Interaction> TimelineService::completeFollowUp(const Session &actor, const QString &interactionId,
                                                      qint64 expectedVersion)
{
    return inWriteTransaction(m_db, [&]() -> Result<Interaction> {
        TimelineRepository repo(m_db);
        Result<std::optional<Interaction>> cur = repo.findInteraction(interactionId);
        if (!cur)
            return cur.error();
        if (!cur->has_value())
            return Error{ErrorCode::NotFound, tr("That timeline entry does not exist."), {}};
        if (Status s = checkWritable(actor, (*cur)->fields.customerId, (*cur)->fields.leadId); !s)
            return s.error();
        Result<bool> done = repo.setFollowUpDone(interactionId, expectedVersion, m_clock.nowMs(), actor.userId);
        if (!done)
            return done.error();
        if (!*done)
            return Error{
                ErrorCode::Conflict, tr("Someone changed this entry in the meantime. Reload and try again."), {}};
        Result<std::optional<Interaction>> saved = repo.findInteraction(interactionId);
        if (!saved)
            return saved.error();
        return **saved;
    });
}

Result<QList<TimelineEntry>> TimelineService::customerTimeline(const Session &actor, const QString &customerId,
                                                               int limit)
{
    if (Result<Customer> c = CustomerAccess::readable(m_db, actor, customerId); !c)
        return c.error();
    return TimelineRepository(m_db).customerTimeline(customerId, limit);
}

Result<QList<TimelineEntry>> TimelineService::leadTimeline(const Session &actor, const QString &leadId, int limit)
{
    if (Result<Lead> l = LeadService(m_db, m_clock).get(actor, leadId); !l)
        return l.error();
    return TimelineRepository(m_db).leadTimeline(leadId, limit);
}

Result<Commitment> TimelineService::addCommitment(const Session &actor, CommitmentDraft d)
{
    d.description = d.description.trimmed();
    d.dueOn = d.dueOn.trimmed();
    if (d.description.isEmpty())
        return Error{ErrorCode::Invalid, tr("Write what was promised."), {}, QStringLiteral("description")};
    if (d.description.size() > kMaxSubject * 5)
        return Error{ErrorCode::Invalid,
                     tr("The promise may have at most %1 characters.").arg(kMaxSubject * 5),
                     {},
                     QStringLiteral("description")};
    if (!isDay(d.dueOn))
        return Error{
            ErrorCode::Invalid, tr("Give the day the promise is due (yyyy-MM-dd)."), {}, QStringLiteral("dueOn")};
    if (d.dueOn < today())
        return Error{
            ErrorCode::Invalid, tr("The due date %1 has already passed.").arg(d.dueOn), {}, QStringLiteral("dueOn")};
    return inWriteTransaction(m_db, [&]() -> Result<Commitment> {
        if (Status s = checkWritable(actor, d.customerId, {}); !s)
            return s.error();
        const qint64 now = m_clock.nowMs();
        Commitment c;
        c.id = newUuid7(now);
        c.fields = d;
        TimelineRepository repo(m_db);
        if (Status s = repo.insertCommitment(c, now, actor.userId); !s)
            return s.error();
        Result<std::optional<Commitment>> saved = repo.findCommitment(c.id);
        if (!saved)
            return saved.error();
        return **saved;
    });
}

Result<Commitment> TimelineService::setCommitmentState(const Session &actor, const QString &id, CommitmentState state,
                                                       qint64 expectedVersion)
{
    return inWriteTransaction(m_db, [&]() -> Result<Commitment> {
        TimelineRepository repo(m_db);
        Result<std::optional<Commitment>> cur = repo.findCommitment(id);
        if (!cur)
            return cur.error();
        if (!cur->has_value())
            return Error{ErrorCode::NotFound, tr("That commitment does not exist."), {}};
        if (Status s = checkWritable(actor, (*cur)->fields.customerId, {}); !s)
            return s.error();
        Result<bool> done = repo.setCommitmentState(id, state, expectedVersion, m_clock.nowMs(), actor.userId);
        if (!done)
            return done.error();
        if (!*done)
            return Error{
                ErrorCode::Conflict, tr("Someone changed this commitment in the meantime. Reload and try again."), {}};
        Result<std::optional<Commitment>> saved = repo.findCommitment(id);
        if (!saved)
            return saved.error();
        return **saved;
    });
}

Result<QList<Commitment>> TimelineService::commitments(const Session &actor, const QString &customerId)
{
    if (Result<Customer> c = CustomerAccess::readable(m_db, actor, customerId); !c)
        return c.error();
    return TimelineRepository(m_db).commitments(customerId);
}

} // namespace guanxi
