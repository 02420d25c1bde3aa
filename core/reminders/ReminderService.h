// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reminders/Reminder.h"
#include "core/users/User.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace guanxi {

class Clock;
class Database;

// Reminders, computed by rules from the data at a given moment: follow-ups, commitments and
// receivables coming due, birthdays and care days, deals closing, customers about to fall back to
// the public pool, tasks. Nothing is scheduled, so a reminder missed while the program was closed
// is simply due at the next start, and a clock that jumps (a laptop waking, daylight saving) can
// neither lose one nor produce it twice: the same reminder always has the same key. A snooze or a
// "done" is kept per user under that key.
class ReminderService {
    Q_DECLARE_TR_FUNCTIONS(ReminderService)
public:
    // Birthdays and care days are still shown this many days after the day, for a program that
    // was closed over a long weekend.
    static constexpr int kYearlyLookbackDays = 3;

    ReminderService(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    Result<ReminderSettings> settings(const Session &actor);
    Status setSettings(const Session &actor, const ReminderSettings &settings);

    // The actor's reminders due at `atMs` (the clock's now when 0), not done and not snoozed past
    // that moment, earliest first.
    Result<QList<Reminder>> due(const Session &actor, qint64 atMs = 0);
    // Puts a due (or snoozed) reminder off until `untilMs`, which must lie ahead.
    Status snooze(const Session &actor, const QString &key, qint64 untilMs);
    // Dismisses a due (or snoozed) reminder for good.
    Status done(const Session &actor, const QString &key);

private:
    Result<QList<Reminder>> compute(const Session &actor, qint64 at, bool includeSnoozed);
    Status requireDue(const Session &actor, const QString &key);
    Status writeState(const Session &actor, const QString &key, qint64 snoozedUntil, qint64 doneAt);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace guanxi
