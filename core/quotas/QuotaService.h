// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/quotas/Quota.h"
#include "core/users/User.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace guanxi {

class Clock;
class Database;

// Quotas and their attainment. A manager sets the quotas of their department's people, an
// administrator anyone's; a salesperson sees only their own. Attainment counts the deals won in the
// period (by their close date) in the quota's currency. A quarter without a quota of its own adds
// up the quotas of its months.
class QuotaService {
    Q_DECLARE_TR_FUNCTIONS(QuotaService)
public:
    QuotaService(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    // Sets (or, with 0, clears) one person's quota for one period.
    Status set(const Session &actor, const QString &userId, const QString &period, qint64 amountMinor,
               const QString &currency = QStringLiteral("CNY"));
    // Everyone the actor may see who sells (salespeople, and anyone with a quota or a won deal in
    // the period), optionally of one department, by name.
    Result<QList<QuotaAttainment>> attainment(const Session &actor, const QString &period,
                                              const QString &departmentId = {},
                                              const QString &currency = QStringLiteral("CNY"));

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace guanxi
