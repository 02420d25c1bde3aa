// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/care/CareEvent.h"
#include "core/users/User.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace guanxi {

class Clock;
class Database;

// The care days kept on a customer card; whoever may change the customer may change them.
class CareEventService {
    Q_DECLARE_TR_FUNCTIONS(CareEventService)
public:
    CareEventService(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    Result<CareEvent> add(const Session &actor, CareEventDraft draft);
    Status remove(const Session &actor, const QString &id, qint64 expectedVersion);
    Result<QList<CareEvent>> forCustomer(const Session &actor, const QString &customerId);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace guanxi
