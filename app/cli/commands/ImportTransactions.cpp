// SPDX-License-Identifier: GPL-3.0-or-later
// guanxi-cli import-transactions: import a purchase log.
#include "app/cli/CliContext.h"
#include "app/cli/CliText.h"
#include "app/cli/Command.h"
#include "app/cli/Options.h"
#include "app/cli/Output.h"
#include "app/cli/commands/AllCommands.h"
#include "core/importexport/TransactionImport.h"
#include "core/util/Clock.h"

namespace guanxi::cli {

namespace {

class ImportTransactionsCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("import-transactions"); }
    QString synopsis() const override
    {
        return Cli::tr(
            "  import-transactions FILE     a purchase log (customer, date, quantity, value) as customers and orders");
    }
    QList<QCommandLineOption> options() const override { return {options::currency()}; }
    int run(CliContext &ctx) const override;
};

int ImportTransactionsCommand::run(CliContext &ctx) const
{
    const QStringList args = ctx.positional();
    if (args.size() != 1)
        return ctx.usage(Cli::tr("Usage: guanxi-cli import-transactions FILE [--currency CODE]"));
    Result<std::vector<LoggedPurchase>> log = TransactionFile::read(args.at(0));
    if (!log)
        return ctx.fail(log.error());
    Result<CliContext::Opened> opened = ctx.open();
    if (!opened)
        return ctx.fail(opened.error());
    const QString currency = ctx.parser().isSet(QStringLiteral("currency"))
        ? ctx.parser().value(QStringLiteral("currency"))
        : QStringLiteral("CNY");
    Result<TransactionImportReport> r =
        TransactionImport::run(*opened->db, Clock::system(), opened->actor, *log, currency);
    if (!r)
        return ctx.fail(r.error());
    ctx.out() << Cli::tr("Imported %1 purchases: %2 new customers, %3 already known.")
                     .arg(r->orders)
                     .arg(r->customersCreated)
                     .arg(r->customersFound)
              << '\n';
    return ExitOk;
}

} // namespace

std::unique_ptr<const Command> commands::makeImportTransactions()
{
    return std::make_unique<ImportTransactionsCommand>();
}

} // namespace guanxi::cli
