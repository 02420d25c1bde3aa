// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"

#include "core/storage/FileHeader.h"
#include "core/storage/Migrator.h"
#include "core/storage/SqlError.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace guanxi {

namespace {

QAtomicInteger<quint64> s_connectionSerial;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Error openError(const QString &message, const QString &detail = {})
{
    return {ErrorCode::Storage, message, detail};
}

Error foreignFile(const QString &path, const QString &detail)
{
    return {
        ErrorCode::ForeignFile,
        QCoreApplication::translate(
            "Storage", "%1 is a database of another program, not a Guanxi database. Guanxi does not open or change it.")
            .arg(native(path)),
        detail};
}

Error emptyFile(const QString &path)
{
    return {ErrorCode::EmptyFile,
            QCoreApplication::translate(
                "Storage",
                "%1 is empty: it is not a Guanxi database yet. Create one there with \"guanxi-cli init\" or the "
                "app's \"New database\".")
                .arg(native(path)),
            {}};
}

// Why the file must be opened read-only, or nothing when it may be written.
QString readOnlyReasonFor(const QFileInfo &info, const MountInfo &mount)
{
    if (mount.readOnly)
        return QCoreApplication::translate("Storage", "the folder is on a read-only mount (%1)")
            .arg(native(mount.mountPoint));
    // isWritable() asks access(2): no descriptor is opened.
    if (info.exists() && !info.isWritable())
        return QCoreApplication::translate("Storage", "the file is read-only");
    if (!QFileInfo(info.absolutePath()).isWritable())
        return QCoreApplication::translate(
            "Storage", "its folder cannot be written, and SQLite keeps its journal beside the file");
    if (!mount.locksTrusted)
        return mount.reason;
    return {};
}

// Library-wide settings, which SQLite takes only before its first connection. Without memory
// statistics every allocation skips a global mutex (a twentieth of a bulk import's time); nothing
// here reads the statistics.
void configureSqliteLibrary()
{
    static const bool once = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); // SQLITE_MISUSE once initialised: then it stays on
        return true;
    }();
    Q_UNUSED(once);
}

} // namespace

