// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace guanxi {

// One open Guanxi database: a QSQLITE connection of its own (connections are per thread in Qt, so
// a worker thread opens its own Database on the same file), with the pragmas and the schema checked.
class Database {
public:
    enum class OpenMode {
        OpenExisting,   // refuse a missing file
        CreateIfMissing,
    };
    enum class JournalMode { Wal, Rollback };

    // The page cache of every connection: 64 MiB (a negative cache_size is in KiB), so lists,
    // search and the indexes of a 100,000-customer file stay in memory once read.
    static constexpr int kCacheSizePragma = -65536;

    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  OpenMode mode = OpenMode::OpenExisting);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &sql() { return m_db; }
    sqlite3 *handle() const;
    QString path() const { return m_path; }
    JournalMode journalMode() const { return m_journal; }
    bool isOnNetworkShare() const { return m_networkShare; }
    int schemaVersion() const;

    // Changes whenever another connection commits to the file; polling it is how views see the
    // edits of other users on a shared file without re-reading everything.
    qint64 dataVersion() const;

    // True when the file sits on a network file system (SMB/CIFS, NFS, ...), where WAL's shared
    // memory cannot work and the rollback journal must be used.
    static bool isNetworkPath(const QString &path);

private:
    Database() = default;
    Status configure();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    JournalMode m_journal = JournalMode::Wal;
    bool m_networkShare = false;
};

} // namespace guanxi
