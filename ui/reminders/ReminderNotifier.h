// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reminders/Reminder.h"
#include "core/reminders/ReminderTracker.h"
#include "ui/common/AppContext.h"

#include <QObject>

#include <chrono>

class QSystemTrayIcon;

namespace guanxi {

// Looks at the signed-in user's reminders whenever asked: the window's JobScheduler asks once a
// minute while the program runs and at once on start (which brings up those missed while it was
// closed), and pages ask after a change. A reminder not announced before pops up
// as a desktop notification from the system tray, with a sound if the user wants one; where there
// is no tray, the status bar's reminder button still counts them.
class ReminderNotifier : public QObject {
    Q_OBJECT
public:
    ReminderNotifier(const AppContext &ctx, QObject *parent = nullptr);

    // Puts the tray icon up (where there is a tray).
    void start();
    // How often the scheduler asks.
    static constexpr std::chrono::minutes kCheckEvery{1};
    void checkNow();
    const QList<Reminder> &due() const { return m_due; }

    static bool soundWanted();
    static void setSoundWanted(bool on);

signals:
    void dueChanged(int count);
    // For a manager or administrator: how many quotes wait for a price approval they may give.
    void approvalsWaiting(int count);
    void announced(const QList<Reminder> &fresh);
    void openRequested();

private:
    void announce(const QList<Reminder> &fresh);

    AppContext m_ctx;
    QSystemTrayIcon *m_tray = nullptr;
    ReminderTracker m_tracker;
    QList<Reminder> m_due;
};

} // namespace guanxi
