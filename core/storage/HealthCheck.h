// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QStringList>

namespace guanxi {

class Database;

struct HealthReport {
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    QString journalMode;
    QStringList problems;   // integrity_check and foreign_key_check findings; empty when healthy

    bool healthy() const { return problems.isEmpty(); }
};

// PRAGMA integrity_check and foreign_key_check, and the schema version, in one report.
namespace HealthCheck {
Result<HealthReport> run(Database &db);
}

} // namespace guanxi
