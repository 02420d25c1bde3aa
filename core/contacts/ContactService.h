// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/contacts/Contact.h"
#include "core/users/User.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace guanxi {

class Clock;
class Database;
class WriteTransaction;

// Every change to a contact goes through here. A contact belongs to its customer: whoever may see
// (or change) the customer may see (or change) its contacts. Moving a contact to another company
// ends its position at the old one and starts one at the new one; its timeline goes with it.
class ContactService {
    Q_DECLARE_TR_FUNCTIONS(ContactService)
public:
    ContactService(Database &db, const Clock &clock);

    Result<Contact> get(const Session &actor, const QString &id);
    Result<QList<Contact>> listForCustomer(const Session &actor, const QString &customerId);
    Result<QList<ContactPosition>> positions(const Session &actor, const QString &id);

    // Inside a caller's WriteTransaction (a lead's conversion) it joins that one.
    Result<Contact> create(const Session &actor, ContactDraft draft);
    Result<Contact> update(const Session &actor, const QString &id, ContactDraft draft, qint64 expectedVersion);
    Result<Contact> remove(const Session &actor, const QString &id, qint64 expectedVersion);

    // For imports: the live contacts that share a phone number or e-mail with the draft.
    Result<QStringList> findSameContacts(const ContactDraft &draft);

private:
    Status checkCustomerEditable(const Session &actor, const QString &customerId);
    Status checkLinks(const QString &selfId, const ContactDraft &draft);
    Result<Contact> afterWrite(const Result<bool> &written, const QString &id, bool alreadyIndexed = false);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace guanxi
