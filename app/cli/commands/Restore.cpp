// SPDX-License-Identifier: GPL-3.0-or-later
// guanxi-cli restore: replace the database with a backup.
#include "app/cli/CliContext.h"
#include "app/cli/CliText.h"
#include "app/cli/Command.h"
#include "app/cli/commands/AllCommands.h"
#include "core/backup/OnlineBackup.h"
#include "core/sharing/Presence.h"
#include "core/util/Clock.h"

#include <QDir>

namespace guanxi::cli {

namespace {

class RestoreCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString synopsis() const override
    {
        return Cli::tr("  restore SRC                  replace the database with a backup");
    }
    int run(CliContext &ctx) const override;
};

int RestoreCommand::run(CliContext &ctx) const
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

} // namespace

std::unique_ptr<const Command> commands::makeRestore()
{
    return std::make_unique<RestoreCommand>();
}

} // namespace guanxi::cli
