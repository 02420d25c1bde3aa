// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QJsonObject>

namespace guanxi {

class Database;

// The changes that must stay traceable (a merge, a claim from the public pool, a return to it):
// who did what to which record, when. Written in the transaction of the change itself.
class AuditLog {
public:
    explicit AuditLog(Database &db)
        : m_db(db)
    {
    }

    Status record(qint64 at, const QString &actorId, const QString &action, const QString &entity,
                  const QString &entityId, const QJsonObject &detail = {});
    // How often `actorId` did `action` since `sinceMs` (claims per day, for the pool's limit).
    Result<int> countSince(const QString &actorId, const QString &action, qint64 sinceMs);

    struct Entry {
        qint64 at = 0;
        QString actorName;
        QString action;
        QJsonObject detail;
    };
    Result<QList<Entry>> forEntity(const QString &entityId);

private:
    Database &m_db;
};

} // namespace guanxi
