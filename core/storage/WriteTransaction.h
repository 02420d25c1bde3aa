// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

namespace guanxi {

class Database;

// A write transaction that takes the write lock at once (BEGIN IMMEDIATE) and rolls back unless
// committed. Qt's QSqlDatabase::transaction() issues a deferred BEGIN, whose later lock upgrade
// fails with SQLITE_BUSY under concurrent writers instead of waiting on busy_timeout.
//
// Busy is retried: SQLite's own busy handler waits up to busy_timeout, and then a few more tries
// follow after a random pause, so that writers who all timed out together do not collide again in
// step. A read-only database refuses to begin, with the reason it is read-only.
class [[nodiscard]] WriteTransaction {
public:
    explicit WriteTransaction(Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Status begin();
    Status commit();
    void rollback();

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace guanxi
