// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Options.h"

#include "app/cli/CliText.h"

namespace guanxi::cli::options {

QCommandLineOption make(const QString &name, const char *help, const QString &valueName, const QString &defaultValue)
{
    return QCommandLineOption(name, Cli::tr(help), valueName, defaultValue);
}

QCommandLineOption format()
{
    return make(QStringLiteral("format"), QT_TRANSLATE_NOOP("Cli", "Output: table, csv or json."),
                QStringLiteral("FORMAT"), QStringLiteral("table"));
}

QCommandLineOption limit()
{
    return make(QStringLiteral("limit"), QT_TRANSLATE_NOOP("Cli", "List at most N rows (0: all)."), QStringLiteral("N"),
                QStringLiteral("100"));
}

QCommandLineOption search()
{
    return make(QStringLiteral("search"),
                QT_TRANSLATE_NOOP("Cli", "Only rows whose name, phone or e-mail contains TEXT."),
                QStringLiteral("TEXT"));
}

QCommandLineOption expectVersion()
{
    return make(QStringLiteral("expect-version"),
                QT_TRANSLATE_NOOP("Cli", "Only save if the record is still at version N."), QStringLiteral("N"));
}

QCommandLineOption currency()
{
    return make(QStringLiteral("currency"), QT_TRANSLATE_NOOP("Cli", "An ISO 4217 currency code, default CNY."),
                QStringLiteral("CODE"));
}

} // namespace guanxi::cli::options
