// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/contacts/Contact.h"
#include "core/util/Result.h"

#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

namespace guanxi {

class Database;

// The SQL for contacts, their channels and their positions. Writes check row_version like every
// other repository; channels are updated in place by id (only what changed, at their own row
// version), new ones inserted, removed ones tombstoned.
class ContactRepository {
public:
    explicit ContactRepository(Database &db)
        : m_db(db)
    {
    }

    Result<std::optional<Contact>> findById(const QString &id);
    Result<QList<Contact>> listForCustomer(const QString &customerId); // live ones, in name order
    // Every live contact whose customer `visibility` (a condition on c.owner_id) lets the actor
    // see, in customer and name order, one at a time (exports of 250,000 contacts).
    Status forEachVisible(const QString &visibility, const QVariantList &binds,
                          const std::function<bool(const Contact &)> &each);
    Status insert(const Contact &c, const QString &actorId);
    Result<bool> update(const QString &id, const ContactDraft &d, qint64 expectedVersion, qint64 now,
                        const QString &actorId);
    Result<bool> setDeleted(const QString &id, bool deleted, qint64 expectedVersion, qint64 now,
                            const QString &actorId);
    // Makes the stored channels equal to `channels` (ids are filled in for new ones).
    Status saveChannels(const QString &contactId, QList<ContactChannel> *channels, qint64 now, const QString &actorId);
    Result<QList<ContactChannel>> channels(const QString &contactId);

    // Employment history: the current position is the one without an end.
    Status startPosition(const QString &contactId, const QString &customerId, const QString &title, qint64 now,
                         const QString &actorId);
    Status endPosition(const QString &contactId, qint64 now, const QString &actorId);
    Result<QList<ContactPosition>> positions(const QString &contactId);

    // A new contact with its channels and its first position, with statements prepared once
    // (imports). Fills in the channels' ids.
    class Inserter {
    public:
        explicit Inserter(Database &db);
        ~Inserter();
        // `nameKey`: the name's collation key when already worked out (CollationKey::of).
        Status insert(Contact *c, const QString &actorId, const QByteArray &nameKey = {});

    private:
        struct Tables; // one statement per table, prepared for the whole import
        std::unique_ptr<Tables> m_tables;
    };

    // Moves every live contact of one customer to another (a merge).
    Status moveAll(const QString &fromCustomerId, const QString &toCustomerId, qint64 now, const QString &actorId);

private:
    Database &m_db;
};

} // namespace guanxi
