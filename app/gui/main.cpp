// SPDX-License-Identifier: GPL-3.0-or-later
// guanxi: the desktop application.
#include "core/i18n/Translations.h"
#include "core/sharing/Presence.h"
#include "core/util/AppPaths.h"
#include "core/util/Clock.h"
#include "core/workspace/OpenWorkspace.h"
#include "ui/common/KeychainSecretStore.h"
#include "ui/common/WheelGuard.h"
#include "ui/shell/AfterOpenChecks.h"
#include "ui/shell/MainWindow.h"
#include "ui/startup/SignInDialog.h"
#include "ui/startup/StartupFlow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

using namespace guanxi;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    AppPaths::setApplicationIdentity();
    QApplication::setApplicationVersion(QStringLiteral(GUANXI_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Guanxi"));
    QApplication::setDesktopFileName(QStringLiteral("org.example.guanxi"));
    Translations::install(Translations::preference());
    WheelGuard::install();

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
    // One window per signed-in person; File → Sign out closes it and asks who signs in next.
    bool checked = false;
    for (;;) {
        int code = 0;
        bool signingOut = false;
        {
            // This window among those who have the file open; made after the database, so it
            // leaves (its row removed) before the database closes.
            Presence presence(*db, Clock::system());
            ctx.presence = nullptr;
            if (Status s = presence.announce(ctx.session.userId, ctx.session.displayName, QStringLiteral("guanxi")); s)
                ctx.presence = &presence;
            MainWindow window(ctx);
            QObject::connect(&window, &MainWindow::signOutRequested, &window, [&signingOut] { signingOut = true; });
            window.show();
            if (!checked)
                runAfterOpenChecks(db->path(), &window); // once per start: the file is the same
            checked = true;
            code = app.exec();
        }
        ctx.presence = nullptr;
        if (!signingOut)
            return code;
        KeychainSecretStore keychain;
        SignInDialog signIn(*db, Clock::system(), &keychain);
        if (signIn.exec() != QDialog::Accepted)
            return code;
        ctx.session = signIn.session();
    }
}
