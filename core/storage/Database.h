// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/MountCheck.h"
#include "core/util/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace guanxi {

// One open Guanxi database: a QSQLITE connection of its own (connections are per thread in Qt, so
// a worker thread opens its own Database on the same file), with the pragmas and the schema checked.
//
// Nothing here opens the file, its -wal, -shm or -journal other than through SQLite: a QFile open
// and close of the file in this process would drop every POSIX lock SQLite holds on it, and another
// process could then delete the WAL this one still writes into.
class Database {
public:
    enum class OpenMode {
        OpenExisting,    // refuse a missing or empty file
        CreateIfMissing, // init and "new database": a missing or empty file becomes a Guanxi database
        // Only to turn sharing on for a file reached over a network that is not shared yet: opened
        // as it is (no journal change, no migration), for SharedMode::turnOn and nothing else.
        ToShare,
    };
    enum class JournalMode {
        Wal,
        Rollback
    };

    // The page cache of every connection: 64 MiB (a negative cache_size is in KiB), so lists,
    // search and the indexes of a 100,000-customer file stay in memory once read.
    static constexpr int kCacheSizePragma = -65536;

    static Result<std::unique_ptr<Database>> open(const QString &path, OpenMode mode = OpenMode::OpenExisting);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &sql() { return m_db; }
    sqlite3 *handle() const;
    QString path() const { return m_path; }
    JournalMode journalMode() const { return m_journal; }
    bool isOnNetworkShare() const { return m_mount.network; }
    const MountInfo &mount() const { return m_mount; }
    // Marked shared in the file: every opener uses the rollback journal.
    bool isShared() const { return m_shared; }
    // Opened read-only: the file, its folder or its mount cannot be written, or the mount does not
    // pass locks on. Every write is refused with readOnlyReason().
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    // The error every write on a read-only database gets.
    Error readOnlyError() const;
    int schemaVersion() const;

    // Changes whenever another connection commits to the file; polling it is how views see the
    // edits of other users on a shared file without re-reading everything.
    qint64 dataVersion() const;

    // Records, after sharing was turned on or off, the mode this connection now runs in.
    void setSharedMode(bool shared);

    // True when the file sits on a network file system (SMB/CIFS, NFS, FUSE, ...).
    static bool isNetworkPath(const QString &path);

private:
    friend class WriteTransaction;
    friend class RowSavepoint;

    // The write transaction open on this connection, which inner WriteTransactions join.
    struct OpenWrite {
        int depth = 0;           // 0: none; 1: the outer one; more: joined inner ones
        bool partUndone = false; // an inner one that had written was rolled back
    };

    Database() = default;
    Status configure(bool creating);
    Status checkOwnership(bool creating);
    Status applyJournalMode();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    JournalMode m_journal = JournalMode::Wal;
    MountInfo m_mount;
    bool m_shared = false;
    QString m_readOnlyReason;
    OpenWrite m_openWrite;
};

} // namespace guanxi
