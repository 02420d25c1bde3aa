// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/users/SignInThrottle.h"

#include "core/audit/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/ResultRow.h"
#include "core/storage/SqlError.h"
#include "core/storage/WriteTransaction.h"
#include "core/util/Clock.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

using namespace Qt::Literals::StringLiterals;

namespace {

QString key(const QString &login)
{
    return login.trimmed().toCaseFolded();
}

} // namespace

qint64 SignInThrottle::delayAfter(int failures)
{
    if (failures < kFreeTries)
        return 0;
    const int doublings = std::min(failures - kFreeTries, 20);
    return std::min<qint64>(kMaxDelayMs, qint64(1000) << doublings);
}

Result<qint64> SignInThrottle::waitMs(const QString &login)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT failures, last_failed FROM sign_in_failures WHERE login = ?"));
    q.addBindValue(key(login));
    if (!q.exec())
        return toError(q);
    if (!q.next())
        return qint64(0);
    const ResultRow r(q);
    const qint64 readyAt = r.integer("last_failed"_L1) + delayAfter(r.number("failures"_L1));
    return std::max<qint64>(0, readyAt - m_clock.nowMs());
}

Status SignInThrottle::failed(const QString &login, const QString &userId)
{
    if (m_db.isReadOnly())
        return {}; // nothing can be recorded in a read-only file
    const qint64 now = m_clock.nowMs();
    return inWriteTransaction(m_db, [&]() -> Status {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral(
            "INSERT INTO sign_in_failures (login, failures, last_failed) VALUES (?, 1, ?) "
            "ON CONFLICT (login) DO UPDATE SET failures = failures + 1, last_failed = excluded.last_failed"));
        q.addBindValue(key(login));
        q.addBindValue(now);
        if (!q.exec())
            return toError(q);
        if (Status s = AuditLog(m_db).record(now, userId, QStringLiteral("sign_in.failed"), QStringLiteral("user"),
                                             userId.isEmpty() ? key(login) : userId,
                                             QJsonObject{{QStringLiteral("login"), login}});
            !s)
            return s;
        return Status{};
    });
}

Status SignInThrottle::succeeded(const QString &login)
{
    if (m_db.isReadOnly())
        return {};
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM sign_in_failures WHERE login = ?"));
    q.addBindValue(key(login));
    if (!q.exec())
        return toError(q);
    return {};
}

} // namespace guanxi
