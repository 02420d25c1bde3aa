// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/CustomerService.h"

#include "core/audit/AuditLog.h"
#include "core/customers/CustomerRepository.h"
#include "core/duplicates/DuplicatePolicy.h"
#include "core/duplicates/MatchKeyIndex.h"
#include "core/i18n/DateTimeText.h"
#include "core/search/DerivedIndexes.h"
#include "core/storage/WriteTransaction.h"
#include "core/users/AccessPolicy.h"
#include "core/users/Assignee.h"
#include "core/users/UserRepository.h"
#include "core/util/Clock.h"
#include "core/util/Uuid7.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace guanxi {

namespace {

Error notFound()
{
    return {ErrorCode::NotFound, CustomerService::tr("The customer does not exist."), {}};
}

} // namespace

CustomerService::CustomerService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<Customer> CustomerService::get(const Session &actor, const QString &id)
{
    Result<std::optional<Customer>> c = CustomerRepository(m_db).findById(id);
    if (!c)
        return c.error();
    if (!c->has_value())
        return notFound();
    if (!AccessPolicy(actor).canView((*c)->fields.ownerId, (*c)->ownerDepartmentId))
        return Error{ErrorCode::PermissionDenied,
                     tr("This customer belongs to %1; you cannot see its details.").arg((*c)->ownerName),
                     {}};
    return **c;
}

Status CustomerService::checkOwnerAssignable(const Session &actor, const QString &ownerId)
{
    Result<Assignee> owner = Assignee::check(m_db, actor, ownerId);
    if (!owner)
        return owner.error();
    if (owner->verdict == Assignee::Verdict::NotAUser)
        return Error{
            ErrorCode::Invalid, tr("The chosen owner is not a user of this database."), {}, QStringLiteral("owner")};
    if (owner->verdict == Assignee::Verdict::OutOfReach)
        return Error{ErrorCode::PermissionDenied,
                     tr("You may not give this customer to that owner."),
                     {},
                     QStringLiteral("owner")};
    return {};
}

QStringList CustomerService::matchKeys(const CustomerDraft &d)
{
    return MatchKeyIndex::customerKeys(d.name, d.kind != CustomerKind::Consumer, d.phone, d.email, d.website);
}

Result<QList<DuplicateMatch>> CustomerService::findDuplicates(const Session &actor, const CustomerDraft &draft,
                                                              const QString &excludeId)
{
    return DuplicateFinder(m_db).findForKeys(actor, matchKeys(draft), excludeId);
}

Status CustomerService::guardDuplicates(const Session &actor, const QStringList &keys, const QString &excludeId,
                                        OnDuplicate onDuplicate, QList<DuplicateMatch> *passed)
{
    if (keys.isEmpty())
        return {};
    Result<QList<DuplicateMatch>> found = DuplicateFinder(m_db).findForKeys(actor, keys, excludeId);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return {};
    if (onDuplicate == OnDuplicate::Refuse)
        return DuplicateFinder::duplicateError(*found);
    Result<DuplicatePolicy> policy = DuplicateRules(m_db).policy();
    if (!policy)
        return policy.error();
    if (!DuplicateRules::mayOverride(actor, *policy)) {
        Error e = DuplicateFinder::duplicateError(*found);
        e.code = ErrorCode::PermissionDenied;
        e.message = tr("Your company's rules do not let salespeople save a customer that already exists:\n%1\n"
                       "Open the existing record, or ask its owner to share it.")
                        .arg(e.message);
        return e;
    }
    *passed = *found;
    return {};
}

Status CustomerService::recordDuplicateSaved(const Session &actor, const QString &id,
                                             const QList<DuplicateMatch> &passed)
{
    if (passed.isEmpty())
        return {};
    Result<DuplicatePolicy> policy = DuplicateRules(m_db).policy();
    if (!policy)
        return policy.error();
    QJsonArray matches;
    for (const DuplicateMatch &m : passed)
        matches.append(QJsonObject{{QStringLiteral("customer_id"), m.customerId},
                                   {QStringLiteral("owner_id"), m.ownerId},
                                   {QStringLiteral("reasons"), QJsonArray::fromStringList(m.reasons)}});
    return AuditLog(m_db).record(
        m_clock.nowMs(), actor.userId, kDuplicateSavedAction, QStringLiteral("customer"), id,
        {{QStringLiteral("policy"), DuplicateRules::code(*policy)}, {QStringLiteral("matches"), matches}});
}

Result<Customer> CustomerService::create(const Session &actor, CustomerDraft draft, OnDuplicate onDuplicate)
{
    return inWriteTransaction(m_db, [&]() -> Result<Customer> {
        if (!AccessPolicy(actor).leadsTeam())
            draft.ownerId = actor.userId;
        if (QList<FieldProblem> problems = validate(&draft); !problems.isEmpty())
            return invalidFieldsError(problems);
        if (Status s = checkOwnerAssignable(actor, draft.ownerId); !s)
            return s.error();
        QList<DuplicateMatch> passed;
        if (Status s = guardDuplicates(actor, matchKeys(draft), {}, onDuplicate, &passed); !s)
            return s.error();
        Customer c;
        const qint64 now = m_clock.nowMs();
        c.id = newUuid7(now);
        c.fields = draft;
        c.createdAt = c.updatedAt = now;
        c.rowVersion = 1;
        if (Status s = CustomerRepository(m_db).insert(c, actor.userId); !s)
            return s.error();
        if (Status s = refreshDerivedIndexes(m_db, SearchKind::Customer, c.id); !s)
            return s.error();
        if (Status s = recordDuplicateSaved(actor, c.id, passed); !s)
            return s.error();
        return afterWrite(true, c.id, true);
    });
}

