// SPDX-License-Identifier: GPL-3.0-or-later
// guanxi-cli export: export customers or contacts.
#include "app/cli/CliContext.h"
#include "app/cli/CliText.h"
#include "app/cli/Command.h"
#include "app/cli/Options.h"
#include "app/cli/Output.h"
#include "app/cli/commands/AllCommands.h"
#include "core/importexport/Exporter.h"

namespace guanxi::cli {

namespace {

class ExportCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("export"); }
    QString synopsis() const override
    {
        return Cli::tr("  export customers|contacts FILE         to .csv, .xlsx (or .vcf for contacts)");
    }
    QList<QCommandLineOption> options() const override { return {options::search()}; }
    int run(CliContext &ctx) const override;
};

int ExportCommand::run(CliContext &ctx) const
{
    const QStringList args = ctx.positional();
    if (args.size() != 2 || (args.at(0) != QLatin1String("customers") && args.at(0) != QLatin1String("contacts")))
        return ctx.usage(
            Cli::tr("Usage: guanxi-cli export customers|contacts FILE (.csv, .xlsx, or .vcf for contacts)"));
    Result<CliContext::Opened> opened = ctx.open();
    if (!opened)
        return ctx.fail(opened.error());
    Database *const db = opened->db;
    const Session &actor = opened->actor;
    Exporter exporter(*db);
    Result<qint64> n = Error{ErrorCode::Invalid, {}, {}};
    if (args.at(0) == QLatin1String("customers")) {
        CustomerFilter filter;
        filter.text = ctx.parser().value(QStringLiteral("search"));
        n = exporter.exportCustomers(actor, filter, CustomerSortColumn::Name, Qt::AscendingOrder, args.at(1),
                                     ctx.progressLine(Cli::tr("Exporting")));
    } else {
        n = exporter.exportContacts(actor, args.at(1), ctx.progressLine(Cli::tr("Exporting")));
    }
    if (!n)
        return ctx.fail(n.error());
    ctx.out() << Cli::tr("Exported %1 rows to %2.").arg(*n).arg(args.at(1)) << '\n';
    return ExitOk;
}

} // namespace

std::unique_ptr<const Command> commands::makeExport()
{
    return std::make_unique<ExportCommand>();
}

} // namespace guanxi::cli
