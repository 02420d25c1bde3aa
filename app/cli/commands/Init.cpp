// SPDX-License-Identifier: GPL-3.0-or-later
// guanxi-cli init: create a database and its first administrator.
#include "app/cli/CliContext.h"
#include "app/cli/CliText.h"
#include "app/cli/Command.h"
#include "app/cli/Options.h"
#include "app/cli/commands/AllCommands.h"
#include "core/users/UserService.h"
#include "core/util/Clock.h"

#include <QDir>

namespace guanxi::cli {

namespace {

class InitCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("init"); }
    QString synopsis() const override
    {
        return Cli::tr("  init                         create a database (and its administrator)");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            options::make(QStringLiteral("admin-name"), QT_TRANSLATE_NOOP("Cli", "Name of the administrator (init)."),
                          QStringLiteral("NAME"), QStringLiteral("Administrator")),
            options::make(QStringLiteral("admin-login"), QT_TRANSLATE_NOOP("Cli", "Login of the administrator (init)."),
                          QStringLiteral("LOGIN"), QStringLiteral("admin"))};
    }
    int run(CliContext &ctx) const override;
};

int InitCommand::run(CliContext &ctx) const
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

} // namespace

std::unique_ptr<const Command> commands::makeInit()
{
    return std::make_unique<InitCommand>();
}

} // namespace guanxi::cli
