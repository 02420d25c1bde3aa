// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "customers/Customer.h"
#include "users/User.h"
#include "util/Result.h"

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
    static Status contactAt(Database &db, const QString &contactId, const QString &customerId);
};

} // namespace guanxi
