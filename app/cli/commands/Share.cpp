// SPDX-License-Identifier: GPL-3.0-or-later
// guanxi-cli share: share the file on the LAN.
#include "app/cli/CliContext.h"
#include "app/cli/CliText.h"
#include "app/cli/Command.h"
#include "app/cli/commands/AllCommands.h"
#include "core/sharing/Presence.h"
#include "core/sharing/SharedMode.h"
#include "core/util/Clock.h"

#include <QDateTime>
#include <QDir>

namespace guanxi::cli {

namespace {

class ShareCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("share"); }
    QString synopsis() const override
    {
        return Cli::tr("  share on|off|status          share this file with colleagues on the LAN (rollback journal)");
    }
    int run(CliContext &ctx) const override;
};

int ShareCommand::run(CliContext &ctx) const
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

} // namespace

std::unique_ptr<const Command> commands::makeShare()
{
    return std::make_unique<ShareCommand>();
}

} // namespace guanxi::cli
