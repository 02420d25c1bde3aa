// SPDX-License-Identifier: GPL-3.0-or-later
// guanxi-cli: the same core as the GUI, for scripts and servers. Each command is an object in
// app/cli/commands/ with its own options; this finds the one asked for and runs it.
#include "app/cli/CliContext.h"
#include "app/cli/CliText.h"
#include "app/cli/Command.h"
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

    // The options are the shared ones and the command's own, so `guanxi-cli import --help` shows
    // what import takes and an option of another command is refused as unknown.
    const QString name = commandNameIn(app.arguments());
    const Command *command = findCommand(name);
    QCommandLineParser p;
    p.setApplicationDescription(command ? command->synopsis() : overview());
    const QCommandLineOption help = p.addHelpOption();
    const QCommandLineOption version = p.addVersionOption();
    p.addOptions(sharedOptions());
    if (command)
        p.addOptions(command->options());
    p.addPositionalArgument(QStringLiteral("command"), Cli::tr("What to do (see above)."));
    const bool parsed = p.parse(app.arguments());
    CliContext ctx(p);
    if (!parsed)
        return ctx.usage(p.errorText());
    if (p.isSet(help))
        p.showHelp(ExitOk);
    if (p.isSet(version))
        p.showVersion();
    if (name.isEmpty())
        return ctx.usage(Cli::tr("Say what to do, for example: guanxi-cli customers list"));
    if (!command)
        return ctx.usage(Cli::tr("Unknown command: %1").arg(name));
    return command->run(ctx);
}
