// SPDX-License-Identifier: GPL-3.0-or-later
// guanxi-cli search: find customers, contacts and leads.
#include "app/cli/CliContext.h"
#include "app/cli/CliText.h"
#include "app/cli/Command.h"
#include "app/cli/Options.h"
#include "app/cli/Output.h"
#include "app/cli/commands/AllCommands.h"
#include "core/search/SearchService.h"

namespace guanxi::cli {

namespace {

class SearchCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("search"); }
    QString synopsis() const override
    {
        return Cli::tr(
            "  search QUERY                 customers, contacts and leads by name, pinyin, phone, e-mail, tag");
    }
    QList<QCommandLineOption> options() const override { return {options::format(), options::limit()}; }
    int run(CliContext &ctx) const override;
};

int SearchCommand::run(CliContext &ctx) const
{
    const QStringList args = ctx.positional();
    if (args.isEmpty())
        return ctx.usage(Cli::tr("search needs what to look for, for example: guanxi-cli search zsf"));
    Format fmt;
    if (!parseFormat(ctx.parser().value(QStringLiteral("format")), &fmt))
        return ctx.usage(Cli::tr("--format takes table, csv or json."));
    bool ok = false;
    const int limit = ctx.parser().value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 0)
        return ctx.usage(Cli::tr("--limit takes a number (0: all)."));
    Result<CliContext::Opened> opened = ctx.open();
    if (!opened)
        return ctx.fail(opened.error());
    Database *const db = opened->db;
    const Session &actor = opened->actor;
    Result<QList<SearchHit>> hits = SearchService(*db).search(actor, args.join(QLatin1Char(' ')), limit);
    if (!hits)
        return ctx.fail(hits.error());
    Table t;
    t.keys = {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("detail"),
              QStringLiteral("customer_id")};
    t.headers = {Cli::tr("ID"), Cli::tr("Kind"), Cli::tr("Name"), Cli::tr("Detail"), Cli::tr("Customer")};
    for (const SearchHit &h : *hits)
        t.rows.append({h.id, searchKindCode(h.kind), h.name, h.detail, h.customerId});
    print(ctx.out(), t, fmt);
    return ExitOk;
}

} // namespace

std::unique_ptr<const Command> commands::makeSearch()
{
    return std::make_unique<SearchCommand>();
}

} // namespace guanxi::cli
