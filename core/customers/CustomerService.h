// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "customers/Customer.h"
#include "customers/CustomerValidator.h"
#include "users/User.h"
#include "util/Result.h"

namespace guanxi {

class Clock;
class Database;
class WriteTransaction;

// Every change to a customer goes through here: validation, who may do it, optimistic concurrency
// and one short write transaction each. The GUI, guanxi-cli and the tests call the same rules.
class CustomerService {
    Q_DECLARE_TR_FUNCTIONS(CustomerService)
public:
    CustomerService(Database &db, const Clock &clock);

    Result<Customer> get(const Session &actor, const QString &id);
    // A salesperson's new customer is theirs whatever `ownerId` says; empty `ownerId` from a
    // manager or administrator leaves it unowned.
    Result<Customer> create(const Session &actor, CustomerDraft draft);
    // Fails with ErrorCode::Conflict, naming who changed it, when the row is no longer at
    // `expectedVersion`.
    Result<Customer> update(const Session &actor, const QString &id, CustomerDraft draft,
                            qint64 expectedVersion);
    // To the recycle bin, and back.
    Result<Customer> remove(const Session &actor, const QString &id, qint64 expectedVersion);
    Result<Customer> restore(const Session &actor, const QString &id, qint64 expectedVersion);
    Result<QList<Customer>> recycleBin(const Session &actor, int limit = 1000);

    // The field problems of a draft, for forms that show them before saving.
    static QList<FieldProblem> validate(CustomerDraft *draft) { return CustomerValidator::check(draft); }

private:
    Result<Customer> loadForWrite(const Session &actor, const QString &id, qint64 expectedVersion);
    Result<Customer> setInRecycleBin(const Session &actor, const QString &id, qint64 expectedVersion,
                                     bool deleted);
    Result<Customer> commitWrite(WriteTransaction &tx, const Result<bool> &written, const QString &id);
    Status checkOwnerAssignable(const Session &actor, const QString &ownerId);
    Error conflictError(const QString &id);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace guanxi
