// SPDX-License-Identifier: GPL-3.0-or-later
// guanxi-cli reminders: reminders due, snoozed or done.
#include "app/cli/CliContext.h"
#include "app/cli/CliText.h"
#include "app/cli/Command.h"
#include "app/cli/Options.h"
#include "app/cli/Output.h"
#include "app/cli/commands/AllCommands.h"
#include "core/reminders/ReminderService.h"
#include "core/util/Clock.h"

#include <QDateTime>

namespace guanxi::cli {

namespace {

// "2026-11-23T09:00" (local time), with seconds or an offset ("…+08:00", "…Z") if wanted.
bool parseMoment(const QString &text, qint64 *ms)
{
    const QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!t.isValid())
        return false;
    *ms = t.toMSecsSinceEpoch();
    return true;
}

QString moment(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms)
        .toOffsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms).offsetFromUtc())
        .toString(Qt::ISODate);
}

int listDue(CliContext &ctx, CliContext::Opened &opened)
{
    Format fmt;
    if (!parseFormat(ctx.parser().value(QStringLiteral("format")), &fmt))
        return ctx.usage(Cli::tr("--format takes table, csv or json."));
    qint64 at = 0;
    if (ctx.parser().isSet(QStringLiteral("at")) && !parseMoment(ctx.parser().value(QStringLiteral("at")), &at))
        return ctx.usage(Cli::tr("--at takes a date and time such as 2026-11-23T09:00."));
    Result<QList<Reminder>> due = ReminderService(*opened.db, Clock::system()).due(opened.actor, at);
    if (!due)
        return ctx.fail(due.error());
    Table t;
    t.keys = {QStringLiteral("key"),   QStringLiteral("rule"),        QStringLiteral("due_at"),
              QStringLiteral("day"),   QStringLiteral("customer_id"), QStringLiteral("customer"),
              QStringLiteral("title"), QStringLiteral("detail")};
    t.headers = {Cli::tr("Key"),         Cli::tr("Reminder"), Cli::tr("Due at"), Cli::tr("Day"),
                 Cli::tr("Customer ID"), Cli::tr("Customer"), Cli::tr("What"),   Cli::tr("Details")};
    for (const Reminder &r : *due)
        t.rows.append({r.key, fmt == Format::Table ? displayName(r.rule) : codeOf(r.rule), moment(r.fireAt),
                       r.day.toString(Qt::ISODate), r.customerId, r.customerName, r.title, r.detail});
    print(ctx.out(), t, fmt);
    return ExitOk;
}

class RemindersCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("reminders"); }
    QString synopsis() const override
    {
        return Cli::tr("  reminders --due [--at ISO-DATETIME]   the reminders due now (or then)") + QStringLiteral("\n")
            + Cli::tr("  reminders snooze KEY --until ISO-DATETIME | reminders done KEY");
    }
    QList<QCommandLineOption> options() const override
    {
        return {options::format(),
                options::make(QStringLiteral("due"),
                              QT_TRANSLATE_NOOP("Cli", "List the reminders that are due (reminders).")),
                options::make(QStringLiteral("at"),
                              QT_TRANSLATE_NOOP(
                                  "Cli", "The moment to look at instead of now, e.g. 2026-11-23T09:00 (reminders)."),
                              QStringLiteral("ISO-DATETIME")),
                options::make(QStringLiteral("until"),
                              QT_TRANSLATE_NOOP("Cli", "Snooze until this moment (reminders snooze)."),
                              QStringLiteral("ISO-DATETIME"))};
    }
    int run(CliContext &ctx) const override;
};

int RemindersCommand::run(CliContext &ctx) const
{
    const QStringList args = ctx.positional();
    const QString usage =
        Cli::tr("Usage: guanxi-cli reminders --due [--at 2026-11-23T09:00] [--format table|csv|json]\n"
                "       guanxi-cli reminders snooze KEY --until 2026-11-23T15:00\n"
                "       guanxi-cli reminders done KEY");
    const bool listing = args.isEmpty() && ctx.parser().isSet(QStringLiteral("due"));
    const bool acting = args.size() == 2 && (args[0] == QLatin1String("snooze") || args[0] == QLatin1String("done"));
    if (!listing && !acting)
        return ctx.usage(usage);
    qint64 until = 0;
    if (acting && args[0] == QLatin1String("snooze")
        && (!ctx.parser().isSet(QStringLiteral("until"))
            || !parseMoment(ctx.parser().value(QStringLiteral("until")), &until)))
        return ctx.usage(Cli::tr("--until takes a date and time such as 2026-11-23T15:00."));
    Result<CliContext::Opened> opened = ctx.open();
    if (!opened)
        return ctx.fail(opened.error());
    if (listing)
        return listDue(ctx, *opened);
    ReminderService service(*opened->db, Clock::system());
    const Status s = args[0] == QLatin1String("snooze") ? service.snooze(opened->actor, args[1], until)
                                                        : service.done(opened->actor, args[1]);
    if (!s)
        return ctx.fail(s.error());
    ctx.out() << (until ? Cli::tr("Snoozed until %1.").arg(moment(until)) : Cli::tr("Done.")) << '\n';
    return ExitOk;
}

} // namespace

std::unique_ptr<const Command> commands::makeReminders()
{
    return std::make_unique<RemindersCommand>();
}

} // namespace guanxi::cli
