// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QString>

#include <functional>

namespace guanxi {

class Database;

// The demo company's catalogue: office IT and its services, with list prices, costs, floor prices
// and the VAT rates that apply (13 % goods, 6 % services). Returns how many products it added.
Result<int> seedShowroom(Database &db, const std::function<QString(qint64)> &idAt, qint64 atMs, const QString &adminId);

} // namespace guanxi
