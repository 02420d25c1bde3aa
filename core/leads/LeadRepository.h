// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/leads/Lead.h"
#include "core/util/Result.h"

#include <QVariantList>

#include <optional>

namespace guanxi {

class Database;

struct LeadFilter {
    QList<LeadStatus> statuses; // empty: all but converted
    QString ownerId;            // empty: any
    bool unassignedOnly = false;
    QString text; // a piece of the person's or company's name, phone or e-mail
};

class LeadRepository {
public:
    explicit LeadRepository(Database &db)
        : m_db(db)
    {
    }

    Result<std::optional<Lead>> findById(const QString &id);
    Result<QList<Lead>> list(const LeadFilter &filter, const QString &visibility, const QVariantList &binds, int limit);
    Status insert(const Lead &lead, const QString &actorId);
    Result<bool> update(const QString &id, const LeadDraft &d, qint64 expectedVersion, qint64 now,
                        const QString &actorId);
    Result<bool> setStatus(const QString &id, LeadStatus status, const QString &reason, qint64 expectedVersion,
                           qint64 now, const QString &actorId);
    Result<bool> setOwner(const QString &id, const QString &ownerId, qint64 expectedVersion, qint64 now,
                          const QString &actorId);
    Result<bool> markConverted(const QString &id, const QString &customerId, const QString &contactId,
                               const QString &opportunityId, qint64 expectedVersion, qint64 now,
                               const QString &actorId);

private:
    Database &m_db;
};

} // namespace guanxi