Result<Customer> CustomerService::afterWrite(const Result<bool> &written, const QString &id, bool alreadyIndexed)
{
    if (!written)
        return written.error();
    if (!*written) // no row at the expected version: someone else was first
        return conflictError(id);
    // create() has filed the new record already.
    if (Status s = alreadyIndexed ? Status{} : refreshDerivedIndexes(m_db, SearchKind::Customer, id); !s)
        return s.error();
    // Read back inside the transaction, so the caller gets exactly what was committed.
    Result<std::optional<Customer>> saved = CustomerRepository(m_db).findById(id);
    if (!saved)
        return saved.error();
    return **saved;
}

Error CustomerService::conflictError(const QString &id)
{
    Result<std::optional<Customer>> now = CustomerRepository(m_db).findById(id);
    if (!now || !now->has_value())
        return notFound();
    const Customer &c = **now;
    const QString when = DateTimeText::dateTimeOfMs(c.updatedAt);
    const QString who = c.updatedByName.isEmpty() ? tr("Someone") : c.updatedByName;
    return {ErrorCode::Conflict,
            tr("%1 changed this customer at %2 (now version %3). Reload it to see their change, then "
               "make yours again.")
                .arg(who, when)
                .arg(c.rowVersion),
            {},
            {},
            c.id,
            c.updatedBy};
}

Result<Customer> CustomerService::loadForWrite(const Session &actor, const QString &id, qint64 expectedVersion)
{
    Result<std::optional<Customer>> c = CustomerRepository(m_db).findById(id);
    if (!c)
        return c.error();
    if (!c->has_value())
        return notFound();
    const Customer &cur = **c;
    if (!AccessPolicy(actor).canEdit(cur.fields.ownerId, cur.ownerDepartmentId))
        return Error{ErrorCode::PermissionDenied,
                     cur.ownerName.isEmpty()
                         ? tr("You may not change this customer.")
                         : tr("This customer belongs to %1; you may not change it.").arg(cur.ownerName),
                     {}};
    if (cur.rowVersion != expectedVersion)
        return conflictError(id);
    return cur;
}

Result<Customer> CustomerService::update(const Session &actor, const QString &id, CustomerDraft draft,
                                         qint64 expectedVersion, OnDuplicate onDuplicate)
{
    if (QList<FieldProblem> problems = validate(&draft); !problems.isEmpty())
        return invalidFieldsError(problems);

    return inWriteTransaction(m_db, [&]() -> Result<Customer> {
        Result<Customer> current = loadForWrite(actor, id, expectedVersion);
        if (!current)
            return current.error();
        if (current->deletedAt != 0)
            return Error{ErrorCode::NotFound, tr("The customer is in the recycle bin. Restore it first."), {}};
        if (draft.ownerId != current->fields.ownerId) {
            if (Status s = checkOwnerAssignable(actor, draft.ownerId); !s)
                return s.error();
        }
        const QStringList before = matchKeys(current->fields);
        QStringList added;
        for (const QString &k : matchKeys(draft))
            if (!before.contains(k))
                added.append(k);
        QList<DuplicateMatch> passed;
        if (Status s = guardDuplicates(actor, added, id, onDuplicate, &passed); !s)
            return s.error();
        CustomerRepository repo(m_db);
        Result<bool> done = repo.update(id, draft, expectedVersion, m_clock.nowMs(), actor.userId);
        if (done && *done) {
            if (Status s = recordDuplicateSaved(actor, id, passed); !s)
                return s.error();
        }
        return afterWrite(done, id);
    });
}

Result<Customer> CustomerService::remove(const Session &actor, const QString &id, qint64 expectedVersion)
{
    return setInRecycleBin(actor, id, expectedVersion, true);
}

Result<Customer> CustomerService::restore(const Session &actor, const QString &id, qint64 expectedVersion)
{
    return setInRecycleBin(actor, id, expectedVersion, false);
}

Result<Customer> CustomerService::setInRecycleBin(const Session &actor, const QString &id, qint64 expectedVersion,
                                                  bool deleted)
{
    return inWriteTransaction(m_db, [&]() -> Result<Customer> {
        Result<Customer> current = loadForWrite(actor, id, expectedVersion);
        if (!current)
            return current.error();
        if ((current->deletedAt != 0) == deleted)
            return *current; // already where it should be: nothing to do
        CustomerRepository repo(m_db);
        Result<bool> done = repo.setDeleted(id, deleted, expectedVersion, m_clock.nowMs(), actor.userId);
        return afterWrite(done, id);
    });
}

Result<QList<Customer>> CustomerService::recycleBin(const Session &actor, int limit)
{
    QVariantList binds;
    const QString visibility = AccessPolicy(actor).visibilityClause(QStringLiteral("c"), &binds);
    return CustomerRepository(m_db).listDeleted(visibility, binds, limit);
}

} // namespace guanxi
