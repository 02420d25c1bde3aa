// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/seed/DemoDice.h"
#include "core/seed/DemoRelationships.h"
#include "core/util/Result.h"

#include <functional>
#include <vector>

namespace guanxi {

class Database;

// The demo team's deals: an opportunity for about half the owned customers (at most 50,000), about
// half still open across the default stages, the rest won or lost in the past year. Each deal's
// stage history walks the stages in order, so the funnel's conversion figures are meaningful.
// Returns how many opportunities it added.
Result<int> seedPipeline(Database &db, demo::Dice &dice, const std::function<QString(qint64)> &idAt,
                         const std::vector<SeededCustomer> &customers, qint64 todayMs);

} // namespace guanxi
