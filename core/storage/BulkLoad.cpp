// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/BulkLoad.h"

#include "core/storage/Database.h"

namespace guanxi {

BulkLoad::BulkLoad(Database &db)
    : m_query(db.sql())
{
    m_query.exec(QStringLiteral("PRAGMA cache_size=-524288")); // 512 MiB, used only as far as needed
    m_query.exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
}

BulkLoad::~BulkLoad()
{
    m_query.exec(QStringLiteral("PRAGMA cache_size=%1").arg(Database::kCacheSizePragma));
    m_query.exec(QStringLiteral("PRAGMA temp_store=DEFAULT"));
}

} // namespace guanxi
