// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/AfterOpenChecks.h"

#include "core/backup/Snapshots.h"
#include "core/storage/HealthCheck.h"
#include "core/users/UserTableSeal.h"
#include "core/util/Clock.h"
#include "core/workspace/OpenWorkspace.h"
#include "ui/common/MessageBox.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QThread>

namespace guanxi {

namespace {

int snapshotsKept()
{
    return QSettings().value(QStringLiteral("backup/keep"), 7).toInt();
}

// Takes the day's snapshot if it is due, and says so in the window's status bar.
void takeDailySnapshot(Database &db, const QPointer<MainWindow> &target, int keep)
{
    Result<bool> taken = Snapshots(Snapshots::defaultFolder(), Clock::system(), keep).takeDailyIfDue(db);
    const QString message = !taken
        ? QApplication::translate("Main", "The daily snapshot failed: %1").arg(taken.error().message)
        : *taken ? QApplication::translate("Main", "Today's snapshot of the database was saved.")
                 : QString();
    if (!message.isEmpty())
        QMetaObject::invokeMethod(qApp, [target, message] {
            if (target)
                target->showStatusMessage(message);
        });
}

} // namespace

void takeDailySnapshotInBackground(const QString &path, MainWindow *window)
{
    const int keep = snapshotsKept();
    // Most hours there is nothing to do: the day's snapshot is there already.
    if (!Snapshots(Snapshots::defaultFolder(), Clock::system(), keep).isDailyDue())
        return;
    QPointer<MainWindow> target(window);
    QThread *thread = QThread::create([path, keep, target] {
        auto db = openWorkspace(path);
        if (!db || (*db)->isReadOnly())
            return;
        // As at opening: a damaged file gets no snapshot, so it cannot push a good one out.
        if (Result<QStringList> damage = HealthCheck::quickProblems(**db); !damage || !damage->isEmpty())
            return;
        takeDailySnapshot(**db, target, keep);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

QThread *runAfterOpenChecks(const QString &path, MainWindow *window)
{
    QPointer<MainWindow> target(window);
    const int keep = snapshotsKept(); // read on this (the GUI) thread, before the worker starts
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
                    MessageBox::warning(
                        target, QApplication::translate("Main", "Accounts changed outside Guanxi"),
                        QApplication::translate("Main",
                                                "The users table of this file was changed by another program: a "
                                                "role, a password or an account may not be what Guanxi last saved. "
                                                "An administrator should check the accounts in Settings. Teams that "
                                                "need permissions enforced should use server sync."));
            });
        if (!(*db)->isReadOnly())
            takeDailySnapshot(**db, target, keep);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
    return thread;
}

} // namespace guanxi
