// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QDate>

namespace guanxi {

class Database;

struct DemoDealCounts {
    int quotes = 0;
    int orders = 0;
};

// After the bulk of the demo data: the company's letterhead, and quotes and orders made the way a
// salesperson makes them, through the services (each its own transaction), so every rule holds:
// quotes on deals in the proposal and negotiation stages, some below the floor (most approved by
// the manager), some sent, some become orders that are partly or wholly delivered and paid.
Result<DemoDealCounts> seedDeals(Database &db, const QDate &asOf, quint32 seed, int quotes = 60);

} // namespace guanxi
