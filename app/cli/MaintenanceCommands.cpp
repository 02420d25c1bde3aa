// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/MaintenanceCommands.h"

#include "app/cli/CliContext.h"
#include "app/cli/CliText.h"
#include "core/backup/OnlineBackup.h"
#include "core/seed/DemoSeeder.h"
#include "core/sharing/Presence.h"
#include "core/sharing/SharedMode.h"
#include "core/storage/HealthCheck.h"
#include "core/users/UserService.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace guanxi::cli {

int runInit(CliContext &ctx)
{
    Result<Database *> db = ctx.database(Database::OpenMode::CreateIfMissing);
    if (!db)
        return ctx.fail(db.error());
    UserService users(**db, Clock::system());
    Result<QList<User>> existing = users.users();
    if (!existing)
        return ctx.fail(existing.error());
    if (existing->isEmpty()) {
        const QString name = ctx.parser().value(QStringLiteral("admin-name"));
        Result<User> admin = users.createFirstAdmin(name, ctx.parser().value(QStringLiteral("admin-login")));
        if (!admin)
            return ctx.fail(admin.error());
    }
    ctx.out() << Cli::tr("Database ready: %1 (schema %2).")
                     .arg(QDir::toNativeSeparators((*db)->path()))
                     .arg((*db)->schemaVersion())
              << '\n';
    return ExitOk;
}

int runSeed(CliContext &ctx)
{
    SeedOptions o;
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = true;
    o.customers = ctx.parser().value(QStringLiteral("customers")).toInt(&ok1);
    o.orders = ctx.parser().value(QStringLiteral("orders")).toInt(&ok2);
    o.seed = ctx.parser().value(QStringLiteral("seed")).toUInt(&ok3);
    if (ctx.parser().isSet(QStringLiteral("interactions")))
        o.interactions = ctx.parser().value(QStringLiteral("interactions")).toInt(&ok4);
    if (!ok1 || !ok2 || !ok3 || !ok4 || o.interactions < 0)
        return ctx.usage(Cli::tr("--customers, --orders, --interactions and --seed take whole numbers."));
    if (ctx.parser().isSet(QStringLiteral("as-of"))) {
        o.asOf = QDate::fromString(ctx.parser().value(QStringLiteral("as-of")), Qt::ISODate);
        if (!o.asOf.isValid())
            return ctx.usage(Cli::tr("--as-of takes a date as YYYY-MM-DD."));
    }
    Result<Database *> db = ctx.database(Database::OpenMode::CreateIfMissing);
    if (!db)
        return ctx.fail(db.error());
    // A database without users gets its administrator from the seeder; otherwise an
    // administrator must be the one seeding.
    std::optional<Session> actor;
    Result<QList<User>> users = UserService(**db, Clock::system()).users();
    if (!users)
        return ctx.fail(users.error());
    if (!users->isEmpty()) {
        Result<Session> a = ctx.actor();
        if (!a)
            return ctx.fail(a.error());
        actor = *a;
    }
    Result<SeedSummary> s = DemoSeeder(**db).run(actor ? &*actor : nullptr, o, ctx.progressLine(Cli::tr("Seeding")));
    if (!s)
        return ctx.fail(s.error());
    const double seconds = std::max<qint64>(1, s->elapsedMs) / 1000.0;
    ctx.out() << Cli::tr("Seeded %1 users, %2 customers, %3 contacts, %4 leads, %5 timeline entries and %6 orders "
                         "in %7 s (%8 rows/s). "
                         "Demo accounts: admin, manager1…manager4, sales1…sales12, with the password %9.")
                     .arg(s->users)
                     .arg(s->customers)
                     .arg(s->contacts)
                     .arg(s->leads)
                     .arg(s->interactions)
                     .arg(s->orders)
                     .arg(seconds, 0, 'f', 2)
                     .arg(static_cast<qint64>((s->customers + s->contacts + s->leads + s->interactions + s->orders)
                                              / seconds))
                     .arg(o.demoPassword)
              << '\n'
              << Cli::tr("The showroom has %1 products.").arg(s->products) << '\n'
              << Cli::tr("The sales funnel has %1 opportunities; %2 quotes and %3 orders made from them.")
                     .arg(s->opportunities)
                     .arg(s->quotes)
                     .arg(s->salesOrders)
              << '\n'
              << Cli::tr("The workbench has %1 tasks and %2 customer care days.").arg(s->tasks).arg(s->careEvents)
              << '\n'
              << Cli::tr("%1 customers show competitors, a project, a linked customer and a file on their cards.")
                     .arg(s->detailedCards)
              << '\n';
    return ExitOk;
}

