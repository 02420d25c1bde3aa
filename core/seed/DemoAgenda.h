// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/seed/DemoRelationships.h"

namespace guanxi {

struct AgendaCounts {
    int tasks = 0;
    int careEvents = 0;
};

// Each salesperson's week: calls, visits and meetings on the agenda, to-dos for today, one
// overdue and one undated, one already done; and care days (founding anniversaries) on a few of
// their customers, some of them in the coming week, so the workbench has a morning to show.
// Runs inside the seeder's transaction.
Result<AgendaCounts> seedAgenda(Database &db, demo::Dice &dice, const std::function<QString(qint64)> &idAt,
                                const std::vector<QString> &salespeople, const std::vector<SeededCustomer> &customers,
                                const QDate &asOf, qint64 todayMs);

} // namespace guanxi
