// SPDX-License-Identifier: GPL-3.0-or-later
// guanxi-cli quotes: quotes and their price approvals.
#include "app/cli/CliContext.h"
#include "app/cli/CliText.h"
#include "app/cli/Command.h"
#include "app/cli/Options.h"
#include "app/cli/Output.h"
#include "app/cli/commands/AllCommands.h"
#include "core/money/Money.h"
#include "core/quotes/QuoteService.h"
#include "core/util/Clock.h"

#include <QDateTime>

namespace guanxi::cli {

namespace {

// The price approvals the actor answers (a manager's queue) or asked for (a salesperson's own).
int listApprovals(CliContext &ctx, CliContext::Opened &opened, Format fmt)
{
    Result<QList<ApprovalQueueEntry>> queue =
        QuoteService(*opened.db, Clock::system()).approvalQueue(opened.actor, 1'000'000);
    if (!queue)
        return ctx.fail(queue.error());
    Table t;
    t.keys = {QStringLiteral("quote_id"),    QStringLiteral("number"),   QStringLiteral("customer"),
              QStringLiteral("total_minor"), QStringLiteral("currency"), QStringLiteral("asked_by"),
              QStringLiteral("asked_at"),    QStringLiteral("message"),  QStringLiteral("decision"),
              QStringLiteral("decided_by"),  QStringLiteral("reason")};
    t.headers = {Cli::tr("ID"),       Cli::tr("Number"),      Cli::tr("Customer"), Cli::tr("Total"),
                 Cli::tr("Currency"), Cli::tr("Asked by"),    Cli::tr("Asked at"), Cli::tr("Message"),
                 Cli::tr("Answer"),   Cli::tr("Answered by"), Cli::tr("Reason")};
    for (const ApprovalQueueEntry &e : *queue) {
        const QVariant total =
            fmt == Format::Table ? QVariant(MoneyText::format({e.totalMinor, e.currency})) : QVariant(e.totalMinor);
        t.rows.append({e.round.quoteId, e.quoteNumber, e.customerName, total, e.currency, e.round.requestedByName,
                       e.round.requestedAt ? QDateTime::fromMSecsSinceEpoch(e.round.requestedAt).toString(Qt::ISODate)
                                           : QString(),
                       e.round.message, approvalDecisionCode(e.round.decision), e.round.decidedByName, e.round.reason});
    }
    print(ctx.out(), t, fmt);
    return ExitOk;
}

class QuotesCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("quotes"); }
    QString synopsis() const override
    {
        return Cli::tr(
                   "  quotes list                  quotes (JSON: id, number, customer, total_minor, currency, status)")
            + QStringLiteral("\n")
            + Cli::tr(
                   "  quotes approvals             price approvals waiting for you (or your own requests and answers)")
            + QStringLiteral("\n")
            + Cli::tr(
                   "  quotes ask-approval|approve|refuse ID [--message TEXT]   ask for, give or refuse a price approval");
    }
    QList<QCommandLineOption> options() const override
    {
        return {options::format(),
                options::make(
                    QStringLiteral("message"),
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "A word for the manager, or the reason for a refusal (quotes ask-approval, approve, refuse)."),
                    QStringLiteral("TEXT"))};
    }
    int run(CliContext &ctx) const override;
};

int QuotesCommand::run(CliContext &ctx) const
{
    const QStringList args = ctx.positional();
    const QString usage = Cli::tr("Usage: guanxi-cli quotes list|approvals [--format table|csv|json]\n"
                                  "       guanxi-cli quotes ask-approval ID [--message TEXT]\n"
                                  "       guanxi-cli quotes approve ID [--message TEXT]\n"
                                  "       guanxi-cli quotes refuse ID --message REASON");
    const QString action = args.value(0);
    const bool listing = args.size() == 1 && (action == QLatin1String("list") || action == QLatin1String("approvals"));
    const bool answering = args.size() == 2
        && (action == QLatin1String("ask-approval") || action == QLatin1String("approve")
            || action == QLatin1String("refuse"));
    if (!listing && !answering)
        return ctx.usage(usage);
    Format fmt;
    if (!parseFormat(ctx.parser().value(QStringLiteral("format")), &fmt))
        return ctx.usage(Cli::tr("--format takes table, csv or json."));
    Result<CliContext::Opened> opened = ctx.open();
    if (!opened)
        return ctx.fail(opened.error());
    QuoteService service(*opened->db, Clock::system());
    if (answering) {
        Result<Quote> q = service.get(opened->actor, args.at(1));
        if (!q)
            return ctx.fail(q.error());
        const QString message = ctx.parser().value(QStringLiteral("message"));
        Result<Quote> done = action == QLatin1String("ask-approval")
            ? service.requestApproval(opened->actor, q->id, q->rowVersion, message)
            : action == QLatin1String("approve") ? service.approve(opened->actor, q->id, q->rowVersion, message)
                                                 : service.refuse(opened->actor, q->id, q->rowVersion, message);
        if (!done)
            return ctx.fail(done.error());
        ctx.out() << (action == QLatin1String("ask-approval")  ? Cli::tr("Approval of %1 asked for.")
                          : action == QLatin1String("approve") ? Cli::tr("%1 approved.")
                                                               : Cli::tr("%1 refused."))
                         .arg(done->displayNumber())
                  << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("approvals"))
        return listApprovals(ctx, *opened, fmt);
    Result<QList<Quote>> quotes = service.list(opened->actor);
    if (!quotes)
        return ctx.fail(quotes.error());
    Table t;
    t.keys = {QStringLiteral("id"),       QStringLiteral("number"),    QStringLiteral("version"),
              QStringLiteral("customer"), QStringLiteral("issued_on"), QStringLiteral("total_minor"),
              QStringLiteral("currency"), QStringLiteral("status"),    QStringLiteral("approval")};
    t.headers = {Cli::tr("ID"),    Cli::tr("Number"),   Cli::tr("Version"), Cli::tr("Customer"), Cli::tr("Date"),
                 Cli::tr("Total"), Cli::tr("Currency"), Cli::tr("Status"),  Cli::tr("Approval")};
    for (const Quote &q : *quotes) {
        const QVariant total =
            fmt == Format::Table ? QVariant(MoneyText::format({q.totals.total, q.currency})) : QVariant(q.totals.total);
        t.rows.append({q.id, q.number, q.version, q.customerName, q.issuedOn, total, q.currency,
                       fmt == Format::Table ? quoteStatusDisplayName(q.status) : quoteStatusCode(q.status),
                       quoteApprovalCode(q.approval)});
    }
    print(ctx.out(), t, fmt);
    return ExitOk;
}

} // namespace

std::unique_ptr<const Command> commands::makeQuotes()
{
    return std::make_unique<QuotesCommand>();
}

} // namespace guanxi::cli
