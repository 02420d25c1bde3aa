// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QList>
#include <QString>

namespace guanxi {

class Clock;
class Database;

struct PresenceEntry {
    QString sessionId;
    QString userId;
    QString userName;
    QString host;
    QString program;
    qint64 pid = 0;
    qint64 startedAt = 0;
    qint64 heartbeatAt = 0;
    QString editingEntity;
    QString editingId;

    // "王芳 (laptop-3)": how the status bar and messages name a colleague.
    QString label() const;
};

// This process's row in the file's presence table (migration 8): announced on open, refreshed by
// heartbeat(), removed by leave() or by the destructor. A row whose heartbeat is older than
// kExpiryMs belongs to a Guanxi that crashed or lost its network, and is ignored and later pruned;
// one of this computer whose process is gone is ignored at once.
// On a read-only file nothing is written and nobody is seen to be editing.
class Presence {
public:
    static constexpr qint64 kHeartbeatMs = 10'000;
    static constexpr qint64 kExpiryMs = 45'000;

    Presence(Database &db, const Clock &clock);
    ~Presence();
    Presence(const Presence &) = delete;
    Presence &operator=(const Presence &) = delete;

    Status announce(const QString &userId, const QString &userName, const QString &program);
    Status heartbeat();
    Status leave();
    // What this person has open for editing (empty entity: nothing).
    Status setEditing(const QString &entity, const QString &id);

    QString sessionId() const { return m_sessionId; }
    bool announced() const { return !m_sessionId.isEmpty(); }

    // Everyone else with the file open now (fresh heartbeats only), oldest first.
    Result<QList<PresenceEntry>> others() const;
    // Everyone else editing this record now.
    Result<QList<PresenceEntry>> othersEditing(const QString &entity, const QString &id) const;

    // The same question without an announced row of one's own (guanxi-cli, restore, sharing).
    static Result<QList<PresenceEntry>> present(Database &db, const Clock &clock, const QString &exceptSession = {});
    // Busy, naming them, while anyone but `ownSession` has the file open: what sharing on or off
    // and a restore need.
    static Status requireAlone(Database &db, const Clock &clock, const QString &ownSession = {});

private:
    Database &m_db;
    const Clock &m_clock;
    QString m_sessionId;
};

} // namespace guanxi