int runBackup(CliContext &ctx)
{
    const QStringList args = ctx.positional();
    if (args.size() != 1)
        return ctx.usage(Cli::tr("backup needs the destination file: guanxi-cli backup DEST"));
    Result<Database *> db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    if (Status s = OnlineBackup::backupTo(**db, args.first(), ctx.progressLine(Cli::tr("Backing up"))); !s)
        return ctx.fail(s.error());
    ctx.out() << Cli::tr("Backed up to %1.").arg(QDir::toNativeSeparators(QFileInfo(args.first()).absoluteFilePath()))
              << '\n';
    return ExitOk;
}

int runRestore(CliContext &ctx)
{
    const QStringList args = ctx.positional();
    if (args.size() != 1)
        return ctx.usage(Cli::tr("restore needs the backup file: guanxi-cli restore SRC"));
    Result<Database *> db = ctx.database(Database::OpenMode::CreateIfMissing);
    if (!db)
        return ctx.fail(db.error());
    if (Status alone = Presence::requireAlone(**db, Clock::system(), ctx.presenceSession()); !alone)
        return ctx.fail(alone.error());
    if (Status s = OnlineBackup::restoreFrom(**db, args.first(), ctx.progressLine(Cli::tr("Restoring"))); !s)
        return ctx.fail(s.error());
    ctx.out() << Cli::tr("Restored %1 from %2.")
                     .arg(QDir::toNativeSeparators((*db)->path()), QDir::toNativeSeparators(args.first()))
              << '\n';
    return ExitOk;
}

int runCheck(CliContext &ctx)
{
    Result<Database *> db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    Result<HealthReport> r = HealthCheck::run(**db);
    if (!r)
        return ctx.fail(r.error());
    ctx.out() << Cli::tr("Database: %1").arg(QDir::toNativeSeparators((*db)->path())) << '\n'
              << Cli::tr("Schema version: %1 (this program: %2)").arg(r->schemaVersion).arg(r->latestSchemaVersion)
              << '\n'
              << Cli::tr("Journal mode: %1").arg(r->journalMode) << '\n'
              << Cli::tr("Shared with colleagues: %1").arg((*db)->isShared() ? Cli::tr("yes") : Cli::tr("no")) << '\n';
    if ((*db)->isReadOnly())
        ctx.out() << Cli::tr("Open read-only: %1").arg((*db)->readOnlyReason()) << '\n';
    if (r->healthy()) {
        ctx.out() << Cli::tr("Integrity: ok") << '\n';
        return ExitOk;
    }
    for (const QString &p : r->problems)
        ctx.out() << Cli::tr("Problem: %1").arg(p) << '\n';
    return ExitError;
}

int runShare(CliContext &ctx)
{
    const QStringList args = ctx.positional();
    const QString what = args.value(0);
    if (args.size() != 1
        || (what != QLatin1String("on") && what != QLatin1String("off") && what != QLatin1String("status")))
        return ctx.usage(Cli::tr("share takes on, off or status: guanxi-cli share on"));
    // A file reached over a network that is not shared yet opens only to be shared.
    const bool remoteOn = what == QLatin1String("on") && Database::isNetworkPath(ctx.databasePath());
    Result<Database *> db = ctx.database(remoteOn ? Database::OpenMode::ToShare : Database::OpenMode::OpenExisting);
    if (!db)
        return ctx.fail(db.error());
    if (what == QLatin1String("status")) {
        ctx.out() << ((*db)->isShared() ? Cli::tr("Shared with colleagues (rollback journal).")
                                        : Cli::tr("Not shared: for this computer only (WAL)."))
                  << '\n';
        Result<QList<PresenceEntry>> others = Presence::present(**db, Clock::system(), ctx.presenceSession());
        if (!others)
            return ctx.fail(others.error());
        for (const PresenceEntry &e : *others)
            ctx.out()
                << Cli::tr("Open by: %1, %2 since %3")
                       .arg(e.label(), e.program,
                            QDateTime::fromMSecsSinceEpoch(e.startedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                << '\n';
        return ExitOk;
    }
    Result<Session> actor = ctx.actor();
    if (!actor)
        return ctx.fail(actor.error());
    const bool on = what == QLatin1String("on");
    Status s = on ? SharedMode::turnOn(**db, *actor, Clock::system(), ctx.presenceSession())
                  : SharedMode::turnOff(**db, *actor, Clock::system(), ctx.presenceSession());
    if (!s)
        return ctx.fail(s.error());
    ctx.out() << (on ? Cli::tr("Sharing is on: everyone who opens %1 uses the rollback journal.")
                     : Cli::tr("Sharing is off: %1 is for this computer only again."))
                     .arg(QDir::toNativeSeparators((*db)->path()))
              << '\n';
    if (on)
        ctx.out() << SharedMode::honestBound() << '\n';
    return ExitOk;
}

} // namespace guanxi::cli
