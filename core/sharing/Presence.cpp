// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sharing/Presence.h"

#include "core/storage/Database.h"
#include "core/storage/ResultRow.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"
#include "core/util/Clock.h"
#include "core/util/Uuid7.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSysInfo>
#include <QVariant>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace guanxi {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kColumns = QStringLiteral("session_id, user_id, user_name, host, program, pid, started_at, heartbeat_at, "
                                        "editing_entity, editing_id");

PresenceEntry entryOf(const ResultRow &r)
{
    PresenceEntry e;
    e.sessionId = r.text("session_id"_L1);
    e.userId = r.text("user_id"_L1);
    e.userName = r.text("user_name"_L1);
    e.host = r.text("host"_L1);
    e.program = r.text("program"_L1);
    e.pid = r.integer("pid"_L1);
    e.startedAt = r.integer("started_at"_L1);
    e.heartbeatAt = r.integer("heartbeat_at"_L1);
    e.editingEntity = r.text("editing_entity"_L1);
    e.editingId = r.text("editing_id"_L1);
    return e;
}

// A row of this computer whose process is gone is a crash seen at once, before its heartbeat
// expires. Rows of other computers wait for the expiry.
bool goneFromThisComputer(const PresenceEntry &e)
{
#ifdef Q_OS_UNIX
    if (e.host != QSysInfo::machineHostName() || e.pid <= 0)
        return false;
    return ::kill(static_cast<pid_t>(e.pid), 0) != 0 && errno == ESRCH;
#else
    Q_UNUSED(e);
    return false;
#endif
}

Result<QList<PresenceEntry>> readAll(QSqlQuery &q)
{
    if (!q.exec())
        return toError(q);
    QList<PresenceEntry> out;
    for (const ResultRow r(q); q.next();) {
        PresenceEntry e = entryOf(r);
        if (!goneFromThisComputer(e))
            out.append(std::move(e));
    }
    return out;
}

} // namespace

QString PresenceEntry::label() const
{
    return host.isEmpty() ? userName : QCoreApplication::translate("Presence", "%1 (%2)").arg(userName, host);
}

Presence::Presence(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Presence::~Presence()
{
    Status s = leave();
    Q_UNUSED(s);
}

Status Presence::announce(const QString &userId, const QString &userName, const QString &program)
{
    if (m_db.isReadOnly())
        return {};
    const qint64 now = m_clock.nowMs();
    // Rows of crashed sessions are pruned by whoever arrives next.
    QSqlQuery prune(m_db.sql());
    prune.prepare(QStringLiteral("DELETE FROM presence WHERE heartbeat_at < ?"));
    prune.addBindValue(now - kExpiryMs);
    if (!prune.exec())
        return toError(prune);
    const QString id = newUuid7(now);
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO presence (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)").arg(kColumns));
    q.addBindValue(id);
    q.addBindValue(sql::nullIfEmpty(userId));
    q.addBindValue(userName);
    q.addBindValue(QSysInfo::machineHostName());
    q.addBindValue(program);
    q.addBindValue(QCoreApplication::applicationPid());
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return toError(q);
    m_sessionId = id;
    return {};
}

Status Presence::heartbeat()
{
    if (!announced())
        return {};
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE presence SET heartbeat_at = ? WHERE session_id = ?"));
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(m_sessionId);
    if (!q.exec())
        return toError(q);
    return {};
}

Status Presence::leave()
{
    if (!announced())
        return {};
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM presence WHERE session_id = ?"));
    q.addBindValue(m_sessionId);
    if (!q.exec())
        return toError(q);
    m_sessionId.clear();
    return {};
}

Status Presence::setEditing(const QString &entity, const QString &id)
{
    if (!announced())
        return {};
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "UPDATE presence SET editing_entity = ?, editing_id = ?, heartbeat_at = ? WHERE session_id = ?"));
    q.addBindValue(sql::nullIfEmpty(entity));
    q.addBindValue(entity.isEmpty() ? QVariant() : sql::nullIfEmpty(id));
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(m_sessionId);
    if (!q.exec())
        return toError(q);
    return {};
}

Result<QList<PresenceEntry>> Presence::others() const
{
    return present(m_db, m_clock, m_sessionId);
}

Result<QList<PresenceEntry>> Presence::othersEditing(const QString &entity, const QString &id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM presence WHERE editing_id = ? AND editing_entity = ? AND session_id <> ? "
                             "AND heartbeat_at >= ? ORDER BY started_at")
                  .arg(kColumns));
    q.addBindValue(id);
    q.addBindValue(entity);
    q.addBindValue(sql::text(m_sessionId)); // never NULL: "<> NULL" would match nobody
    q.addBindValue(m_clock.nowMs() - kExpiryMs);
    return readAll(q);
}

Result<QList<PresenceEntry>> Presence::present(Database &db, const Clock &clock, const QString &exceptSession)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM presence WHERE session_id <> ? AND heartbeat_at >= ? ORDER BY started_at")
                  .arg(kColumns));
    q.addBindValue(sql::text(exceptSession)); // never NULL: "<> NULL" would match nobody
    q.addBindValue(clock.nowMs() - kExpiryMs);
    return readAll(q);
}

Status Presence::requireAlone(Database &db, const Clock &clock, const QString &ownSession)
{
    // A file not yet brought up to schema 8 (opened only to be shared) has nobody announced in it.
    QSqlQuery table(db.sql());
    if (!table.exec(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'presence'")))
        return toError(table);
    if (!table.next())
        return {};
    table.finish();
    Result<QList<PresenceEntry>> others = present(db, clock, ownSession);
    if (!others)
        return others.error();
    if (others->isEmpty())
        return {};
    QStringList names;
    for (const PresenceEntry &e : *others)
        names.append(e.label());
    return Error{ErrorCode::Busy,
                 QCoreApplication::translate("Presence", "Everyone else must close the file first. Still open: %1.")
                     .arg(names.join(QCoreApplication::translate("Presence", ", "))),
                 {}};
}

} // namespace guanxi