bool Database::isNetworkPath(const QString &path)
{
    return MountInfo::forPath(path).network;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    if (path.isEmpty())
        return openError(QCoreApplication::translate("Storage", "No database file was given."));
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return openError(
            QCoreApplication::translate("Storage", "%1 is a folder, not a database file.").arg(native(path)));
    // isReadable() asks access(2): no descriptor is opened.
    if (info.exists() && !info.isReadable())
        return openError(
            QCoreApplication::translate("Storage", "The database file %1 cannot be read: permission denied.")
                .arg(native(path)));
    configureSqliteLibrary();
    Result<FileHeader> header = FileHeader::read(path);
    if (!header)
        return header.error();
    const bool creating = mode == OpenMode::CreateIfMissing && (!header->exists || header->isEmpty());
    if (!header->exists) {
        if (mode != OpenMode::CreateIfMissing)
            return Error{
                ErrorCode::NotFound,
                QCoreApplication::translate("Storage", "The database file %1 does not exist.").arg(native(path)),
                {}};
        if (!QDir().mkpath(info.absolutePath()))
            return openError(QCoreApplication::translate("Storage", "The folder %1 cannot be created.")
                                 .arg(native(info.absolutePath())));
    } else if (header->isEmpty()) {
        if (mode != OpenMode::CreateIfMissing)
            return emptyFile(info.absoluteFilePath());
    } else {
        if (!header->isSqlite)
            return errorFromSqliteCode(SQLITE_NOTADB, QStringLiteral("bad header"));
        if (header->applicationId != 0 && !header->isGuanxi())
            return foreignFile(path, QStringLiteral("application_id %1").arg(header->applicationId));
    }

    std::unique_ptr<Database> db(new Database);
    db->m_path = info.absoluteFilePath();
    db->m_mount = MountInfo::forPath(db->m_path);
    db->m_readOnlyReason = readOnlyReasonFor(info, db->m_mount);
    if (creating && db->isReadOnly())
        return Error{ErrorCode::ReadOnly,
                     QCoreApplication::translate("Storage", "A new database cannot be made at %1: %2.")
                         .arg(native(path), db->m_readOnlyReason),
                     {}};
    // Over a network, WAL puts its shared-memory index on the share, which SQLite says corrupts;
    // a file that is not marked shared may also be switched to WAL at any time by the computer
    // whose disk holds it. Such a file is opened only once it is shared.
    const bool remote = db->m_mount.network || !db->m_mount.locksTrusted;
    const bool toShare = mode == OpenMode::ToShare && db->m_mount.locksTrusted;
    if (remote && !toShare && header->exists && !header->isEmpty() && (header->wal || !header->isShared())) {
        QString message =
            QCoreApplication::translate("Storage",
                                        "%1 is on a network share (%2) but is set up for one computer only. Opened "
                                        "from several computers like this, it could be damaged.")
                .arg(native(path), db->m_mount.fsType);
        if (db->m_mount.locksTrusted)
            message += QLatin1Char(' ')
                + QCoreApplication::translate(
                           "Storage",
                           "Turn sharing on for it first: Settings → \"Share this database with colleagues\", or "
                           "\"guanxi-cli share on\".");
        else
            message += QLatin1Char(' ')
                + QCoreApplication::translate(
                      "Storage",
                      "It cannot be shared from here either: %1. Open it on the computer whose disk holds it, "
                      "or use server sync for a team.")
                      .arg(db->m_mount.reason);
        return Error{db->m_mount.locksTrusted ? ErrorCode::NeedsSharing : ErrorCode::ReadOnly, message, {}};
    }

    db->m_connectionName = QStringLiteral("guanxi-%1").arg(++s_connectionSerial);
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(db->m_path);
    // busy_timeout: wait for a colleague's short write transaction instead of failing at once.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (db->isReadOnly())
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db->m_db.setConnectOptions(options);
    if (!db->m_db.open())
        return toError(db->m_db.lastError());
    // Extended result codes tell an unfinished save met by a read-only opener, or a full disk on
    // a share, from other failures (SqlError reads them).
    sqlite3_extended_result_codes(db->handle(), 1);

    if (Status s = toShare ? db->checkOwnership(false) : db->configure(creating); !s) {
        Error e = s.error();
        // Whatever went wrong, a file opened read-only says why it was (a torn read through a
        // mount that hides colleagues' locks looks like damage).
        if (db->isReadOnly() && !e.message.contains(db->m_readOnlyReason))
            e.message += QLatin1Char(' ')
                + QCoreApplication::translate("Storage", "(Opened read-only: %1.)").arg(db->m_readOnlyReason);
        return e;
    }
    return db;
}

// Whose file this is, asked of SQLite (the header read before opening may be older than the WAL).
Status Database::checkOwnership(bool creating)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return toError(q);
    const quint32 id = static_cast<quint32>(q.value(0).toLongLong());
    q.finish();
    if (id == FileHeader::kPrivateId || id == FileHeader::kSharedId) {
        m_shared = id == FileHeader::kSharedId;
        return {};
    }
    if (id != 0)
        return foreignFile(m_path, QStringLiteral("application_id %1").arg(id));
    // No mark: a new file, or one written by Guanxi before files were marked (it has Guanxi's
    // tables and a schema version Guanxi knows).
    QSet<QString> tables;
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'")))
        return toError(q);
    while (q.next())
        tables.insert(q.value(0).toString());
    q.finish();
    if (tables.isEmpty())
        return creating ? Status() : Status(emptyFile(m_path));
    const int version = schemaVersion();
    const bool ours = version >= 1 && version <= Migrator::latestVersion() && tables.contains(QStringLiteral("users"))
        && tables.contains(QStringLiteral("customers")) && tables.contains(QStringLiteral("db_settings"));
    if (!ours)
        return foreignFile(
            m_path, QStringLiteral("tables: %1").arg(QStringList(tables.begin(), tables.end()).join(QLatin1Char(' '))));
    return {};
}

