// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Statement.h"
#include "core/users/User.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace guanxi {

class Database;

// One existing customer that a new or edited record appears to duplicate.
struct DuplicateMatch {
    QString customerId;
    QString customerName; // empty when the actor may not see that customer
    QString ownerId;
    QString ownerName;    // empty: in the public pool
    bool visible = false; // whether the actor may open it
    QStringList reasons;  // translated: "same name", "same phone number +86…", ...

    // One sentence for the user: what exists, who owns it, and why it looks the same.
    QString describe() const;
};

// The duplicate guard (防撞单): which existing customers share a name, phone number, e-mail or
// company domain with a record about to be saved. An index lookup per key, so it can run on
// every save and every imported row. Matches the actor may not see are still reported, with
// only their owner: a salesperson learns that a colleague has the company, not its details.
class DuplicateFinder {
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)
public:
    explicit DuplicateFinder(Database &db)
        : m_db(db)
    {
    }

    Result<QList<DuplicateMatch>> findForKeys(const Session &actor, const QStringList &keys,
                                              const QString &excludeCustomerId = {});

    // The same with its statement prepared once, for checking every row of an import.
    class Lookup {
    public:
        explicit Lookup(Database &db);
        Result<QList<DuplicateMatch>> find(const Session &actor, const QStringList &keys,
                                           const QString &excludeCustomerId = {});
        // Contacts filed under the keys: (contact id, customer id) pairs.
        Result<QList<std::pair<QString, QString>>> contacts(const QStringList &keys);

    private:
        Statement m_customers;
        Statement m_contacts;
        // The statements' columns, found by name once for every row of an import.
        int m_customerId, m_customerName, m_ownerId, m_ownerName, m_ownerDepartment;
        int m_contactId, m_contactCustomer;
    };

    // The live contacts filed under any of `keys` (phones and e-mails), for imports.
    Result<QStringList> contactsForKeys(const QStringList &keys);

    // The error a save that was refused for a duplicate reports.
    static Error duplicateError(const QList<DuplicateMatch> &matches);

private:
    Database &m_db;
};

} // namespace guanxi
