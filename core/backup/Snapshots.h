// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Progress.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QList>

namespace guanxi {

class Clock;
class Database;

struct Snapshot {
    QString path;
    QDateTime takenAt; // local time, from the file name
    qint64 sizeBytes = 0;
};

// The automatic backups kept in a folder beside the user's data: at most one a day, the newest
// `keep` kept. File names carry the time (guanxi-20261122-093000.sqlite3), so the list survives
// copying the folder elsewhere.
class Snapshots {
public:
    Snapshots(QString folder, const Clock &clock, int keep = 7);

    QString folder() const { return m_folder; }
    QList<Snapshot> list() const; // newest first
    // Takes a snapshot now, and drops the oldest beyond `keep`.
    Result<Snapshot> take(Database &db, const ProgressFn &progress = {});
    // Whether the newest is from an earlier day (or there is none): a daily one is due.
    bool isDailyDue() const;
    // Takes one when it is due. Returns whether it did.
    Result<bool> takeDailyIfDue(Database &db);

    static QString defaultFolder();

private:
    void prune() const;

    QString m_folder;
    const Clock &m_clock;
    int m_keep;
};

} // namespace guanxi
