// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SqlError.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cerrno>

namespace guanxi {

Error errorFromSqliteCode(int code, const QString &detail, int systemErrno)
{
    // Extended codes (turned on for every connection) that need their own words.
    switch (code) {
    case SQLITE_READONLY_ROLLBACK:
    case SQLITE_READONLY_RECOVERY:
        return {
            ErrorCode::ReadOnly,
            QCoreApplication::translate("Storage",
                                        "The file holds an unfinished save (a colleague saving right now, or one "
                                        "whose Guanxi stopped mid-save), which only a computer that may write the "
                                        "file can undo. Try again in a moment; if this persists, open the file once "
                                        "where it can be written."),
            detail};
    case SQLITE_IOERR_WRITE:
    case SQLITE_IOERR_FSYNC:
    case SQLITE_IOERR_TRUNCATE:
        // On a network share a full disk often comes back as a failed write: say which it is.
        if (systemErrno == ENOSPC || systemErrno == EDQUOT)
            return errorFromSqliteCode(SQLITE_FULL, detail);
        break;
    default:
        break;
    }
    // Otherwise only the primary result code matters; extended codes keep it in the low byte.
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorCode::Busy,
                QCoreApplication::translate("Storage",
                                            "The database is locked by another user or program. "
                                            "Try again in a moment."),
                detail};
    case SQLITE_READONLY:
        return {ErrorCode::ReadOnly,
                QCoreApplication::translate("Storage",
                                            "The database file is read-only. Check its permissions, "
                                            "or copy it to a folder you can write to."),
                detail};
    case SQLITE_FULL:
        return {ErrorCode::DiskFull,
                QCoreApplication::translate("Storage",
                                            "The disk is full. Free some space and try again; "
                                            "nothing was saved."),
                detail};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return {ErrorCode::Corrupt,
                QCoreApplication::translate("Storage",
                                            "The file is not a Guanxi database or it is damaged. "
                                            "Restore it from a backup."),
                detail};
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return {ErrorCode::Storage,
                QCoreApplication::translate("Storage",
                                            "The database file cannot be opened. Check that the "
                                            "folder exists and that you may read and write it."),
                detail};
    case SQLITE_CONSTRAINT:
        return {ErrorCode::Invalid,
                QCoreApplication::translate("Storage",
                                            "The change breaks a rule of the database and was not "
                                            "saved."),
                detail};
    default:
        return {ErrorCode::Storage, QCoreApplication::translate("Storage", "A database error occurred: %1").arg(detail),
                detail};
    }
}

Error toError(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    const QString detail = error.text();
    return errorFromSqliteCode(ok ? code : SQLITE_ERROR, detail);
}

Error toError(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    int systemErrno = 0;
    if (const QSqlDriver *driver = query.driver()) {
        const QVariant v = driver->handle();
        if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
            if (sqlite3 *h = *static_cast<sqlite3 *const *>(v.constData()))
                systemErrno = sqlite3_system_errno(h);
    }
    return errorFromSqliteCode(ok ? code : SQLITE_ERROR, error.text(), systemErrno);
}

} // namespace guanxi
