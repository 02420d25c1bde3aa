// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/HealthCheck.h"

#include "core/storage/Database.h"
#include "core/storage/Migrator.h"
#include "core/storage/ResultRow.h"
#include "core/storage/SqlError.h"
#include "core/users/UserTableSeal.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace guanxi::HealthCheck {

using namespace Qt::Literals::StringLiterals;

Result<HealthReport> run(Database &db)
{
    HealthReport report;
    report.schemaVersion = db.schemaVersion();
    report.latestSchemaVersion = Migrator::latestVersion();
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("PRAGMA journal_mode")) || !q.next())
        return toError(q);
    report.journalMode = q.value(0).toString();

    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return toError(q);
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            report.problems.append(line);
    }
    if (Result<bool> sealed = UserTableSeal::intact(db); sealed && !*sealed)
        report.problems.append(QCoreApplication::translate(
            "Storage",
            "The users table was changed outside Guanxi (a role, a password or an account): check the "
            "accounts in Settings, and use server sync where permissions must be enforced."));
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return toError(q);
    for (const ResultRow r(q); q.next();) {
        report.problems.append(
            QCoreApplication::translate("Storage", "Row %1 of table %2 points to a missing row of %3.")
                .arg(r.text("rowid"_L1), r.text("table"_L1), r.text("parent"_L1)));
    }
    return report;
}

Result<QStringList> quickProblems(Database &db)
{
    // One table (with its indexes) at a time, each its own short read: on a shared file in the
    // rollback journal a reader holds colleagues' commits back, and the whole file at once takes
    // 17 s at 100,000 customers, the largest table alone half a second.
    QSqlQuery q(db.sql());
    QStringList tables;
    if (!q.exec(
            QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")))
        return toError(q);
    while (q.next())
        tables.append(q.value(0).toString());
    q.finish();
    QStringList problems;
    for (const QString &table : std::as_const(tables)) {
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        if (!q.exec(QStringLiteral("PRAGMA quick_check(\"%1\")").arg(quoted))) {
            // Damage bad enough to stop the check is itself the finding.
            const Error e = toError(q);
            if (e.code != ErrorCode::Corrupt)
                return e;
            problems.append(e.detail);
            continue;
        }
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                problems.append(line);
        }
        q.finish();
    }
    return problems;
}

} // namespace guanxi::HealthCheck
