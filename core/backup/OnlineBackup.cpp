// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backup/OnlineBackup.h"

#include "core/storage/Database.h"
#include "core/storage/FileHeader.h"
#include "core/storage/HealthCheck.h"
#include "core/storage/SqlError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

namespace guanxi::OnlineBackup {

namespace {

constexpr int kPagesPerStep = 256;

struct SqliteCloser {
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};

Error cancelled()
{
    return {ErrorCode::Cancelled, QCoreApplication::translate("Backup", "Cancelled; nothing was changed."), {}};
}

// Runs a backup from `from` into `to` in steps, reporting pages done.
Status copyPages(sqlite3 *to, sqlite3 *from, const ProgressFn &progress)
{
    sqlite3_backup *b = sqlite3_backup_init(to, "main", from, "main");
    if (!b)
        return errorFromSqliteCode(sqlite3_errcode(to), QString::fromUtf8(sqlite3_errmsg(to)));
    int rc = SQLITE_OK;
    bool stopped = false;
    do {
        rc = sqlite3_backup_step(b, kPagesPerStep);
        const int total = sqlite3_backup_pagecount(b);
        if (!reportProgress(progress, total - sqlite3_backup_remaining(b), total)) {
            stopped = true;
            break;
        }
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    const int finish = sqlite3_backup_finish(b);
    if (stopped)
        return cancelled();
    if (rc != SQLITE_DONE)
        return errorFromSqliteCode(rc, QString::fromUtf8(sqlite3_errstr(rc)));
    if (finish != SQLITE_OK)
        return errorFromSqliteCode(finish, QString::fromUtf8(sqlite3_errstr(finish)));
    return {};
}

// Opens `path` with SQLite alone (no schema check, no migration): the far side of a copy.
Result<std::unique_ptr<sqlite3, SqliteCloser>> openRaw(const QString &path, int flags)
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    std::unique_ptr<sqlite3, SqliteCloser> db(raw);
    if (rc != SQLITE_OK)
        return errorFromSqliteCode(rc, QString::fromUtf8(sqlite3_errstr(rc)));
    sqlite3_busy_timeout(db.get(), 5000);
    return db;
}

// Copies every page of `from` into a new file at `path`, a single file in the rollback journal
// marked as a private Guanxi file (a copy is one person's until it is shared again).
Status copyToNewFile(sqlite3 *from, const QString &path, const ProgressFn &progress)
{
    auto out = openRaw(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!out)
        return out.error();
    Status s = copyPages(out->get(), from, progress);
    if (s) {
        const QByteArray settle =
            "PRAGMA journal_mode=DELETE; PRAGMA application_id=" + QByteArray::number(FileHeader::kPrivateId) + ";";
        sqlite3_exec(out->get(), settle.constData(), nullptr, nullptr, nullptr);
    }
    return s;
}

bool samePlace(const QString &a, const QString &b)
{
    const QFileInfo x(a), y(b);
    if (x.absoluteFilePath() == y.absoluteFilePath())
        return true;
    return x.exists() && y.exists() && x.canonicalFilePath() == y.canonicalFilePath();
}

} // namespace

Status backupTo(Database &db, const QString &destPath, const ProgressFn &progress)
{
    const QFileInfo dest(destPath);
    if (samePlace(destPath, db.path()))
        return Error{ErrorCode::Invalid,
                     QCoreApplication::translate("Backup", "A backup cannot replace the database itself."),
                     {}};
    if (!QDir().mkpath(dest.absolutePath()))
        return Error{ErrorCode::Storage,
                     QCoreApplication::translate("Backup", "The folder %1 cannot be created.")
                         .arg(QDir::toNativeSeparators(dest.absolutePath())),
                     {}};
    // Write beside the target and rename at the end, so a failed backup never destroys an older
    // good one of the same name. The partial file and the old backup are never the live database
    // (checked above), so removing them cannot touch a file this process has open in SQLite.
    const QString partial = dest.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(partial);
    if (Status s = copyToNewFile(db.handle(), partial, progress); !s) {
        QFile::remove(partial);
        return s;
    }
    QFile::remove(dest.absoluteFilePath());
    if (!QFile::rename(partial, dest.absoluteFilePath())) {
        QFile::remove(partial);
        return Error{ErrorCode::Storage,
                     QCoreApplication::translate("Backup", "The backup file %1 cannot be written.")
                         .arg(QDir::toNativeSeparators(dest.absoluteFilePath())),
                     {}};
    }
    return {};
}

Status restoreFrom(Database &db, const QString &sourcePath, const ProgressFn &progress)
{
    if (!QFileInfo::exists(sourcePath))
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("Backup", "The backup file %1 does not exist.")
                         .arg(QDir::toNativeSeparators(sourcePath)),
                     {}};
    if (samePlace(sourcePath, db.path()))
        return Error{ErrorCode::Invalid,
                     QCoreApplication::translate("Backup", "The database cannot be restored from itself."),
                     {}};
    if (db.isReadOnly())
        return db.readOnlyError();
    // The backup must be a Guanxi file before anything is copied (another program's file is
    // refused, not converted); its header is read through SQLite, like the live file's.
    Result<FileHeader> header = FileHeader::read(sourcePath);
    if (!header)
        return header.error();
    if (!header->isSqlite || (header->applicationId != 0 && !header->isGuanxi()))
        return Error{ErrorCode::ForeignFile,
                     QCoreApplication::translate("Backup", "%1 is not a Guanxi backup; nothing was restored.")
                         .arg(QDir::toNativeSeparators(sourcePath)),
                     {}};
    // Work on a copy made through SQLite: opening it brings an older backup up to the current
    // schema, and the user's backup file stays as it was.
    QTemporaryDir staging(QFileInfo(db.path()).absolutePath() + QStringLiteral("/.restore-XXXXXX"));
    if (!staging.isValid())
        return Error{ErrorCode::Storage,
                     QCoreApplication::translate("Backup", "No room to prepare the restore beside %1.")
                         .arg(QDir::toNativeSeparators(db.path())),
                     {}};
    const QString staged = staging.filePath(QStringLiteral("restore.sqlite3"));
    {
        auto source = openRaw(sourcePath, SQLITE_OPEN_READONLY);
        Status copied = source ? copyToNewFile(source->get(), staged, {}) : Status(source.error());
        if (!copied)
            return Error{ErrorCode::Corrupt,
                         QCoreApplication::translate("Backup", "The backup %1 cannot be read.")
                             .arg(QDir::toNativeSeparators(sourcePath)),
                         copied.error().message};
    }
    Result<std::unique_ptr<Database>> source = Database::open(staged, Database::OpenMode::OpenExisting);
    if (!source)
        return source.error();
    Result<HealthReport> health = HealthCheck::run(**source);
    if (!health)
        return health.error();
    if (!health->healthy())
        return Error{ErrorCode::Corrupt,
                     QCoreApplication::translate("Backup", "The backup %1 is damaged and was not restored.")
                         .arg(QDir::toNativeSeparators(sourcePath)),
                     health->problems.join(QLatin1Char('\n'))};
    // The backup API replaces the destination in one write transaction: cancelled or failed, the
    // live database keeps its old contents. The copied header carries the backup's mark; the live
    // file keeps its own (shared or not).
    if (Status s = copyPages(db.handle(), (*source)->handle(), progress); !s)
        return s;
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("PRAGMA application_id=%1")
                    .arg(db.isShared() ? FileHeader::kSharedId : FileHeader::kPrivateId)))
        return toError(q);
    return {};
}

} // namespace guanxi::OnlineBackup
