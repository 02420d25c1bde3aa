// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/HealthCheck.h"

#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/SqlError.h"
#include "users/UserTableSeal.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace guanxi::HealthCheck {

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
            "Storage", "The users table was changed outside Guanxi (a role, a password or an account): check the "
                       "accounts in Settings, and use server sync where permissions must be enforced."));
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return toError(q);
    while (q.next()) {
        report.problems.append(QCoreApplication::translate("Storage",
                                                           "Row %1 of table %2 points to a missing row of %3.")
                                   .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString()));
    }
    return report;
}

Result<QStringList> quickProblems(Database &db)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
        // Damage bad enough to stop the check is itself the finding.
        const Error e = toError(q);
        if (e.code == ErrorCode::Corrupt)
            return QStringList{e.detail};
        return e;
    }
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    return problems;
}

} // namespace guanxi::HealthCheck
