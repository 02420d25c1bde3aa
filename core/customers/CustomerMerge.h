// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"
#include "core/users/User.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace guanxi {

class Clock;
class Database;

// Joins two records of the same customer. The survivor takes the fields the user chose; every
// child record of the other one (contacts and their history, timeline, commitments,
// opportunities, orders, converted leads, card tabs) moves to the survivor; the other one goes to
// the recycle bin. One transaction, recorded in the audit log.
class CustomerMerge {
    Q_DECLARE_TR_FUNCTIONS(CustomerMerge)
public:
    CustomerMerge(Database &db, const Clock &clock);

    Result<Customer> merge(const Session &actor, const QString &survivorId, qint64 survivorVersion,
                           const QString &mergedId, qint64 mergedVersion, CustomerDraft chosen);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace guanxi
