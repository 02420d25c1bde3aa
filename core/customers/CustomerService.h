// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"
#include "core/customers/CustomerValidator.h"
#include "core/duplicates/DuplicateFinder.h"
#include "core/users/User.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace guanxi {

class Clock;
class Database;
class WriteTransaction;

// Every change to a customer goes through here: validation, who may do it, optimistic concurrency
// and one short write transaction each. The GUI, guanxi-cli and the tests call the same rules.
// What a save does when the duplicate guard finds the same customer already in the database.
enum class OnDuplicate {
    Refuse, // fail with ErrorCode::Duplicate, naming the existing customer and its owner
    Allow,  // the user has seen the match and saves anyway, if the company's rule lets them
            // (duplicates/DuplicatePolicy.h); recorded in the audit log as kDuplicateSavedAction
};
inline const QString kDuplicateSavedAction = QStringLiteral("duplicate_saved");

class CustomerService {
    Q_DECLARE_TR_FUNCTIONS(CustomerService)
public:
    CustomerService(Database &db, const Clock &clock);

    Result<Customer> get(const Session &actor, const QString &id);
    // A salesperson's new customer is theirs whatever `ownerId` says; empty `ownerId` from a
    // manager or administrator leaves it unowned. Inside a caller's WriteTransaction (a lead's
    // conversion) it joins that one, which then decides.
    Result<Customer> create(const Session &actor, CustomerDraft draft, OnDuplicate onDuplicate = OnDuplicate::Refuse);
    // Fails with ErrorCode::Conflict, naming who changed it, when the row is no longer at
    // `expectedVersion`. Only keys the edit adds (a new name, phone, ...) are checked for duplicates.
    Result<Customer> update(const Session &actor, const QString &id, CustomerDraft draft, qint64 expectedVersion,
                            OnDuplicate onDuplicate = OnDuplicate::Refuse);
    // To the recycle bin, and back.
    Result<Customer> remove(const Session &actor, const QString &id, qint64 expectedVersion);
    Result<Customer> restore(const Session &actor, const QString &id, qint64 expectedVersion);
    Result<QList<Customer>> recycleBin(const Session &actor, int limit = 1000);

    // The field problems of a draft, for forms that show them before saving.
    static QList<FieldProblem> validate(CustomerDraft *draft) { return CustomerValidator::check(draft); }
    // The duplicate guard's keys of a draft, and the existing customers that share them.
    static QStringList matchKeys(const CustomerDraft &draft);
    Result<QList<DuplicateMatch>> findDuplicates(const Session &actor, const CustomerDraft &draft,
                                                 const QString &excludeId = {});

private:
    Result<Customer> loadForWrite(const Session &actor, const QString &id, qint64 expectedVersion);
    Result<Customer> setInRecycleBin(const Session &actor, const QString &id, qint64 expectedVersion, bool deleted);
    Result<Customer> afterWrite(const Result<bool> &written, const QString &id, bool alreadyIndexed = false);
    // The duplicate guard on a save: refused (Refuse), or let past when the company's rule lets the
    // actor (Allow), the matches passed kept for the audit log.
    Status guardDuplicates(const Session &actor, const QStringList &keys, const QString &excludeId,
                           OnDuplicate onDuplicate, QList<DuplicateMatch> *passed);
    Status recordDuplicateSaved(const Session &actor, const QString &id, const QList<DuplicateMatch> &passed);
    Status checkOwnerAssignable(const Session &actor, const QString &ownerId);
    Error conflictError(const QString &id);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace guanxi
