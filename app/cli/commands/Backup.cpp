// SPDX-License-Identifier: GPL-3.0-or-later
// guanxi-cli backup: copy the database.
#include "app/cli/CliContext.h"
#include "app/cli/CliText.h"
#include "app/cli/Command.h"
#include "app/cli/commands/AllCommands.h"
#include "core/backup/OnlineBackup.h"

#include <QDir>
#include <QFileInfo>

namespace guanxi::cli {

namespace {

class BackupCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString synopsis() const override
    {
        return Cli::tr("  backup DEST                  copy the database (safe while in use)");
    }
    int run(CliContext &ctx) const override;
};

int BackupCommand::run(CliContext &ctx) const
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

} // namespace

std::unique_ptr<const Command> commands::makeBackup()
{
    return std::make_unique<BackupCommand>();
}

} // namespace guanxi::cli
