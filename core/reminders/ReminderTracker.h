// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reminders/Reminder.h"

#include <QHash>

namespace guanxi {

// Which of the due reminders have not been announced yet, so a desktop notification pops up once
// per reminder however often (or with whatever clock jumps) the due list is read. A snoozed
// reminder is announced again once its snooze is over. A new tracker (a new start of the program)
// announces everything due, which is how reminders missed while it was closed show up.
class ReminderTracker {
public:
    QList<Reminder> fresh(const QList<Reminder> &due)
    {
        QList<Reminder> out;
        for (const Reminder &r : due) {
            const auto seen = m_announced.constFind(r.key);
            if (seen != m_announced.constEnd() && *seen == r.snoozedUntil)
                continue;
            m_announced.insert(r.key, r.snoozedUntil);
            out.append(r);
        }
        return out;
    }

private:
    QHash<QString, qint64> m_announced; // key → the snooze it had when announced
};

} // namespace guanxi
