// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrator.h"

#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

namespace guanxi {

namespace {
const QString kRoot = QStringLiteral(":/guanxi/migrations");
}

int Migrator::latestVersion()
{
    int latest = 0;
    const QStringList entries = QDir(kRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : entries) {
        bool ok = false;
        const int v = name.toInt(&ok);
        if (ok)
            latest = std::max(latest, v);
    }
    return latest;
}

QStringList Migrator::scriptsFor(int version)
{
    const QDir dir(kRoot + QLatin1Char('/') + QString::number(version));
    QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString &f : files)
        f = dir.filePath(f);
    return files;
}

Status Migrator::migrate()
{
    const int current = m_db.schemaVersion();
    const int latest = latestVersion();
    if (current < 0)
        return Error{ErrorCode::Corrupt,
                     QCoreApplication::translate("Storage", "The schema version of the database cannot be read."),
                     {}};
    if (current > latest)
        return Error{ErrorCode::SchemaTooNew,
                     QCoreApplication::translate("Storage",
                                                 "This database was written by a newer version of "
                                                 "Guanxi (schema %1; this program knows up to %2). "
                                                 "Update Guanxi to open it.")
                         .arg(current)
                         .arg(latest),
                     {}};
    if (current == latest)
        return {};

    return inWriteTransaction(m_db, [&]() -> Status {
        // Another process may have migrated while this one waited for the lock.
        const int base = m_db.schemaVersion();
        if (base == latest)
            return Status{};

        for (int v = base + 1; v <= latest; ++v) {
            for (const QString &script : scriptsFor(v)) {
                QFile f(script);
                if (!f.open(QIODevice::ReadOnly))
                    return Error{ErrorCode::Storage, QStringLiteral("missing migration %1").arg(script), {}};
                const QByteArray sql = f.readAll();
                // sqlite3_exec runs a whole script (QSqlQuery runs one statement); it stays inside the
                // transaction opened above on the same connection.
                char *message = nullptr;
                const int rc = sqlite3_exec(m_db.handle(), sql.constData(), nullptr, nullptr, &message);
                if (rc != SQLITE_OK) {
                    const QString detail = QStringLiteral("%1: %2").arg(script, QString::fromUtf8(message));
                    sqlite3_free(message);
                    return errorFromSqliteCode(rc, detail);
                }
            }
        }
        QSqlQuery q(m_db.sql());
        if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(latest)))
            return toError(q);
        // A migration may edit table definitions in place (writable_schema); a new schema version makes
        // every connection, this one included, read the definitions again.
        if (!q.exec(QStringLiteral("PRAGMA schema_version")) || !q.next())
            return toError(q);
        const qint64 schemaVersion = q.value(0).toLongLong();
        q.finish();
        if (!q.exec(QStringLiteral("PRAGMA schema_version=%1").arg(schemaVersion + 1)))
            return toError(q);
        return Status{};
    });
}

} // namespace guanxi
