// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/OnlineBackup.h"

#include "storage/Database.h"
#include "storage/HealthCheck.h"
#include "storage/SqlError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

} // namespace

Status backupTo(Database &db, const QString &destPath, const ProgressFn &progress)
{
    const QFileInfo dest(destPath);
    if (dest.absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath())
        return Error{ErrorCode::Invalid,
                     QCoreApplication::translate("Backup", "A backup cannot replace the database itself."), {}};
    if (!QDir().mkpath(dest.absolutePath()))
        return Error{ErrorCode::Storage,
                     QCoreApplication::translate("Backup", "The folder %1 cannot be created.")
                         .arg(QDir::toNativeSeparators(dest.absolutePath())), {}};
    // Write beside the target and rename at the end, so a failed backup never destroys an older
    // good one of the same name.
    const QString partial = dest.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(partial);
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(partial).constData(), &raw,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    std::unique_ptr<sqlite3, SqliteCloser> out(raw);
    if (rc != SQLITE_OK)
        return errorFromSqliteCode(rc, QString::fromUtf8(sqlite3_errstr(rc)));
    Status s = copyPages(out.get(), db.handle(), progress);
    // The copy keeps the source's journal mode in its header; a backup file is a single file.
    if (s)
        sqlite3_exec(out.get(), "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    out.reset();
    if (!s) {
        QFile::remove(partial);
        return s;
    }
    QFile::remove(dest.absoluteFilePath());
    if (!QFile::rename(partial, dest.absoluteFilePath())) {
        QFile::remove(partial);
        return Error{ErrorCode::Storage,
                     QCoreApplication::translate("Backup", "The backup file %1 cannot be written.")
                         .arg(QDir::toNativeSeparators(dest.absoluteFilePath())), {}};
    }
    return {};
}

Status restoreFrom(Database &db, const QString &sourcePath, const ProgressFn &progress)
{
    if (!QFileInfo::exists(sourcePath))
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("Backup", "The backup file %1 does not exist.")
                         .arg(QDir::toNativeSeparators(sourcePath)), {}};
    // Work on a copy: opening it brings an older backup up to the current schema, and the user's
    // backup file stays as it was.
    QTemporaryDir staging(QFileInfo(db.path()).absolutePath() + QStringLiteral("/.restore-XXXXXX"));
    const QString staged = staging.filePath(QStringLiteral("restore.sqlite3"));
    if (!staging.isValid() || !QFile::copy(sourcePath, staged))
        return Error{ErrorCode::Storage,
                     QCoreApplication::translate("Backup", "The backup %1 cannot be read.")
                         .arg(QDir::toNativeSeparators(sourcePath)), {}};
    QFile(staged).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
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
    // live database keeps its old contents.
    return copyPages(db.handle(), (*source)->handle(), progress);
}

} // namespace guanxi::OnlineBackup
