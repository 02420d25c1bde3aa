// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <type_traits>

namespace guanxi {

class Database;

// A write transaction that takes the write lock at once (BEGIN IMMEDIATE) and rolls back unless
// committed. Qt's QSqlDatabase::transaction() issues a deferred BEGIN, whose later lock upgrade
// fails with SQLITE_BUSY under concurrent writers instead of waiting on busy_timeout.
//
// Busy is retried: SQLite's own busy handler waits up to busy_timeout, and then a few more tries
// follow after a random pause, so that writers who all timed out together do not collide again in
// step. A read-only database refuses to begin, with the reason it is read-only.
//
// Transactions nest by joining: one begun while another is open on the same Database becomes part
// of it (as in Akonadi's storage), so a service's create() can be called alone or inside a larger
// change, such as a lead's conversion. An inner commit() leaves the saving to the outer one. An
// inner rollback() after the inner one wrote something cannot undo only its own part (SQLite has no
// cheap way to), so the outer commit() then refuses and rolls everything back; an inner one that
// failed before writing, as validation does, costs the outer nothing. Savepoints would undo the
// inner part alone but copy every page it touches, which imports cannot afford per row.
class [[nodiscard]] WriteTransaction {
    Q_DECLARE_TR_FUNCTIONS(WriteTransaction)

public:
    explicit WriteTransaction(Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Status begin();
    Status commit();
    void rollback();

    // Part of a transaction begun earlier on the same Database.
    bool isJoined() const { return m_joined; }

private:
    Database &m_db;
    bool m_active = false;
    bool m_joined = false;
    qint64 m_changesAtBegin = 0; // sqlite3_total_changes64() when a joined one began
};

// Runs body (returning a Status or a Result<T>) inside one write transaction and commits when it
// succeeded. A failed begin, body or commit comes back as the error, with nothing of this
// transaction's part written: every service write is this one shape, so none opens or commits by
// hand and none can forget to.
template <typename Body> auto inWriteTransaction(Database &db, Body &&body) -> std::invoke_result_t<Body>
{
    WriteTransaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto result = body();
    if (!result)
        return result;
    if (Status s = tx.commit(); !s)
        return s.error();
    return result;
}

// A savepoint inside the open WriteTransaction, made again and again for one row at a time (an
// import that takes back a row the database refuses): what is taken back with rollbackTo() no
// longer spoils the outer commit, even when an inner transaction wrote part of it.
class RowSavepoint {
public:
    RowSavepoint(Database &db, const QString &name);
    Status begin();
    Status release();
    Status rollbackTo();

private:
    Database &m_db;
    QSqlQuery m_begin, m_release, m_rollbackTo;
    bool m_partUndoneBefore = false;
};

} // namespace guanxi
