// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/FileHeader.h"

#include "core/storage/SqlError.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cstdlib>

namespace guanxi {

namespace {

constexpr int kHeaderSize = 100;

quint32 bigEndian32(const QByteArray &b, int at)
{
    return (quint32(quint8(b[at])) << 24) | (quint32(quint8(b[at + 1])) << 16) | (quint32(quint8(b[at + 2])) << 8)
        | quint32(quint8(b[at + 3]));
}

} // namespace

FileHeader FileHeader::parse(const QByteArray &first100, qint64 size)
{
    FileHeader h;
    h.exists = true;
    h.size = size;
    if (first100.size() < kHeaderSize || !first100.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return h;
    h.isSqlite = true;
    // Offsets from SQLite's file format: 16 page size (1 means 65536), 18/19 write/read format
    // versions (2 = WAL), 60 user_version, 68 application_id; all big-endian.
    const int rawPage = (quint8(first100[16]) << 8) | quint8(first100[17]);
    h.pageSize = rawPage == 1 ? 65536 : rawPage;
    h.wal = quint8(first100[18]) == 2 || quint8(first100[19]) == 2;
    h.userVersion = static_cast<qint32>(bigEndian32(first100, 60));
    h.applicationId = bigEndian32(first100, 68);
    return h;
}

Result<FileHeader> FileHeader::read(const QString &path)
{
    // exists() is a stat: no descriptor is opened, so no lock can be lost.
    if (!QFileInfo::exists(path))
        return FileHeader{};
    sqlite3_initialize();
    sqlite3_vfs *vfs = sqlite3_vfs_find(nullptr);
    // The unix VFS keeps the pointer to the name for as long as the file is open.
    const QByteArray name = QFile::encodeName(QFileInfo(path).absoluteFilePath());
    auto *file = static_cast<sqlite3_file *>(std::calloc(1, static_cast<size_t>(vfs->szOsFile)));
    int outFlags = 0;
    int rc = vfs->xOpen(vfs, name.constData(), file, SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_READONLY, &outFlags);
    if (rc != SQLITE_OK) {
        if (file->pMethods)
            file->pMethods->xClose(file);
        std::free(file);
        return errorFromSqliteCode(rc, QStringLiteral("cannot open %1 to read its header").arg(path));
    }
    sqlite3_int64 size = 0;
    rc = file->pMethods->xFileSize(file, &size);
    QByteArray first(kHeaderSize, '\0');
    if (rc == SQLITE_OK && size > 0) {
        rc = file->pMethods->xRead(file, first.data(), kHeaderSize, 0);
        if (rc == SQLITE_IOERR_SHORT_READ)
            rc = SQLITE_OK; // shorter than a header: zero-filled, so "not SQLite" below
    }
    file->pMethods->xClose(file);
    std::free(file);
    if (rc != SQLITE_OK)
        return errorFromSqliteCode(rc, QStringLiteral("cannot read the header of %1").arg(path));
    return parse(size > 0 ? first : QByteArray(), size);
}

} // namespace guanxi
