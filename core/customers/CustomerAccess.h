// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"
#include "core/users/User.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace guanxi {

class Database;

// Whether the actor may read or change what hangs off a customer (contacts, timeline,
// commitments, card tabs): the same rules as for the customer itself, with messages that say why.
class CustomerAccess {
    Q_DECLARE_TR_FUNCTIONS(CustomerAccess)
public:
    // The live customer, when the actor may see it.
    static Result<Customer> readable(Database &db, const Session &actor, const QString &customerId);
    // The live customer, when the actor may change it (a public-pool customer must be claimed first).
    static Result<Customer> writable(Database &db, const Session &actor, const QString &customerId);
    // That `contactId` is a live contact of `customerId` (what a task or care day names must be).
    // `field`: the form field a refusal points at (the quote's contact, an opportunity's decision makers).
    static Status contactAt(Database &db, const QString &contactId, const QString &customerId,
                            const QString &field = QStringLiteral("contact"));
};

} // namespace guanxi
