// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/users/User.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <array>

namespace guanxi {

class Database;

// When a customer counts as dormant (沉睡客户), by importance tier (normal, important, VIP): no
// touch point for contactDays, or — for a customer who has ordered before — no order for
// orderDays. Kept in the database, so a team works by the same rules; managers set them.
struct DormancyRules {
    std::array<int, 3> contactDays{90, 60, 30};
    std::array<int, 3> orderDays{365, 180, 90};
};

class WorkbenchRules {
    Q_DECLARE_TR_FUNCTIONS(WorkbenchRules)
public:
    explicit WorkbenchRules(Database &db)
        : m_db(db)
    {
    }

    Result<DormancyRules> dormancy();
    Status setDormancy(const Session &actor, const DormancyRules &rules);

private:
    Database &m_db;
};

} // namespace guanxi
