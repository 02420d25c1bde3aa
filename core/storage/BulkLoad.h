// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>

namespace guanxi {

class Database;

// For a transaction that writes a great deal (seeding, a large import): a page cache that holds
// the transaction's pages, so SQLite does not spill dirty pages to the journal midway (which
// costs more than the inserts), and sorts in memory. Back to the connection's normal settings on
// destruction.
class BulkLoad {
public:
    explicit BulkLoad(Database &db);
    ~BulkLoad();
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

private:
    QSqlQuery m_query;
};

} // namespace guanxi
