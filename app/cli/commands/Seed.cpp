// SPDX-License-Identifier: GPL-3.0-or-later
// guanxi-cli seed: fill an empty database with demo data.
#include "app/cli/CliContext.h"
#include "app/cli/CliText.h"
#include "app/cli/Command.h"
#include "app/cli/Options.h"
#include "app/cli/commands/AllCommands.h"
#include "core/seed/DemoSeeder.h"
#include "core/users/UserService.h"
#include "core/util/Clock.h"

namespace guanxi::cli {

namespace {

class SeedCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("seed"); }
    QString synopsis() const override
    {
        return Cli::tr("  seed                         fill an empty database with demo data");
    }
    QList<QCommandLineOption> options() const override
    {
        return {options::make(QStringLiteral("customers"), QT_TRANSLATE_NOOP("Cli", "Number of demo customers (seed)."),
                              QStringLiteral("N"), QStringLiteral("2000")),
                options::make(QStringLiteral("orders"), QT_TRANSLATE_NOOP("Cli", "Number of demo orders (seed)."),
                              QStringLiteral("N"), QStringLiteral("10000")),
                options::make(
                    QStringLiteral("interactions"),
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "Number of timeline touch points in all (seed; default: one or two per contacted customer)."),
                    QStringLiteral("N")),
                options::make(QStringLiteral("seed"),
                              QT_TRANSLATE_NOOP("Cli", "Random seed: the same seed gives the same data."),
                              QStringLiteral("S"), QStringLiteral("1")),
                options::make(QStringLiteral("as-of"), QT_TRANSLATE_NOOP("Cli", "The date the demo data ends (seed)."),
                              QStringLiteral("YYYY-MM-DD"))};
    }
    int run(CliContext &ctx) const override;
};

int SeedCommand::run(CliContext &ctx) const
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

} // namespace

std::unique_ptr<const Command> commands::makeSeed()
{
    return std::make_unique<SeedCommand>();
}

} // namespace guanxi::cli
