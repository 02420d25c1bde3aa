// SPDX-License-Identifier: GPL-3.0-or-later
// guanxi: the desktop application.
#include "backup/Snapshots.h"
#include "i18n/Translations.h"
#include "sharing/Presence.h"
#include "shell/MainWindow.h"
#include "startup/StartupFlow.h"
#include "storage/HealthCheck.h"
#include "users/UserTableSeal.h"
#include "util/AppPaths.h"
#include "util/Clock.h"
#include "workspace/OpenWorkspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QThread>

using namespace guanxi;

namespace {

// After opening, in the background on its own connection: a quick check of every page (damage in
// pages nothing has read yet), then once a day a snapshot. A damaged file gets no snapshot, so it
// cannot push a good one out of the kept set.
void checkAndSnapshot(const QString &path, MainWindow *window)
{
    QPointer<MainWindow> target(window);
    const int keep = QSettings().value(QStringLiteral("backup/keep"), 7).toInt();
    QThread *thread = QThread::create([path, keep, target] {
        auto db = openWorkspace(path);
        if (!db)
            return;
        Result<QStringList> damage = HealthCheck::quickProblems(**db);
        if (damage && !damage->isEmpty()) {
            const QStringList problems = *damage;
            QMetaObject::invokeMethod(qApp, [target, problems] {
                if (target)
                    target->reportDamage(problems);
            });
            return;
        }
        if (Result<bool> sealed = UserTableSeal::intact(**db); sealed && !*sealed)
            QMetaObject::invokeMethod(qApp, [target] {
                if (target)
                    QMessageBox::warning(target, QApplication::translate("Main", "Accounts changed outside Guanxi"),
                                         QApplication::translate(
                                             "Main", "The users table of this file was changed by another program: a "
                                                     "role, a password or an account may not be what Guanxi last saved. "
                                                     "An administrator should check the accounts in Settings. Teams that "
                                                     "need permissions enforced should use server sync."));
            });
        if ((*db)->isReadOnly())
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
    // This window among those who have the file open; declared after the database, so it leaves
    // (its row removed) before the database closes.
    Presence presence(*db, Clock::system());
    if (Status s = presence.announce(ctx.session.userId, ctx.session.displayName, QStringLiteral("guanxi")); s)
        ctx.presence = &presence;

    MainWindow window(ctx);
    window.show();
    checkAndSnapshot(db->path(), &window);
    return app.exec();
}
