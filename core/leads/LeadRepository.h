// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/leads/Lead.h"
#include "core/storage/KeysetList.h"
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
    // The same leads as a list read a page at a time (LeadService::pagedList): newest first, by
    // when they were captured and then id, over leads_by_created_id.
    static KeysetList pagedList(const LeadFilter &filter, const QString &visibility,
                                const QVariantList &visibilityBinds);
    Result<QList<Lead>> page(const KeysetList &list, const std::optional<PageCursor> &cursor, bool inclusive,
                             int limit);
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
    // The condition `filter` and `visibility` make on `l`, with their values appended.
    static QString whereOf(const LeadFilter &filter, const QString &visibility, QVariantList *values);

    Database &m_db;
};

} // namespace guanxi
