// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workbench/WorkbenchRules.h"

#include <QDate>
#include <QString>

class QSqlQuery;

namespace guanxi {

// The dormant-customer query shared by a salesperson's panel and the manager's count per person:
// columns id, name, touched (UTC ms of the last touch point, or creation), last_order (yyyy-MM-dd
// or NULL), tier, owner_id. `ownerCondition` is a condition on `c.owner_id` whose values are bound
// first; bindCutoffs() binds the rest.
QString dormantCustomersSql(const QString &ownerCondition);
void bindDormancyCutoffs(QSqlQuery &q, const DormancyRules &rules, qint64 nowMs, const QDate &today);

} // namespace guanxi
