// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QStringList>

namespace guanxi {

class Database;

// For a bulk load: the secondary indexes of some tables are dropped and built again once at the
// end, from sorted data, which is several times faster than updating them row by row. Call both
// inside the load's write transaction, so a failed or cancelled load leaves them as they were.
class DeferredIndexes {
public:
    explicit DeferredIndexes(Database &db)
        : m_db(db)
    {
    }

    Status drop(const QStringList &tables);
    Status rebuild();

private:
    Database &m_db;
    QStringList m_sql;
};

} // namespace guanxi
