// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Command.h"

#include "app/cli/CliText.h"
#include "app/cli/Options.h"
#include "app/cli/commands/AllCommands.h"

#include <QSet>

namespace guanxi::cli {

const std::vector<std::unique_ptr<const Command>> &allCommands()
{
    static const std::vector<std::unique_ptr<const Command>> all = [] {
        using namespace commands;
        std::vector<std::unique_ptr<const Command>> v;
        for (auto make : {makeInit, makeSeed, makeCustomers, makeSearch, makeProducts, makeQuotes, makeOrders,
                          makePrint, makeReminders, makeImportTransactions, makeReport, makeImport, makeExport,
                          makeBackup, makeRestore, makeCheck, makeShare})
            v.push_back(make());
        return v;
    }();
    return all;
}

const Command *findCommand(const QString &name)
{
    for (const auto &c : allCommands())
        if (c->name() == name)
            return c.get();
    return nullptr;
}

QList<QCommandLineOption> sharedOptions()
{
    return {options::make(QStringLiteral("db"),
                          QT_TRANSLATE_NOOP("Cli", "Database file (default: the one the Guanxi app uses)."),
                          QStringLiteral("FILE")),
            options::make(QStringLiteral("user"),
                          QT_TRANSLATE_NOOP("Cli", "Sign in as this login (databases with several users)."),
                          QStringLiteral("LOGIN"))};
}

QString commandNameIn(const QStringList &arguments)
{
    // Options that take a value, of any command: "--db FILE customers list" names customers.
    QSet<QString> valued;
    QList<QCommandLineOption> every = sharedOptions();
    for (const auto &c : allCommands())
        every += c->options();
    for (const QCommandLineOption &o : std::as_const(every))
        if (!o.valueName().isEmpty())
            for (const QString &n : o.names())
                valued.insert(n);
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            return arguments.value(i + 1);
        if (!a.startsWith(QLatin1Char('-')))
            return a;
        const QString bare = a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1);
        if (!bare.contains(QLatin1Char('=')) && valued.contains(bare))
            ++i; // its value
    }
    return {};
}

QString overview()
{
    QString text =
        Cli::tr("Guanxi CRM on the command line.") + QStringLiteral("\n\n") + Cli::tr("Commands:") + QLatin1Char('\n');
    for (const auto &c : allCommands())
        text += c->synopsis() + QLatin1Char('\n');
    text += QLatin1Char('\n') + Cli::tr("guanxi-cli COMMAND --help shows the options of that command.")
        + QStringLiteral("\n\n")
        + Cli::tr("Exit codes: 0 ok, 1 error, 2 bad arguments or input, 3 duplicate, 4 changed by someone else, "
                  "5 not allowed, 6 not found, 7 not in this state (a quote already sent), 8 the file stayed busy.");
    return text;
}

} // namespace guanxi::cli
