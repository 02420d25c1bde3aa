// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"

#include "storage/Migrator.h"
#include "storage/SqlError.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>

#include <sqlite3.h>

namespace guanxi {

namespace {

QAtomicInteger<quint64> s_connectionSerial;

Error openError(const QString &message, const QString &detail = {})
{
    return {ErrorCode::Storage, message, detail};
}

// SQLite opens lazily and happily "opens" any file; reading the header first gives a clear
// message for a file that is plainly not a database.
bool looksLikeSqlite(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return true;   // unreadable: let SQLite report it
    if (f.size() == 0)
        return true;   // an empty file is a valid empty database
    return f.read(16) == QByteArrayLiteral("SQLite format 3\0");
}

} // namespace

bool Database::isNetworkPath(const QString &path)
{
#ifdef Q_OS_WIN
    if (path.startsWith(QLatin1String("//")) || path.startsWith(QLatin1String("\\\\")))
        return true;
#endif
    const QStorageInfo info(QFileInfo(path).absolutePath());
    const QByteArray fs = info.fileSystemType().toLower();
    static const char *const network[] = {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs",
                                          "afs", "9p", "fuse.sshfs", "ncpfs", "davfs", "webdav"};
    for (const char *name : network) {
        if (fs == name)
            return true;
    }
    return false;
}

// Library-wide settings, which SQLite takes only before its first connection. Without memory
// statistics every allocation skips a global mutex (a twentieth of a bulk import's time); nothing
// here reads the statistics.
static void configureSqliteLibrary()
{
    static const bool once = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);   // SQLITE_MISUSE once initialised: then it stays on
        return true;
    }();
    Q_UNUSED(once);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    const QFileInfo info(path);
    if (path.isEmpty())
        return openError(QCoreApplication::translate("Storage", "No database file was given."));
    if (info.exists() && info.isDir())
        return openError(QCoreApplication::translate("Storage", "%1 is a folder, not a database file.")
                             .arg(QDir::toNativeSeparators(path)));
    if (!info.exists()) {
        if (mode == OpenMode::OpenExisting)
            return Error{ErrorCode::NotFound,
                         QCoreApplication::translate("Storage", "The database file %1 does not exist.")
                             .arg(QDir::toNativeSeparators(path)),
                         {}};
        if (!QDir().mkpath(info.absolutePath()))
            return openError(QCoreApplication::translate("Storage", "The folder %1 cannot be created.")
                                 .arg(QDir::toNativeSeparators(info.absolutePath())));
    } else {
        if (!info.isReadable())
            return openError(QCoreApplication::translate("Storage",
                                                         "The database file %1 cannot be read: "
                                                         "permission denied.")
                                 .arg(QDir::toNativeSeparators(path)));
        if (!looksLikeSqlite(path))
            return errorFromSqliteCode(SQLITE_NOTADB, QStringLiteral("bad header"));
        if (!info.isWritable())
            return errorFromSqliteCode(SQLITE_READONLY, QStringLiteral("file not writable"));
    }

    configureSqliteLibrary();
    std::unique_ptr<Database> db(new Database);
    db->m_path = info.absoluteFilePath();
    db->m_connectionName = QStringLiteral("guanxi-%1").arg(++s_connectionSerial);
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(db->m_path);
    // busy_timeout: wait for a colleague's short write transaction instead of failing at once.
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db->m_db.open())
        return toError(db->m_db.lastError());

    if (Status s = db->configure(); !s)
        return s.error();
    if (Status s = Migrator(*db).migrate(); !s)
        return s.error();
    return db;
}

Status Database::configure()
{
    QSqlQuery q(m_db);
    // Touch the file first so that "not a database" surfaces here with its own message.
    if (!q.exec(QStringLiteral("PRAGMA schema_version")))
        return toError(q);

    // A new file: larger pages mean fewer B-tree splits for our wide text keys (UUIDs, names);
    // measured about 5 % faster per 4 KiB step on bulk writes (docs/PERFORMANCE.md).
    if (q.exec(QStringLiteral("PRAGMA page_count")) && q.next() && q.value(0).toLongLong() == 0)
        q.exec(QStringLiteral("PRAGMA page_size=16384"));
    m_networkShare = isNetworkPath(m_path);
    m_journal = m_networkShare ? JournalMode::Rollback : JournalMode::Wal;
    const QString journal = m_networkShare ? QStringLiteral("DELETE") : QStringLiteral("WAL");
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=") + journal))
        return toError(q);
    // WAL with synchronous=NORMAL is durable against application crashes and keeps the database
    // consistent across power loss; the rollback journal on a share keeps FULL.
    const QString sync = m_networkShare ? QStringLiteral("FULL") : QStringLiteral("NORMAL");
    for (const QString &pragma : QStringList{QStringLiteral("PRAGMA foreign_keys=ON"),
                                  QStringLiteral("PRAGMA busy_timeout=5000"),
                                  QStringLiteral("PRAGMA cache_size=%1").arg(kCacheSizePragma),
                                  QString(QStringLiteral("PRAGMA synchronous=") + sync)}) {
        if (!q.exec(pragma))
            return toError(q);
    }
    return {};
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

sqlite3 *Database::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

qint64 Database::dataVersion() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace guanxi
