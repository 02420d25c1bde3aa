// SPDX-License-Identifier: GPL-3.0-or-later
// guanxi-cli: the same core as the GUI, for scripts and servers.
#include "app/cli/AnalyticsCommands.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliText.h"
#include "app/cli/CustomerCommands.h"
#include "app/cli/ImportExportCommands.h"
#include "app/cli/MaintenanceCommands.h"
#include "app/cli/ProductCommands.h"
#include "app/cli/ReminderCommands.h"
#include "app/cli/SalesCommands.h"
#include "app/cli/SearchCommands.h"
#include "core/i18n/Translations.h"
#include "core/util/AppPaths.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>

using namespace guanxi;
using namespace guanxi::cli;

int main(int argc, char *argv[])
{
    // Printing lays documents out with fonts, which needs a GUI application; without a display it
    // runs offscreen, so the command line works on servers too.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // What Qt would pick itself (and warn about on every run): a private folder under /tmp.
        const QByteArray runtime = QDir::tempPath().toLocal8Bit() + "/runtime-" + qgetenv("USER");
        QDir().mkpath(QString::fromLocal8Bit(runtime));
        QFile::setPermissions(QString::fromLocal8Bit(runtime), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime);
    }
    QGuiApplication app(argc, argv);
    AppPaths::setApplicationIdentity();
    QCoreApplication::setApplicationVersion(QStringLiteral(GUANXI_VERSION));
    Translations::install(Translations::preference());

    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr(
        "Guanxi CRM on the command line.\n\n"
        "Commands:\n"
        "  init                         create a database (and its administrator)\n"
        "  seed                         fill an empty database with demo data\n"
        "  customers list|add|show|edit|delete|restore\n"
        "  search QUERY                 customers, contacts and leads by name, pinyin, phone, e-mail, tag\n"
        "  products list|add            the showroom (list: --search; add: --code --name --price …)\n"
        "  quotes list                  quotes (JSON: id, number, customer, total_minor, currency, status)\n"
        "  quotes approvals             price approvals waiting for you (or your own requests and answers)\n"
        "  quotes ask-approval|approve|refuse ID [--message TEXT]   ask for, give or refuse a price approval\n"
        "  orders list                  orders and their state\n"
        "  print quote|order|delivery ID --pdf FILE [--warehouse] [--language zh_CN|zh_TW|en]   the printed document as PDF\n"
        "  reminders --due [--at ISO-DATETIME]   the reminders due now (or then)\n"
        "  reminders snooze KEY --until ISO-DATETIME | reminders done KEY\n"
        "  import-transactions FILE     a purchase log (customer, date, quantity, value) as customers and orders\n"
        "  report rfm|rfm-customers|pareto|sales|migration|churn|ageing|activity|stages|quota|retention|products|\n"
        "         proposals [--from --to --by --segment]\n"
        "                               customer analysis, sales and operations reports\n"
        "  report clv --calibration-end YYYY-MM-DD [--per-customer]   customer lifetime value (BG/NBD, Gamma-Gamma)\n"
        "  import customers|contacts|leads FILE   from .csv (UTF-8 or GBK), .xlsx or .vcf\n"
        "  export customers|contacts FILE         to .csv, .xlsx (or .vcf for contacts)\n"
        "  backup DEST                  copy the database (safe while in use)\n"
        "  restore SRC                  replace the database with a backup\n"
        "  check                        integrity, foreign keys, schema version and sharing\n"
        "  share on|off|status          share this file with colleagues on the LAN (rollback journal)\n\n"
        "Exit codes: 0 ok, 1 error, 2 bad arguments or input, 3 duplicate, 4 changed by someone else, "
        "5 not allowed, 6 not found."));
    p.addHelpOption();
    p.addVersionOption();
    const auto opt = [&](const QString &name, const char *help, const QString &valueName = {},
                         const QString &defaultValue = {}) {
        QCommandLineOption o(name, Cli::tr(help), valueName, defaultValue);
        p.addOption(o);
    };
    opt(QStringLiteral("db"), QT_TRANSLATE_NOOP("Cli", "Database file (default: the one the Guanxi app uses)."),
        QStringLiteral("FILE"));
    opt(QStringLiteral("user"), QT_TRANSLATE_NOOP("Cli", "Sign in as this login (databases with several users)."),
        QStringLiteral("LOGIN"));
    opt(QStringLiteral("format"), QT_TRANSLATE_NOOP("Cli", "Output: table, csv or json."), QStringLiteral("FORMAT"),
        QStringLiteral("table"));
    opt(QStringLiteral("limit"), QT_TRANSLATE_NOOP("Cli", "List at most N rows (0: all)."), QStringLiteral("N"),
        QStringLiteral("100"));
    opt(QStringLiteral("sort"), QT_TRANSLATE_NOOP("Cli", "Sort by name, tier, region, industry or last-contact."),
        QStringLiteral("COLUMN"), QStringLiteral("name"));
    opt(QStringLiteral("descending"), QT_TRANSLATE_NOOP("Cli", "Sort in descending order."));
    opt(QStringLiteral("search"), QT_TRANSLATE_NOOP("Cli", "Only rows whose name, phone or e-mail contains TEXT."),
        QStringLiteral("TEXT"));
    for (const QString &field : customerFieldNames())
        opt(field, QT_TRANSLATE_NOOP("Cli", "A field of the new customer (customers add)."), QStringLiteral("VALUE"));
    opt(QStringLiteral("on-duplicate"),
        QT_TRANSLATE_NOOP("Cli",
                          "What import does with a row that is already in the database: skip, update or create."),
        QStringLiteral("ACTION"), QStringLiteral("skip"));
    opt(QStringLiteral("rejects"),
        QT_TRANSLATE_NOOP("Cli", "Write the rows import refused, with the reason, to this CSV file."),
        QStringLiteral("FILE"));
    opt(QStringLiteral("keep-owner-and-dates"),
        QT_TRANSLATE_NOOP("Cli", "Take owner, created and last-contact dates from the file (import)."));
    opt(QStringLiteral("dry-run"),
        QT_TRANSLATE_NOOP("Cli", "Check the file and report what import would do, writing nothing."));
    opt(QStringLiteral("force"),
        QT_TRANSLATE_NOOP("Cli", "Save even when the duplicate guard finds the same customer."));
    opt(QStringLiteral("set"), QT_TRANSLATE_NOOP("Cli", "Change a field: FIELD=VALUE (customers edit; repeatable)."),
        QStringLiteral("FIELD=VALUE"));
    opt(QStringLiteral("encoding"),
        QT_TRANSLATE_NOOP(
            "Cli",
            "The encoding of a CSV file to import, e.g. GBK, Big5, Shift_JIS, windows-1252 (import; default: detected)."),
        QStringLiteral("NAME"));
    opt(QStringLiteral("sheet"),
        QT_TRANSLATE_NOOP(
            "Cli",
            "The worksheet of a workbook to import (import; default: the one shown when it was saved, or the first with data)."),
        QStringLiteral("NAME"));
    opt(QStringLiteral("message"),
        QT_TRANSLATE_NOOP(
            "Cli", "A word for the manager, or the reason for a refusal (quotes ask-approval, approve, refuse)."),
        QStringLiteral("TEXT"));
    opt(QStringLiteral("expect-version"), QT_TRANSLATE_NOOP("Cli", "Only save if the record is still at version N."),
        QStringLiteral("N"));
    opt(QStringLiteral("code"), QT_TRANSLATE_NOOP("Cli", "The product's code (products add)."), QStringLiteral("CODE"));
    opt(QStringLiteral("category"), QT_TRANSLATE_NOOP("Cli", "The product's category (products add)."),
        QStringLiteral("TEXT"));
    opt(QStringLiteral("specification"), QT_TRANSLATE_NOOP("Cli", "The product's specification (products add)."),
        QStringLiteral("TEXT"));
    opt(QStringLiteral("unit"), QT_TRANSLATE_NOOP("Cli", "The product's unit, e.g. 台 (products add)."),
        QStringLiteral("TEXT"));
    opt(QStringLiteral("price"), QT_TRANSLATE_NOOP("Cli", "List price, e.g. 8999.00 (products add)."),
        QStringLiteral("AMOUNT"));
    opt(QStringLiteral("floor-price"), QT_TRANSLATE_NOOP("Cli", "Lowest unit price without approval (products add)."),
        QStringLiteral("AMOUNT"));
    opt(QStringLiteral("cost"), QT_TRANSLATE_NOOP("Cli", "What one unit costs the company (products add)."),
        QStringLiteral("AMOUNT"));
    opt(QStringLiteral("tax-rate"), QT_TRANSLATE_NOOP("Cli", "Tax rate in percent, default 13 (products add)."),
        QStringLiteral("PERCENT"));
    opt(QStringLiteral("currency"), QT_TRANSLATE_NOOP("Cli", "ISO 4217 currency code, default CNY (products add)."),
        QStringLiteral("CODE"));
    opt(QStringLiteral("customers"), QT_TRANSLATE_NOOP("Cli", "Number of demo customers (seed)."), QStringLiteral("N"),
        QStringLiteral("2000"));
    opt(QStringLiteral("orders"), QT_TRANSLATE_NOOP("Cli", "Number of demo orders (seed)."), QStringLiteral("N"),
        QStringLiteral("10000"));
    opt(QStringLiteral("interactions"),
        QT_TRANSLATE_NOOP("Cli",
                          "Number of timeline touch points in all (seed; default: one or two per contacted customer)."),
        QStringLiteral("N"));
    opt(QStringLiteral("seed"), QT_TRANSLATE_NOOP("Cli", "Random seed: the same seed gives the same data."),
        QStringLiteral("S"), QStringLiteral("1"));
    opt(QStringLiteral("as-of"), QT_TRANSLATE_NOOP("Cli", "The date the demo data ends (seed)."),
        QStringLiteral("YYYY-MM-DD"));
    opt(QStringLiteral("admin-name"), QT_TRANSLATE_NOOP("Cli", "Name of the administrator (init)."),
        QStringLiteral("NAME"), QStringLiteral("Administrator"));
    opt(QStringLiteral("admin-login"), QT_TRANSLATE_NOOP("Cli", "Login of the administrator (init)."),
        QStringLiteral("LOGIN"), QStringLiteral("admin"));
    opt(QStringLiteral("pdf"), QT_TRANSLATE_NOOP("Cli", "Write the printed document to this PDF file (print)."),
        QStringLiteral("FILE"));
    opt(QStringLiteral("due"), QT_TRANSLATE_NOOP("Cli", "List the reminders that are due (reminders)."));
    opt(QStringLiteral("at"),
        QT_TRANSLATE_NOOP("Cli", "The moment to look at instead of now, e.g. 2026-11-23T09:00 (reminders)."),
        QStringLiteral("ISO-DATETIME"));
    opt(QStringLiteral("until"), QT_TRANSLATE_NOOP("Cli", "Snooze until this moment (reminders snooze)."),
        QStringLiteral("ISO-DATETIME"));
    opt(QStringLiteral("calibration-end"),
        QT_TRANSLATE_NOOP("Cli", "The last day of the calibration period (report clv)."), QStringLiteral("YYYY-MM-DD"));
    opt(QStringLiteral("from"), QT_TRANSLATE_NOOP("Cli", "The first day of the report's period (report)."),
        QStringLiteral("YYYY-MM-DD"));
    opt(QStringLiteral("to"), QT_TRANSLATE_NOOP("Cli", "The last day of the report's period (report)."),
        QStringLiteral("YYYY-MM-DD"));
    opt(QStringLiteral("by"), QT_TRANSLATE_NOOP("Cli", "What the sales report groups by (report sales)."),
        QStringLiteral("DIMENSION"));
    opt(QStringLiteral("segment"), QT_TRANSLATE_NOOP("Cli", "One RFM segment's customers (report rfm)."),
        QStringLiteral("CODE"));
    opt(QStringLiteral("per-customer"), QT_TRANSLATE_NOOP("Cli", "Each customer's figures too (report clv)."));
    opt(QStringLiteral("warehouse"),
        QT_TRANSLATE_NOOP("Cli", "The warehouse copy of a delivery note, without prices (print)."));
    opt(QStringLiteral("language"),
        QT_TRANSLATE_NOOP("Cli",
                          "The language of the printed document: zh_CN, zh_TW or en (print; default: the customer's)."),
        QStringLiteral("LANGUAGE"));
    p.addPositionalArgument(QStringLiteral("command"), Cli::tr("What to do (see above)."));
    p.process(app);

    CliContext ctx(p);
    const QStringList args = p.positionalArguments();
    if (args.isEmpty())
        return ctx.usage(Cli::tr("Say what to do, for example: guanxi-cli customers list"));
    const QString command = args.first();
    if (command == QLatin1String("init"))
        return runInit(ctx);
    if (command == QLatin1String("seed"))
        return runSeed(ctx);
    if (command == QLatin1String("customers"))
        return runCustomers(ctx);
    if (command == QLatin1String("search"))
        return runSearch(ctx);
    if (command == QLatin1String("products"))
        return runProducts(ctx);
    if (command == QLatin1String("quotes"))
        return runQuotes(ctx);
    if (command == QLatin1String("orders"))
        return runOrders(ctx);
    if (command == QLatin1String("import-transactions"))
        return runImportTransactions(ctx);
    if (command == QLatin1String("report"))
        return runReport(ctx);
    if (command == QLatin1String("reminders"))
        return runReminders(ctx);
    if (command == QLatin1String("print"))
        return runPrint(ctx);
    if (command == QLatin1String("import"))
        return runImport(ctx);
    if (command == QLatin1String("export"))
        return runExport(ctx);
    if (command == QLatin1String("backup"))
        return runBackup(ctx);
    if (command == QLatin1String("restore"))
        return runRestore(ctx);
    if (command == QLatin1String("check"))
        return runCheck(ctx);
    if (command == QLatin1String("share"))
        return runShare(ctx);
    return ctx.usage(Cli::tr("Unknown command: %1").arg(command));
}
