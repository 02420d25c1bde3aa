// SPDX-License-Identifier: GPL-3.0-or-later
// guanxi-cli check: check the database.
#include "app/cli/CliContext.h"
#include "app/cli/CliText.h"
#include "app/cli/Command.h"
#include "app/cli/commands/AllCommands.h"
#include "core/storage/HealthCheck.h"

#include <QDir>

namespace guanxi::cli {

namespace {

class CheckCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("check"); }
    QString synopsis() const override
    {
        return Cli::tr("  check                        integrity, foreign keys, schema version and sharing");
    }
    int run(CliContext &ctx) const override;
};

int CheckCommand::run(CliContext &ctx) const
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

} // namespace

std::unique_ptr<const Command> commands::makeCheck()
{
    return std::make_unique<CheckCommand>();
}

} // namespace guanxi::cli
