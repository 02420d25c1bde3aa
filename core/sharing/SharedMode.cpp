// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sharing/SharedMode.h"

#include "core/audit/AuditLog.h"
#include "core/sharing/Presence.h"
#include "core/storage/Database.h"
#include "core/storage/FileHeader.h"
#include "core/storage/SqlError.h"
#include "core/users/AccessPolicy.h"
#include "core/users/User.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace guanxi::SharedMode {

namespace {

Status mayChange(Database &db, const Session &actor, const Clock &clock, const QString &ownSession)
{
    if (!AccessPolicy(actor).administers())
        return Error{ErrorCode::PermissionDenied,
                     QCoreApplication::translate("Sharing", "Only an administrator may turn sharing on or off."),
                     {}};
    if (db.isReadOnly())
        return db.readOnlyError();
    return Presence::requireAlone(db, clock, ownSession);
}

Status exec(Database &db, const QString &statement, QString *answer = nullptr)
{
    QSqlQuery q(db.sql());
    if (!q.exec(statement))
        return toError(q);
    if (answer)
        *answer = q.next() ? q.value(0).toString().toLower() : QString();
    return {};
}

Status setMark(Database &db, quint32 id)
{
    return exec(db, QStringLiteral("PRAGMA application_id=%1").arg(id));
}

Error stillOpenElsewhere()
{
    return {ErrorCode::Busy,
            QCoreApplication::translate(
                "Sharing",
                "Someone else still has the file open (perhaps an older Guanxi or another program). Ask everyone "
                "to close it, then try again."),
            {}};
}

// The mark first: whoever opens the file from then on wants the new journal mode (and, shared,
// cannot switch it back to WAL); the journal switch then fails if anyone is still connected, and
// the mark goes back.
Status switchTo(Database &db, const Session &actor, const Clock &clock, const QString &ownSession, bool shared)
{
    if (db.isShared() == shared)
        return {};
    if (!shared && db.isOnNetworkShare())
        return Error{ErrorCode::Invalid,
                     QCoreApplication::translate(
                         "Sharing",
                         "This file is opened over the network (%1). Turn sharing off on the computer whose disk holds "
                         "it: over a network it must stay shared.")
                         .arg(db.mount().fsType),
                     {}};
    if (Status s = mayChange(db, actor, clock, ownSession); !s)
        return s;
    if (Status s = setMark(db, shared ? FileHeader::kSharedId : FileHeader::kPrivateId); !s)
        return s;
    const QString wanted = shared ? QStringLiteral("delete") : QStringLiteral("wal");
    QString mode;
    if (Status s = exec(db, QStringLiteral("PRAGMA journal_mode=") + wanted, &mode); !s || mode != wanted) {
        Status undo = setMark(db, shared ? FileHeader::kPrivateId : FileHeader::kSharedId);
        Q_UNUSED(undo);
        return s ? Status(stillOpenElsewhere()) : s;
    }
    if (Status s =
            exec(db, shared ? QStringLiteral("PRAGMA synchronous=FULL") : QStringLiteral("PRAGMA synchronous=NORMAL"));
        !s)
        return s;
    db.setSharedMode(shared);
    return AuditLog(db).record(clock.nowMs(), actor.userId,
                               shared ? QStringLiteral("sharing.on") : QStringLiteral("sharing.off"),
                               QStringLiteral("database"), QStringLiteral("file"));
}

} // namespace

Status turnOn(Database &db, const Session &actor, const Clock &clock, const QString &ownSession)
{
    return switchTo(db, actor, clock, ownSession, true);
}

Status turnOff(Database &db, const Session &actor, const Clock &clock, const QString &ownSession)
{
    return switchTo(db, actor, clock, ownSession, false);
}

QString honestBound()
{
    return QCoreApplication::translate(
        "Sharing",
        "A shared file suits a small team: up to about five people saving at the same time. Larger teams, "
        "or teams that work from several offices, should use server sync.\n\n"
        "Whoever can write the shared file can also change it with any SQLite tool, bypassing Guanxi: make "
        "themselves an administrator, or read every customer. Guanxi notices a role changed that way and "
        "says so, but only a server enforces permissions. Share the folder only with people you trust.");
}

} // namespace guanxi::SharedMode
