// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"
#include "core/util/Result.h"

#include <QSqlQuery>
#include <QVariantList>

#include <memory>
#include <optional>

namespace guanxi {

class Database;

// The SQL for one customer at a time. Writes check row_version: an update that touches no row
// means someone else wrote first, and the caller reports a conflict instead of overwriting.
class CustomerRepository {
public:
    explicit CustomerRepository(Database &db)
        : m_db(db)
    {
    }

    Result<std::optional<Customer>> findById(const QString &id); // live or in the recycle bin
    Status insert(const Customer &c, const QString &actorId);
    // Several customers in one query, in the order of `ids` (missing ones left out).
    Result<QList<Customer>> findByIds(const QStringList &ids);

    // One prepared INSERT for many customers (imports).
    class Inserter {
    public:
        explicit Inserter(Database &db);
        ~Inserter();
        // `nameKey`: the name's collation key when already worked out (CollationKey::of).
        Status insert(const Customer &c, const QString &actorId, const QByteArray &nameKey = {});

    private:
        struct Table; // the table's description over one statement, prepared for the whole import
        std::unique_ptr<Table> m_table;
    };
    // Returns false when row_version no longer matches (or the row is gone).
    Result<bool> update(const QString &id, const CustomerDraft &d, qint64 expectedVersion, qint64 now,
                        const QString &actorId);
    Result<bool> setDeleted(const QString &id, bool deleted, qint64 expectedVersion, qint64 now,
                            const QString &actorId);
    // The recycle bin, newest first, limited to what `visibility` lets the actor see.
    Result<QList<Customer>> listDeleted(const QString &visibility, const QVariantList &binds, int limit);

    // Recomputes name_key of every customer, product and contact when the collation rules or the
    // readings table changed since the keys were made.
    Status refreshNameKeysIfStale();

private:
    Database &m_db;
};

} // namespace guanxi
