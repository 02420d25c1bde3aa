// SPDX-License-Identifier: GPL-3.0-or-later
// guanxi-cli orders: orders.
#include "app/cli/CliContext.h"
#include "app/cli/CliText.h"
#include "app/cli/Command.h"
#include "app/cli/Options.h"
#include "app/cli/Output.h"
#include "app/cli/commands/AllCommands.h"
#include "core/money/Money.h"
#include "core/orders/OrderService.h"
#include "core/util/Clock.h"

namespace guanxi::cli {

namespace {

bool listAction(CliContext &ctx, const char *command, int *exit)
{
    const QStringList args = ctx.parser().positionalArguments();
    if (args.size() < 2 || args.at(1) != QLatin1String("list")) {
        *exit = ctx.usage(Cli::tr("Usage: guanxi-cli %1 list [--format table|csv|json]").arg(QLatin1String(command)));
        return false;
    }
    return true;
}

class OrdersCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("orders"); }
    QString synopsis() const override { return Cli::tr("  orders list                  orders and their state"); }
    QList<QCommandLineOption> options() const override { return {options::format(), options::limit()}; }
    int run(CliContext &ctx) const override;
};

int OrdersCommand::run(CliContext &ctx) const
{
    int exit = ExitOk;
    if (!listAction(ctx, "orders", &exit))
        return exit;
    Format fmt;
    if (!parseFormat(ctx.parser().value(QStringLiteral("format")), &fmt))
        return ctx.usage(Cli::tr("--format takes table, csv or json."));
    Result<CliContext::Opened> opened = ctx.open();
    if (!opened)
        return ctx.fail(opened.error());
    bool ok = false;
    const int limit = ctx.parser().value(QStringLiteral("limit")).toInt(&ok);
    Result<QList<Order>> orders =
        OrderService(*opened->db, Clock::system()).list(opened->actor, {}, ok && limit > 0 ? limit : 1'000'000);
    if (!orders)
        return ctx.fail(orders.error());
    Table t;
    t.keys = {QStringLiteral("id"),         QStringLiteral("number"),      QStringLiteral("customer"),
              QStringLiteral("ordered_on"), QStringLiteral("total_minor"), QStringLiteral("currency"),
              QStringLiteral("status")};
    t.headers = {Cli::tr("ID"),    Cli::tr("Number"),   Cli::tr("Customer"), Cli::tr("Date"),
                 Cli::tr("Total"), Cli::tr("Currency"), Cli::tr("Status")};
    for (const Order &o : *orders) {
        const QVariant total =
            fmt == Format::Table ? QVariant(MoneyText::format({o.totals.total, o.currency})) : QVariant(o.totals.total);
        t.rows.append({o.id, o.number, o.customerName, o.orderedOn, total, o.currency,
                       fmt == Format::Table ? orderStatusDisplayName(o.status) : orderStatusCode(o.status)});
    }
    print(ctx.out(), t, fmt);
    return ExitOk;
}

} // namespace

std::unique_ptr<const Command> commands::makeOrders()
{
    return std::make_unique<OrdersCommand>();
}

} // namespace guanxi::cli
