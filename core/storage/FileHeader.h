// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QString>

namespace guanxi {

// What the first 100 bytes of a database file say, read through SQLite's own file layer (its VFS)
// rather than QFile: SQLite keeps every descriptor of a file it has locked open until the locks are
// gone, so reading the header this way never drops the locks of a connection this process holds
// (a QFile open and close would: POSIX locks belong to the process, and any close releases them).
struct FileHeader {
    // Guanxi's marks in PRAGMA application_id: a file used by one person, and one a team shares
    // (every opener then uses the rollback journal, whatever path it came by). Both read "GXC…".
    static constexpr quint32 kPrivateId = 0x47584352; // "GXCR"
    static constexpr quint32 kSharedId = 0x47584353;  // "GXCS"

    bool exists = false;
    qint64 size = 0;
    bool isSqlite = false; // starts with "SQLite format 3\0"
    bool wal = false;      // the file format bytes say WAL (2) rather than the rollback journal (1)
    int pageSize = 0;
    quint32 applicationId = 0;
    qint32 userVersion = 0;

    bool isEmpty() const { return exists && size == 0; }
    bool isGuanxi() const { return applicationId == kPrivateId || applicationId == kSharedId; }
    bool isShared() const { return applicationId == kSharedId; }

    // Reads the header of `path`; a missing file gives exists = false, not an error.
    static Result<FileHeader> read(const QString &path);
    // The same from 100 bytes already read (the parser, for tests and fuzzing).
    static FileHeader parse(const QByteArray &first100, qint64 size);
};

} // namespace guanxi
