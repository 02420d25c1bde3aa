// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/contacts/ContactService.h"

#include "core/contacts/ContactRepository.h"
#include "core/contacts/ContactValidator.h"
#include "core/customers/CustomerAccess.h"
#include "core/duplicates/DuplicateFinder.h"
#include "core/duplicates/MatchKeys.h"
#include "core/search/DerivedIndexes.h"
#include "core/storage/WriteTransaction.h"
#include "core/users/AccessPolicy.h"
#include "core/util/Clock.h"
#include "core/util/Uuid7.h"

namespace guanxi {

namespace {

Error contactNotFound()
{
    return {ErrorCode::NotFound, ContactService::tr("The contact does not exist."), {}};
}

} // namespace

ContactService::ContactService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<Contact> ContactService::get(const Session &actor, const QString &id)
{
    Result<std::optional<Contact>> c = ContactRepository(m_db).findById(id);
    if (!c)
        return c.error();
    if (!c->has_value() || (*c)->deletedAt != 0)
        return contactNotFound();
    if (!AccessPolicy(actor).canView((*c)->ownerId, (*c)->ownerDepartmentId))
        return Error{ErrorCode::PermissionDenied,
                     tr("This contact belongs to a customer of a colleague; you cannot see its details."),
                     {}};
    return **c;
}

Result<QList<Contact>> ContactService::listForCustomer(const Session &actor, const QString &customerId)
{
    if (Result<Customer> c = CustomerAccess::readable(m_db, actor, customerId); !c)
        return c.error();
    return ContactRepository(m_db).listForCustomer(customerId);
}

Result<QList<ContactPosition>> ContactService::positions(const Session &actor, const QString &id)
{
    if (Result<Contact> c = get(actor, id); !c)
        return c.error();
    return ContactRepository(m_db).positions(id);
}

Status ContactService::checkCustomerEditable(const Session &actor, const QString &customerId)
{
    if (customerId.isEmpty())
        return {};
    if (Result<Customer> c = CustomerAccess::writable(m_db, actor, customerId); !c)
        return c.error();
    return {};
}

Status ContactService::checkLinks(const QString &selfId, const ContactDraft &d)
{
    for (const QString &link : {d.superiorId, d.assistantId}) {
        if (link.isEmpty())
            continue;
        if (link == selfId)
            return Error{ErrorCode::Invalid,
                         tr("A contact cannot be their own superior or assistant."),
                         {},
                         QStringLiteral("superior")};
        Result<std::optional<Contact>> other = ContactRepository(m_db).findById(link);
        if (!other)
            return other.error();
        if (!other->has_value() || (*other)->deletedAt != 0)
            return Error{ErrorCode::Invalid,
                         tr("The superior or assistant is not a contact in this database."),
                         {},
                         QStringLiteral("superior")};
    }
    return {};
}

Result<Contact> ContactService::afterWrite(const Result<bool> &written, const QString &id, bool alreadyIndexed)
{
    if (!written)
        return written.error();
    if (!*written) {
        Result<std::optional<Contact>> now = ContactRepository(m_db).findById(id);
        if (!now || !now->has_value())
            return contactNotFound();
        return Error{ErrorCode::Conflict,
                     tr("Someone changed this contact in the meantime (now version %1). Reload it and make "
                        "your change again.")
                         .arg((*now)->rowVersion),
                     {},
                     {},
                     id,
                     (*now)->updatedBy};
    }
    // create() has filed the new record already.
    if (Status s = alreadyIndexed ? Status{} : refreshDerivedIndexes(m_db, SearchKind::Contact, id); !s)
        return s.error();
    Result<std::optional<Contact>> saved = ContactRepository(m_db).findById(id);
    if (!saved)
        return saved.error();
    return **saved;
}

Result<Contact> ContactService::create(const Session &actor, ContactDraft draft)
{
    return inWriteTransaction(m_db, [&]() -> Result<Contact> {
        if (QList<FieldProblem> problems = ContactValidator::check(&draft); !problems.isEmpty())
            return invalidFieldsError(problems);
        if (Status s = checkCustomerEditable(actor, draft.customerId); !s)
            return s.error();
        if (draft.customerId.isEmpty() && !AccessPolicy(actor).leadsTeam())
            return Error{
                ErrorCode::Invalid, tr("Choose the customer this contact works for."), {}, QStringLiteral("customer")};
        if (Status s = checkLinks({}, draft); !s)
            return s.error();
        const qint64 now = m_clock.nowMs();
        Contact c;
        c.id = newUuid7(now);
        c.fields = draft;
        c.createdAt = c.updatedAt = now;
        ContactRepository repo(m_db);
        if (Status s = repo.insert(c, actor.userId); !s)
            return s.error();
        if (Status s = repo.saveChannels(c.id, &c.fields.channels, now, actor.userId); !s)
            return s.error();
        if (!draft.customerId.isEmpty()) {
            if (Status s = repo.startPosition(c.id, draft.customerId, draft.title, now, actor.userId); !s)
                return s.error();
        }
        if (Status s = refreshDerivedIndexes(m_db, SearchKind::Contact, c.id); !s)
            return s.error();
        return afterWrite(true, c.id, true);
    });
}

Result<Contact> ContactService::update(const Session &actor, const QString &id, ContactDraft draft,
                                       qint64 expectedVersion)
{
    if (QList<FieldProblem> problems = ContactValidator::check(&draft); !problems.isEmpty())
        return invalidFieldsError(problems);
    return inWriteTransaction(m_db, [&]() -> Result<Contact> {
        ContactRepository repo(m_db);
        Result<std::optional<Contact>> current = repo.findById(id);
        if (!current)
            return current.error();
        if (!current->has_value() || (*current)->deletedAt != 0)
            return contactNotFound();
        const Contact &cur = **current;
        if (Status s = checkCustomerEditable(actor, cur.fields.customerId); !s)
            return s.error();
        const bool moved = draft.customerId != cur.fields.customerId;
        if (moved) {
            if (Status s = checkCustomerEditable(actor, draft.customerId); !s)
                return s.error();
        }
        if (Status s = checkLinks(id, draft); !s)
            return s.error();
        const qint64 now = m_clock.nowMs();
        Result<bool> written = repo.update(id, draft, expectedVersion, now, actor.userId);
        if (!written || !*written)
            return afterWrite(written, id);
        if (Status s = repo.saveChannels(id, &draft.channels, now, actor.userId); !s)
            return s.error();
        if (moved || draft.title != cur.fields.title) {
            if (Status s = repo.endPosition(id, now, actor.userId); !s)
                return s.error();
            if (!draft.customerId.isEmpty()) {
                if (Status s = repo.startPosition(id, draft.customerId, draft.title, now, actor.userId); !s)
                    return s.error();
            }
        }
        return afterWrite(true, id);
    });
}

Result<Contact> ContactService::remove(const Session &actor, const QString &id, qint64 expectedVersion)
{
    return inWriteTransaction(m_db, [&]() -> Result<Contact> {
        Result<std::optional<Contact>> current = ContactRepository(m_db).findById(id);
        if (!current)
            return current.error();
        if (!current->has_value() || (*current)->deletedAt != 0)
            return contactNotFound();
        if (Status s = checkCustomerEditable(actor, (*current)->fields.customerId); !s)
            return s.error();
        Result<bool> written =
            ContactRepository(m_db).setDeleted(id, true, expectedVersion, m_clock.nowMs(), actor.userId);
        if (!written)
            return written.error();
        if (!*written)
            return afterWrite(written, id);
        if (Status s = refreshDerivedIndexes(m_db, SearchKind::Contact, id); !s)
            return s.error();
        Contact gone = **current;
        gone.deletedAt = m_clock.nowMs();
        return gone;
    });
}

Result<QStringList> ContactService::findSameContacts(const ContactDraft &draft)
{
    return DuplicateFinder(m_db).contactsForKeys(MatchKeys::forPerson(draft.phones(), draft.emails()));
}

} // namespace guanxi
