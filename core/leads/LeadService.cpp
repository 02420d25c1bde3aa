// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/leads/LeadService.h"

#include "core/contacts/ContactService.h"
#include "core/customers/CustomerAccess.h"
#include "core/customers/CustomerValidator.h"
#include "core/opportunities/OpportunityService.h"
#include "core/search/DerivedIndexes.h"
#include "core/storage/WriteTransaction.h"
#include "core/timeline/TimelineRepository.h"
#include "core/users/AccessPolicy.h"
#include "core/users/Assignee.h"
#include "core/users/UserRepository.h"
#include "core/util/Clock.h"
#include "core/util/PhoneNumber.h"
#include "core/util/Uuid7.h"

namespace guanxi {

namespace {

Error leadNotFound()
{
    return {ErrorCode::NotFound, LeadService::tr("The lead does not exist."), {}};
}

} // namespace

LeadService::LeadService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

QList<FieldProblem> LeadService::validate(LeadDraft *d)
{
    QList<FieldProblem> problems;
    for (QString *t : {&d->personName, &d->company, &d->title, &d->region, &d->industry, &d->source})
        *t = t->simplified();
    d->phone = CustomerValidator::normalisePhone(d->phone);
    d->email = d->email.trimmed();
    if (d->personName.isEmpty() && d->company.isEmpty())
        problems.append({QStringLiteral("personName"), tr("Enter the person's name or the company.")});
    for (const QString *t : {&d->personName, &d->company})
        if (t->size() > CustomerValidator::kMaxName)
            problems.append({QStringLiteral("company"),
                             tr("A name may have at most %1 characters.").arg(CustomerValidator::kMaxName)});
    for (const QString *t : {&d->title, &d->region, &d->industry, &d->source})
        if (t->size() > CustomerValidator::kMaxShortText)
            problems.append({QStringLiteral("title"), tr("\"%1…\" is too long.").arg(t->left(20))});
    if (!d->phone.isEmpty() && !CustomerValidator::isValidPhone(d->phone))
        problems.append({QStringLiteral("phone"), tr("\"%1\" is not a phone number.").arg(d->phone)});
    if (!d->email.isEmpty() && !CustomerValidator::isValidEmail(d->email))
        problems.append({QStringLiteral("email"), tr("\"%1\" is not an e-mail address.").arg(d->email)});
    if (d->notes.size() > CustomerValidator::kMaxNotes)
        problems.append({QStringLiteral("notes"),
                         tr("The notes may have at most %1 characters.").arg(CustomerValidator::kMaxNotes)});
    return problems;
}

Result<Lead> LeadService::get(const Session &actor, const QString &id)
{
    Result<std::optional<Lead>> l = LeadRepository(m_db).findById(id);
    if (!l)
        return l.error();
    if (!l->has_value())
        return leadNotFound();
    if (!AccessPolicy(actor).canView((*l)->fields.ownerId, (*l)->ownerDepartmentId))
        return Error{ErrorCode::PermissionDenied,
                     tr("This lead belongs to %1; you cannot see its details.").arg((*l)->ownerName),
                     {}};
    return **l;
}

Result<QList<Lead>> LeadService::list(const Session &actor, const LeadFilter &filter, int limit)
{
    QVariantList binds;
    const QString visible = AccessPolicy(actor).visibilityClause(QStringLiteral("l"), &binds);
    return LeadRepository(m_db).list(filter, visible, binds, limit);
}

std::unique_ptr<PagedQuery<Lead>> LeadService::pagedList(const Session &actor, const LeadFilter &filter)
{
    QVariantList binds;
    const QString visible = AccessPolicy(actor).visibilityClause(QStringLiteral("l"), &binds);
    return pagedQueryOf<LeadRepository, Lead>(m_db, LeadRepository::pagedList(filter, visible, binds),
                                              [](const Lead &l) {
                                                  return PageCursor{l.createdAt, l.id};
                                              });
}

Result<Lead> LeadService::afterWrite(const Result<bool> &written, const QString &id, bool alreadyIndexed)
{
    if (!written)
        return written.error();
    if (!*written)
        return Error{ErrorCode::Conflict,
                     tr("Someone changed this lead in the meantime. Reload it and make your change again."),
                     {}};
    // create() has filed the new record already.
    if (Status s = alreadyIndexed ? Status{} : refreshDerivedIndexes(m_db, SearchKind::Lead, id); !s)
        return s.error();
    Result<std::optional<Lead>> saved = LeadRepository(m_db).findById(id);
    if (!saved)
        return saved.error();
    if (!saved->has_value())
        return leadNotFound();
    return **saved;
}

Result<Lead> LeadService::create(const Session &actor, LeadDraft draft)
{
    return inWriteTransaction(m_db, [&]() -> Result<Lead> {
        if (QList<FieldProblem> problems = validate(&draft); !problems.isEmpty())
            return invalidFieldsError(problems);
        if (!AccessPolicy(actor).leadsTeam()) {
            draft.ownerId = actor.userId;
        } else if (draft.ownerId.isEmpty()) {
            Result<QString> owner = LeadAssignment(m_db).nextOwner(draft.region);
            if (!owner)
                return owner.error();
            draft.ownerId = *owner;
        }
        Lead lead;
        const qint64 now = m_clock.nowMs();
        lead.id = newUuid7(now);
        lead.fields = draft;
        lead.createdAt = lead.updatedAt = now;
        if (Status s = LeadRepository(m_db).insert(lead, actor.userId); !s)
            return s.error();
        if (Status s = refreshDerivedIndexes(m_db, SearchKind::Lead, lead.id); !s)
            return s.error();
        return afterWrite(true, lead.id, true);
    });
}

const StateTransitions<LeadStatus> &LeadService::transitions()
{
    using S = LeadStatus;
    static const StateTransitions<LeadStatus> moves{{S::New, S::Working},
                                                    {S::New, S::Qualified},
                                                    {S::New, S::Disqualified},
                                                    {S::Working, S::New},
                                                    {S::Working, S::Working},
                                                    {S::Working, S::Qualified},
                                                    {S::Working, S::Disqualified},
                                                    {S::Qualified, S::New},
                                                    {S::Qualified, S::Working},
                                                    {S::Qualified, S::Qualified},
                                                    {S::Qualified, S::Disqualified},
                                                    {S::Disqualified, S::New},
                                                    {S::Disqualified, S::Working},
                                                    {S::Disqualified, S::Qualified},
                                                    {S::Disqualified, S::Disqualified},
                                                    {S::New, S::New},
                                                    {S::New, S::Converted},
                                                    {S::Working, S::Converted},
                                                    {S::Qualified, S::Converted}};
    return moves;
}

LeadActions LeadService::allowedActions(const Session &actor, const Lead &lead)
{
    const AccessPolicy policy(actor);
    LeadActions a;
    // Converted is the one state nothing leaves: its customer is worked on instead.
    a.edit = policy.canEdit(lead.fields.ownerId, lead.ownerDepartmentId)
        && transitions().allows(lead.status, LeadStatus::Working);
    return a;
}

Result<Lead> LeadService::writable(const Session &actor, const QString &id, qint64 expectedVersion)
{
    Result<std::optional<Lead>> l = LeadRepository(m_db).findById(id);
    if (!l)
        return l.error();
    if (!l->has_value())
        return leadNotFound();
    const Lead &lead = **l;
    if (!AccessPolicy(actor).canEdit(lead.fields.ownerId, lead.ownerDepartmentId))
        return Error{ErrorCode::PermissionDenied,
                     lead.ownerName.isEmpty() ? tr("This lead is not assigned to you.")
                                              : tr("This lead belongs to %1.").arg(lead.ownerName),
                     {}};
    if (lead.rowVersion != expectedVersion)
        return Error{ErrorCode::Conflict,
                     tr("Someone changed this lead in the meantime. Reload it and make your change again."),
                     {}};
    if (!transitions().allows(lead.status, LeadStatus::Working))
        return Error{ErrorCode::WrongState, tr("This lead has been converted; work on its customer instead."), {}};
    return lead;
}

Result<Lead> LeadService::update(const Session &actor, const QString &id, LeadDraft draft, qint64 expectedVersion)
{
    if (QList<FieldProblem> problems = validate(&draft); !problems.isEmpty())
        return invalidFieldsError(problems);
    return inWriteTransaction(m_db, [&]() -> Result<Lead> {
        Result<Lead> cur = writable(actor, id, expectedVersion);
        if (!cur)
            return cur.error();
        draft.ownerId = cur->fields.ownerId; // ownership changes through assign()
        return afterWrite(LeadRepository(m_db).update(id, draft, expectedVersion, m_clock.nowMs(), actor.userId), id);
    });
}

Result<Lead> LeadService::assign(const Session &actor, const QString &id, const QString &ownerId,
                                 qint64 expectedVersion)
{
    return inWriteTransaction(m_db, [&]() -> Result<Lead> {
        Result<Lead> cur = writable(actor, id, expectedVersion);
        if (!cur)
            return cur.error();
        Result<Assignee> owner = Assignee::check(m_db, actor, ownerId);
        if (!owner)
            return owner.error();
        if (owner->verdict == Assignee::Verdict::NotAUser)
            return Error{ErrorCode::Invalid, tr("The chosen salesperson is not a user of this database."), {}};
        if (owner->verdict == Assignee::Verdict::OutOfReach)
            return Error{ErrorCode::PermissionDenied, tr("You may not give this lead to that salesperson."), {}};
        return afterWrite(LeadRepository(m_db).setOwner(id, ownerId, expectedVersion, m_clock.nowMs(), actor.userId),
                          id);
    });
}

Result<Lead> LeadService::setStatus(const Session &actor, const QString &id, LeadStatus status, const QString &reason,
                                    qint64 expectedVersion)
{
    if (status == LeadStatus::Converted)
        return Error{ErrorCode::WrongState, tr("Convert a lead with the conversion, not by setting its status."), {}};
    if (status == LeadStatus::Disqualified && reason.trimmed().isEmpty())
        return Error{
            ErrorCode::Invalid, tr("Give the reason for disqualifying this lead."), {}, QStringLiteral("reason")};
    return inWriteTransaction(m_db, [&]() -> Result<Lead> {
        Result<Lead> cur = writable(actor, id, expectedVersion);
        if (!cur)
            return cur.error();
        return afterWrite(LeadRepository(m_db).setStatus(id, status, reason.trimmed(), expectedVersion, m_clock.nowMs(),
                                                         actor.userId),
                          id);
    });
}

Result<LeadConversionResult> LeadService::convert(const Session &actor, const QString &id, const LeadConversion &how,
                                                  qint64 expectedVersion)
{
    if (how.amountMinor < 0)
        return Error{
            ErrorCode::Invalid, tr("The opportunity's amount cannot be negative."), {}, QStringLiteral("amount")};
    return inWriteTransaction(m_db, [&]() -> Result<LeadConversionResult> {
        Result<Lead> cur = writable(actor, id, expectedVersion);
        if (!cur)
            return cur.error();
        const Lead &lead = *cur;
        if (!transitions().allows(lead.status, LeadStatus::Converted))
            return Error{ErrorCode::WrongState,
                         tr("This lead was disqualified (%1). Set it to following up before "
                            "converting it.")
                             .arg(lead.statusReason),
                         {}};
        const QString owner = lead.fields.ownerId.isEmpty() ? actor.userId : lead.fields.ownerId;
        LeadConversionResult result;

        // 1. The customer: an existing one, or a new one from the lead's company (or person).
        if (!how.existingCustomerId.isEmpty()) {
            Result<Customer> existing = CustomerAccess::writable(m_db, actor, how.existingCustomerId);
            if (!existing)
                return existing.error();
            result.customerId = existing->id;
        } else {
            CustomerDraft c;
            const bool company = !lead.fields.company.isEmpty();
            c.name = company ? lead.fields.company : lead.fields.personName;
            c.kind = company ? CustomerKind::Business : CustomerKind::Consumer;
            c.stage = LoyaltyStage::Potential;
            c.region = lead.fields.region;
            c.industry = lead.fields.industry;
            c.source = lead.fields.source;
            c.ownerId = owner;
            if (!company) {
                c.phone = lead.fields.phone;
                c.email = lead.fields.email;
            }
            c.notes = lead.fields.notes;
            Result<Customer> made = CustomerService(m_db, m_clock).create(actor, c, how.onDuplicate);
            if (!made)
                return made.error();
            result.customerId = made->id;
        }

        // 2. The contact, for a lead with a person at a company (a person without one became the
        // customer itself).
        if (!lead.fields.personName.isEmpty()
            && (!lead.fields.company.isEmpty() || !how.existingCustomerId.isEmpty())) {
            ContactDraft ct;
            ct.customerId = result.customerId;
            ct.name = lead.fields.personName;
            ct.title = lead.fields.title;
            if (!lead.fields.phone.isEmpty())
                ct.channels.append(
                    {{},
                     PhoneNumber::parse(lead.fields.phone).mobile ? ChannelKind::Mobile : ChannelKind::Phone,
                     {},
                     lead.fields.phone,
                     {}});
            if (!lead.fields.email.isEmpty())
                ct.channels.append({{}, ChannelKind::Email, {}, lead.fields.email, {}});
            Result<Contact> made = ContactService(m_db, m_clock).create(actor, ct);
            if (!made)
                return made.error();
            result.contactId = made->id;
        }

        const qint64 now = m_clock.nowMs();
        // 3. The opportunity.
        if (how.createOpportunity) {
            OpportunityDraft o;
            o.customerId = result.customerId;
            o.name = how.opportunityName.trimmed().isEmpty()
                ? tr("%1 (from lead)").arg(lead.fields.company.isEmpty() ? lead.fields.personName : lead.fields.company)
                : how.opportunityName.trimmed();
            o.amountMinor = how.amountMinor;
            o.currency = how.currency;
            o.expectedCloseOn = how.expectedCloseOn;
            o.source = lead.fields.source;
            o.ownerId = owner;
            Result<Opportunity> made = OpportunityService(m_db, m_clock).create(actor, o, lead.id);
            if (!made)
                return made.error();
            result.opportunityId = made->id;
        }

        // 4. The lead's history moves onto the customer, with a note of where it came from.
        TimelineRepository timeline(m_db);
        if (Status s = timeline.moveLeadHistory(lead.id, result.customerId, now, actor.userId); !s)
            return s.error();
        Interaction note;
        note.id = newUuid7(now);
        note.fields.customerId = result.customerId;
        note.fields.contactId = result.contactId;
        note.fields.leadId = lead.id;
        note.fields.kind = InteractionKind::System;
        note.fields.occurredAt = now;
        note.fields.subject = tr("Converted from lead %1").arg(lead.displayName());
        note.fields.outcome = lead.fields.source.isEmpty() ? QString() : tr("Source: %1").arg(lead.fields.source);
        note.authorId = actor.userId;
        if (Status s = timeline.insertInteraction(note, now, actor.userId); !s)
            return s.error();
        if (lead.lastContactAt > 0) {
            if (Status s = timeline.touchLastContact(result.customerId, {}, lead.lastContactAt); !s)
                return s.error();
        }

        Result<bool> marked = LeadRepository(m_db).markConverted(
            lead.id, result.customerId, result.contactId, result.opportunityId, expectedVersion, now, actor.userId);
        if (!marked)
            return marked.error();
        if (Status s = refreshDerivedIndexes(m_db, SearchKind::Lead, lead.id); !s)
            return s.error();
        return result;
    });
}

Result<LeadAssignmentRule> LeadService::assignmentRule()
{
    return LeadAssignment(m_db).rule();
}

Status LeadService::setAssignmentRule(const Session &actor, const LeadAssignmentRule &rule)
{
    if (!AccessPolicy(actor).leadsTeam())
        return Error{
            ErrorCode::PermissionDenied, tr("Only a manager or an administrator sets how leads are assigned."), {}};
    return inWriteTransaction(m_db, [&]() -> Status {
        QStringList everyone = rule.users;
        everyone += rule.regionOwners.values();
        if (!rule.fallbackUserId.isEmpty())
            everyone.append(rule.fallbackUserId);
        for (const QString &u : std::as_const(everyone)) {
            Result<std::optional<User>> user = UserRepository(m_db).findById(u);
            if (!user)
                return user.error();
            if (!user->has_value())
                return Error{ErrorCode::Invalid, tr("The rule names someone who is not a user of this database."), {}};
        }
        if (rule.mode == LeadAssignmentRule::Mode::RoundRobin && rule.users.isEmpty())
            return Error{ErrorCode::Invalid, tr("Choose the salespeople who take turns."), {}};
        if (Status s = LeadAssignment(m_db).setRule(rule); !s)
            return s;
        return Status{};
    });
}

} // namespace guanxi
