// SPDX-License-Identifier: GPL-3.0-or-later
// guanxi-cli products: the showroom.
#include "app/cli/CliContext.h"
#include "app/cli/CliText.h"
#include "app/cli/Command.h"
#include "app/cli/Options.h"
#include "app/cli/Output.h"
#include "app/cli/commands/AllCommands.h"
#include "core/money/Money.h"
#include "core/products/ProductService.h"
#include "core/util/Clock.h"

namespace guanxi::cli {

namespace {

int listProducts(CliContext &ctx, Format fmt)
{
    Result<CliContext::Opened> opened = ctx.open();
    if (!opened)
        return ctx.fail(opened.error());
    ProductFilter filter;
    filter.text = ctx.parser().value(QStringLiteral("search"));
    Result<QList<Product>> products = ProductService(*opened->db, Clock::system()).list(opened->actor, filter);
    if (!products)
        return ctx.fail(products.error());
    const bool withCost = ProductService::maySeeCost(opened->actor);
    Table t;
    t.keys = {QStringLiteral("id"),
              QStringLiteral("code"),
              QStringLiteral("name"),
              QStringLiteral("category"),
              QStringLiteral("unit"),
              QStringLiteral("list_price_minor"),
              QStringLiteral("floor_price_minor"),
              QStringLiteral("currency"),
              QStringLiteral("tax_rate_bp"),
              QStringLiteral("active")};
    t.headers = {Cli::tr("ID"),          Cli::tr("Code"),     Cli::tr("Name"),
                 Cli::tr("Category"),    Cli::tr("Unit"),     Cli::tr("List price"),
                 Cli::tr("Floor price"), Cli::tr("Currency"), Cli::tr("Tax rate (bp)"),
                 Cli::tr("Offered")};
    if (withCost) {
        t.keys.append(QStringLiteral("cost_minor"));
        t.headers.append(Cli::tr("Cost"));
    }
    for (const Product &p : *products) {
        const ProductDraft &d = p.fields;
        // Tables show amounts as people read them; CSV and JSON keep minor units for scripts.
        const auto amount = [&](qint64 minor) {
            return fmt == Format::Table ? QVariant(MoneyText::format({minor, d.currency})) : QVariant(minor);
        };
        QVariantList row = {p.id,
                            d.code,
                            d.name,
                            d.category,
                            d.unit,
                            amount(d.listPriceMinor),
                            amount(d.floorPriceMinor),
                            d.currency,
                            d.taxRateBasisPoints,
                            d.active};
        if (withCost)
            row.append(amount(d.costMinor));
        t.rows.append(row);
    }
    print(ctx.out(), t, fmt);
    return ExitOk;
}

int addProduct(CliContext &ctx)
{
    const QCommandLineParser &p = ctx.parser();
    ProductDraft d;
    d.code = p.value(QStringLiteral("code"));
    d.name = p.value(QStringLiteral("name"));
    d.category = p.value(QStringLiteral("category"));
    d.specification = p.value(QStringLiteral("specification"));
    d.unit = p.value(QStringLiteral("unit"));
    d.notes = p.value(QStringLiteral("notes"));
    if (p.isSet(QStringLiteral("currency")))
        d.currency = p.value(QStringLiteral("currency")).trimmed().toUpper();
    if (!p.isSet(QStringLiteral("price")))
        return ctx.usage(Cli::tr("products add needs --code, --name and --price, for example: "
                                 "guanxi-cli products add --code NB-X1 --name 笔记本 --price 8999.00"));
    const std::pair<const char *, qint64 *> amounts[] = {
        {"price", &d.listPriceMinor}, {"floor-price", &d.floorPriceMinor}, {"cost", &d.costMinor}};
    for (const auto &[option, out] : amounts) {
        if (!p.isSet(QLatin1String(option)))
            continue;
        Result<qint64> v = MoneyText::parse(p.value(QLatin1String(option)), d.currency);
        if (!v)
            return ctx.usage(QStringLiteral("--%1: %2").arg(QLatin1String(option), v.error().message));
        *out = *v;
    }
    if (p.isSet(QStringLiteral("tax-rate"))) {
        // A percentage as people write it: 13, 6, 9.5.
        bool ok = false;
        const double percent = p.value(QStringLiteral("tax-rate")).toDouble(&ok);
        if (!ok)
            return ctx.usage(Cli::tr("--tax-rate takes a percentage, for example 13."));
        d.taxRateBasisPoints = static_cast<int>(qRound(percent * 100));
    }
    Result<CliContext::Opened> opened = ctx.open();
    if (!opened)
        return ctx.fail(opened.error());
    Result<Product> saved = ProductService(*opened->db, Clock::system()).create(opened->actor, d);
    if (!saved)
        return ctx.fail(saved.error());
    ctx.out() << saved->id << '\n';
    return ExitOk;
}

class ProductsCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("products"); }
    QString synopsis() const override
    {
        return Cli::tr("  products list|add            the showroom (list: --search; add: --code --name --price …)");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            options::format(),
            options::search(),
            options::make(QStringLiteral("code"), QT_TRANSLATE_NOOP("Cli", "The product's code (products add)."),
                          QStringLiteral("CODE")),
            options::make(QStringLiteral("name"), QT_TRANSLATE_NOOP("Cli", "The product's name (products add)."),
                          QStringLiteral("TEXT")),
            options::make(QStringLiteral("category"),
                          QT_TRANSLATE_NOOP("Cli", "The product's category (products add)."), QStringLiteral("TEXT")),
            options::make(QStringLiteral("specification"),
                          QT_TRANSLATE_NOOP("Cli", "The product's specification (products add)."),
                          QStringLiteral("TEXT")),
            options::make(QStringLiteral("unit"),
                          QT_TRANSLATE_NOOP("Cli", "The product's unit, e.g. 台 (products add)."),
                          QStringLiteral("TEXT")),
            options::make(QStringLiteral("notes"), QT_TRANSLATE_NOOP("Cli", "Notes on the product (products add)."),
                          QStringLiteral("TEXT")),
            options::make(QStringLiteral("price"), QT_TRANSLATE_NOOP("Cli", "List price, e.g. 8999.00 (products add)."),
                          QStringLiteral("AMOUNT")),
            options::make(QStringLiteral("floor-price"),
                          QT_TRANSLATE_NOOP("Cli", "Lowest unit price without approval (products add)."),
                          QStringLiteral("AMOUNT")),
            options::make(QStringLiteral("cost"),
                          QT_TRANSLATE_NOOP("Cli", "What one unit costs the company (products add)."),
                          QStringLiteral("AMOUNT")),
            options::make(QStringLiteral("tax-rate"),
                          QT_TRANSLATE_NOOP("Cli", "Tax rate in percent, default 13 (products add)."),
                          QStringLiteral("PERCENT")),
            options::make(QStringLiteral("currency"),
                          QT_TRANSLATE_NOOP("Cli", "ISO 4217 currency code, default CNY (products add)."),
                          QStringLiteral("CODE"))};
    }
    int run(CliContext &ctx) const override;
};

int ProductsCommand::run(CliContext &ctx) const
{
    const QStringList args = ctx.positional();
    const QString sub = args.value(0);
    Format fmt;
    if (!parseFormat(ctx.parser().value(QStringLiteral("format")), &fmt))
        return ctx.usage(Cli::tr("--format takes table, csv or json."));
    if (sub == QLatin1String("list"))
        return listProducts(ctx, fmt);
    if (sub == QLatin1String("add"))
        return addProduct(ctx);
    return ctx.usage(Cli::tr("Usage: guanxi-cli products list|add"));
}

} // namespace

std::unique_ptr<const Command> commands::makeProducts()
{
    return std::make_unique<ProductsCommand>();
}

} // namespace guanxi::cli
