// SPDX-License-Identifier: GPL-3.0-or-later
// guanxi: the desktop application.
#include "backup/Snapshots.h"
#include "i18n/Translations.h"
#include "shell/MainWindow.h"
#include "startup/StartupFlow.h"
#include "util/AppPaths.h"
#include "util/Clock.h"
#include "workspace/OpenWorkspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPointer>
#include <QSettings>
#include <QThread>

using namespace guanxi;

namespace {

// Once a day, a snapshot of the database in the background, on its own connection.
void takeDailySnapshot(const QString &path, MainWindow *window)
{
    QPointer<MainWindow> target(window);
    const int keep = QSettings().value(QStringLiteral("backup/keep"), 7).toInt();
    QThread *thread = QThread::create([path, keep, target] {
        auto db = openWorkspace(path);
        if (!db)
            return;
        Result<bool> taken = Snapshots(Snapshots::defaultFolder(), Clock::system(), keep).takeDailyIfDue(**db);
        const QString message = !taken ? QApplication::translate("Main", "The daily snapshot failed: %1").arg(taken.error().message)
                                : *taken ? QApplication::translate("Main", "Today's snapshot of the database was saved.")
                                         : QString();
        if (!message.isEmpty())
            QMetaObject::invokeMethod(qApp, [target, message] {
                if (target)
                    target->showStatusMessage(message);
            });
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    AppPaths::setApplicationIdentity();
    QApplication::setApplicationVersion(QStringLiteral(GUANXI_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Guanxi"));
    QApplication::setDesktopFileName(QStringLiteral("org.example.guanxi"));
    Translations::install(Translations::preference());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("Main", "Guanxi CRM"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("Main", "Open this database file."),
                                      QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.process(app);

    const bool given = parser.isSet(dbOption);
    StartupFlow startup(given ? parser.value(dbOption) : AppPaths::defaultDatabasePath(), given, Clock::system());
    AppContext ctx;
    std::unique_ptr<Database> db = startup.run(&ctx.session);
    if (!db)
        return 1;
    ctx.db = db.get();
    ctx.clock = &Clock::system();

    MainWindow window(ctx);
    window.show();
    takeDailySnapshot(db->path(), &window);
    return app.exec();
}
