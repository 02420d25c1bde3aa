// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QDate>

namespace guanxi {

class Database;

// After the bulk of the demo data: the customer card's other tabs filled on a few company
// customers of every salesperson (three each at most), so a new user sees what each tab is for:
// competitors at the customer with the rival's rep, a project with its budget, plan and the
// contacts who decide or influence, a link to another customer (supplier, distributor, partner),
// and a file kept with the customer (visit notes). Through CustomerDetails, as a user adds them.
// Returns how many customers were filled.
Result<int> seedCardDetails(Database &db, const QDate &asOf, quint32 seed, int perSalesperson = 3);

} // namespace guanxi
