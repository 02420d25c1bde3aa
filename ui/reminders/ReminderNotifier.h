// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reminders/Reminder.h"
#include "core/reminders/ReminderTracker.h"
#include "ui/common/AppContext.h"

#include <QObject>

class QSystemTrayIcon;
class QTimer;

namespace guanxi {

// Looks at the signed-in user's reminders once a minute while the program runs (and at once on
// start, which brings up those missed while it was closed). A reminder not announced before pops up
// as a desktop notification from the system tray, with a sound if the user wants one; where there
// is no tray, the status bar's reminder button still counts them.
class ReminderNotifier : public QObject {
    Q_OBJECT
public:
    ReminderNotifier(const AppContext &ctx, QObject *parent = nullptr);

    void start();
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
    QTimer *m_timer;
    QSystemTrayIcon *m_tray = nullptr;
    ReminderTracker m_tracker;
    QList<Reminder> m_due;
};

} // namespace guanxi
