// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QString>

namespace guanxi {

class Database;

// Settings that belong to the database, shared by everyone who opens it (db_settings).
namespace dbsettings {
Result<QString> value(Database &db, const QString &key, const QString &fallback = {});
Status setValue(Database &db, const QString &key, const QString &value);
} // namespace dbsettings

} // namespace guanxi
