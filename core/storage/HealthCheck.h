// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QStringList>

namespace guanxi {

class Database;

struct HealthReport {
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    QString journalMode;
    QStringList problems; // integrity_check and foreign_key_check findings; empty when healthy

    bool healthy() const { return problems.isEmpty(); }
};

// PRAGMA integrity_check and foreign_key_check, and the schema version, in one report.
namespace HealthCheck {
Result<HealthReport> run(Database &db);
// PRAGMA quick_check alone, table by table: every page of every table and index read, no index
// compared with its table. What runs in the background after opening, to find damage in pages
// nothing has read yet.
Result<QStringList> quickProblems(Database &db);
} // namespace HealthCheck

} // namespace guanxi
