// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/users/User.h"
#include "core/util/Result.h"

#include <QDate>
#include <QString>

#include <vector>

namespace guanxi {

class Database;

// One customer's purchases in a window: the raw figures behind RFM, 80/20 and the tier proposals.
struct CustomerRevenue {
    QString customerId;
    QString name;
    QString ownerName;
    QDate lastDay;           // the last purchase in the window
    int purchaseDays = 0;    // days with a purchase in the window (one per day, as the models count)
    qint64 revenueMinor = 0; // the window's orders, net of nothing: refunds are separate orders
};

// The orders that count (not cancelled or deleted) of the customers the actor may see, in one
// currency, from `from` to `to` (both included), per customer. Customers without an order in the
// window are not in the list.
Result<std::vector<CustomerRevenue>> customerRevenue(Database &db, const Session &actor, const QDate &from,
                                                     const QDate &to, const QString &currency);

} // namespace guanxi