Status Database::configure(bool creating)
{
    QSqlQuery q(m_db);
    // Touch the file first so that "not a database" surfaces here with its own message.
    if (!q.exec(QStringLiteral("PRAGMA schema_version")))
        return toError(q);
    q.finish();
    if (Status s = checkOwnership(creating); !s)
        return s;

    for (const QString &pragma :
         QStringList{QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA busy_timeout=5000"),
                     QStringLiteral("PRAGMA cache_size=%1").arg(kCacheSizePragma)}) {
        if (!q.exec(pragma))
            return toError(q);
    }
    if (isReadOnly()) {
        // Nothing is changed: the journal mode stays what the file says, the schema is not migrated.
        if (!q.exec(QStringLiteral("PRAGMA journal_mode")) || !q.next())
            return toError(q);
        m_journal = q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0
            ? JournalMode::Wal
            : JournalMode::Rollback;
        q.finish();
        const int version = schemaVersion();
        if (version > Migrator::latestVersion())
            return Migrator(*this).migrate(); // says "written by a newer Guanxi"
        if (version < Migrator::latestVersion())
            return Error{ErrorCode::ReadOnly,
                         QCoreApplication::translate(
                             "Storage",
                             "%1 was written by an older Guanxi and must be updated before it can be read, but it "
                             "is open read-only (%2).")
                             .arg(native(m_path), m_readOnlyReason),
                         {}};
        return {};
    }

    // A new file: larger pages mean fewer B-tree splits for our wide text keys (UUIDs, names);
    // measured about 5 % faster per 4 KiB step on bulk writes (docs/PERFORMANCE.md).
    if (q.exec(QStringLiteral("PRAGMA page_count")) && q.next() && q.value(0).toLongLong() == 0)
        q.exec(QStringLiteral("PRAGMA page_size=16384"));
    q.finish();
    // A file made over a network is shared from the start.
    if (creating && m_mount.network)
        m_shared = true;
    if (Status s = applyJournalMode(); !s)
        return s;
    if (m_mount.network) {
        // Over a share, a lock that the server refuses would only show at the first save. Busy is
        // fine: a colleague holds the lock, so locks work.
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")) && toError(q).code != ErrorCode::Busy)
            return Error{
                ErrorCode::Storage,
                QCoreApplication::translate(
                    "Storage", "The share holding %1 refused a file lock, so Guanxi cannot write to it safely.")
                    .arg(native(m_path)),
                q.lastError().text()};
        q.exec(QStringLiteral("ROLLBACK"));
    }
    if (Status s = Migrator(*this).migrate(); !s)
        return s;
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return toError(q);
    const bool unmarked = q.value(0).toLongLong() == 0;
    q.finish();
    if (unmarked
        && !q.exec(
            QStringLiteral("PRAGMA application_id=%1").arg(m_shared ? FileHeader::kSharedId : FileHeader::kPrivateId)))
        return toError(q);
    return {};
}

Status Database::applyJournalMode()
{
    QSqlQuery q(m_db);
    const QString wanted = m_shared ? QStringLiteral("delete") : QStringLiteral("wal");
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=") + wanted) || !q.next())
        return toError(q);
    const QString got = q.value(0).toString().toLower();
    q.finish();
    if (got != wanted) {
        // Leaving WAL needs every other connection closed: a shared file still in WAL means a
        // colleague opened it just as sharing was being turned on.
        return Error{ErrorCode::Busy,
                     QCoreApplication::translate(
                         "Storage",
                         "%1 is being switched to shared mode while someone still has it open. Ask everyone to "
                         "close Guanxi, then open it again.")
                         .arg(native(m_path)),
                     QStringLiteral("journal_mode %1, wanted %2").arg(got, wanted)};
    }
    m_journal = m_shared ? JournalMode::Rollback : JournalMode::Wal;
    // WAL with synchronous=NORMAL is durable against application crashes and keeps the database
    // consistent across power loss; the rollback journal of a shared file keeps FULL.
    if (!q.exec(m_shared ? QStringLiteral("PRAGMA synchronous=FULL") : QStringLiteral("PRAGMA synchronous=NORMAL")))
        return toError(q);
    return {};
}

Error Database::readOnlyError() const
{
    return {ErrorCode::ReadOnly,
            QCoreApplication::translate("Storage", "This database is open read-only (%1); nothing was saved.")
                .arg(m_readOnlyReason),
            {}};
}

void Database::setSharedMode(bool shared)
{
    m_shared = shared;
    m_journal = shared ? JournalMode::Rollback : JournalMode::Wal;
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
