// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QStringList>

namespace guanxi {

class Database;

// Forward-only schema migrations, shipped as resources under :/guanxi/migrations/<N>/*.sql.
// The schema version the program knows is the highest folder number, so there is no constant to
// forget when a migration is added. All pending steps run in one transaction and set
// PRAGMA user_version: a failure leaves the file exactly as it was.
//
// Adding a migration: create migrations/<N+1>/, put the SQL there (files run in name order),
// list the files in core/CMakeLists.txt, and keep a fixture of version N in tests/core/fixtures
// so the upgrade path stays tested.
class Migrator {
public:
    explicit Migrator(Database &db)
        : m_db(db)
    {
    }

    static int latestVersion();
    Status migrate();

private:
    static QStringList scriptsFor(int version);
    Database &m_db;
};

} // namespace guanxi
