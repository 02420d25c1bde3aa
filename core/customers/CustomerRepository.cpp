// SPDX-License-Identifier: GPL-3.0-or-later
#include "customers/CustomerRepository.h"

#include "i18n/CollationKey.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT c.id, c.name, c.tier, c.region, c.industry, c.phone, c.email, c.notes, "
    "       coalesce(c.owner_id, ''), coalesce(o.display_name, ''), coalesce(o.department_id, ''), "
    "       c.last_contact_at, c.created_at, c.updated_at, coalesce(c.updated_by, ''), "
    "       coalesce(e.display_name, ''), c.row_version, coalesce(c.deleted_at, 0) "
    "FROM customers c "
    "LEFT JOIN users o ON o.id = c.owner_id "
    "LEFT JOIN users e ON e.id = c.updated_by ");

Customer readCustomer(const QSqlQuery &q)
{
    Customer c;
    c.id = q.value(0).toString();
    c.fields.name = q.value(1).toString();
    c.fields.tier = static_cast<Tier>(q.value(2).toInt());
    c.fields.region = q.value(3).toString();
    c.fields.industry = q.value(4).toString();
    c.fields.phone = q.value(5).toString();
    c.fields.email = q.value(6).toString();
    c.fields.notes = q.value(7).toString();
    c.fields.ownerId = q.value(8).toString();
    c.ownerName = q.value(9).toString();
    c.ownerDepartmentId = q.value(10).toString();
    c.lastContactAt = q.value(11).toLongLong();
    c.createdAt = q.value(12).toLongLong();
    c.updatedAt = q.value(13).toLongLong();
    c.updatedBy = q.value(14).toString();
    c.updatedByName = q.value(15).toString();
    c.rowVersion = q.value(16).toLongLong();
    c.deletedAt = q.value(17).toLongLong();
    return c;
}

const QString kNameKeySetting = QStringLiteral("customers.name_key.collator");

} // namespace

Result<std::optional<Customer>> CustomerRepository::findById(const QString &id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(kSelect + QStringLiteral("WHERE c.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return toError(q);
    if (!q.next())
        return std::optional<Customer>();
    return std::optional<Customer>(readCustomer(q));
}

Status CustomerRepository::insert(const Customer &c, const QString &actorId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO customers (id, name, name_key, tier, region, industry, phone, email, notes, "
        "owner_id, last_contact_at, created_at, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(c.id);
    q.addBindValue(c.fields.name);
    q.addBindValue(CollationKey::of(c.fields.name));
    q.addBindValue(static_cast<int>(c.fields.tier));
    q.addBindValue(sql::text(c.fields.region));
    q.addBindValue(sql::text(c.fields.industry));
    q.addBindValue(sql::text(c.fields.phone));
    q.addBindValue(sql::text(c.fields.email));
    q.addBindValue(sql::text(c.fields.notes));
    q.addBindValue(sql::nullIfEmpty(c.fields.ownerId));
    q.addBindValue(c.lastContactAt);
    q.addBindValue(c.createdAt);
    q.addBindValue(c.updatedAt);
    q.addBindValue(sql::nullIfEmpty(actorId));
    if (!q.exec())
        return toError(q);
    return {};
}

Result<bool> CustomerRepository::update(const QString &id, const CustomerDraft &d,
                                        qint64 expectedVersion, qint64 now, const QString &actorId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "UPDATE customers SET name = ?, name_key = ?, tier = ?, region = ?, industry = ?, "
        "phone = ?, email = ?, notes = ?, owner_id = ?, updated_at = ?, updated_by = ?, "
        "row_version = row_version + 1 "
        "WHERE id = ? AND row_version = ? AND deleted_at IS NULL"));
    q.addBindValue(d.name);
    q.addBindValue(CollationKey::of(d.name));
    q.addBindValue(static_cast<int>(d.tier));
    q.addBindValue(sql::text(d.region));
    q.addBindValue(sql::text(d.industry));
    q.addBindValue(sql::text(d.phone));
    q.addBindValue(sql::text(d.email));
    q.addBindValue(sql::text(d.notes));
    q.addBindValue(sql::nullIfEmpty(d.ownerId));
    q.addBindValue(now);
    q.addBindValue(sql::nullIfEmpty(actorId));
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    if (!q.exec())
        return toError(q);
    return q.numRowsAffected() == 1;
}

Result<bool> CustomerRepository::setDeleted(const QString &id, bool deleted, qint64 expectedVersion,
                                            qint64 now, const QString &actorId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "UPDATE customers SET deleted_at = ?, updated_at = ?, updated_by = ?, "
        "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    q.addBindValue(deleted ? QVariant(now) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(now);
    q.addBindValue(sql::nullIfEmpty(actorId));
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    if (!q.exec())
        return toError(q);
    return q.numRowsAffected() == 1;
}

Result<QList<Customer>> CustomerRepository::listDeleted(const QString &visibility,
                                                        const QVariantList &binds, int limit)
{
    QSqlQuery q(m_db.sql());
    q.prepare(kSelect + QStringLiteral("WHERE c.deleted_at IS NOT NULL AND ") + visibility
              + QStringLiteral(" ORDER BY c.deleted_at DESC, c.id LIMIT ?"));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    if (!q.exec())
        return toError(q);
    QList<Customer> list;
    while (q.next())
        list.append(readCustomer(q));
    return list;
}

Status CustomerRepository::refreshNameKeysIfStale()
{
    const QString current = CollationKey::collatorVersion();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT value FROM db_settings WHERE key = ?"));
    q.addBindValue(kNameKeySetting);
    if (!q.exec())
        return toError(q);
    if (q.next() && q.value(0).toString() == current)
        return {};

    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery read(m_db.sql());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT id, name FROM customers")))
        return toError(read);
    QSqlQuery write(m_db.sql());
    write.prepare(QStringLiteral("UPDATE customers SET name_key = ? WHERE id = ?"));
    while (read.next()) {
        write.bindValue(0, CollationKey::of(read.value(1).toString()));
        write.bindValue(1, read.value(0));
        if (!write.exec())
            return toError(write);
    }
    QSqlQuery mark(m_db.sql());
    mark.prepare(QStringLiteral("INSERT OR REPLACE INTO db_settings (key, value) VALUES (?, ?)"));
    mark.addBindValue(kNameKeySetting);
    mark.addBindValue(current);
    if (!mark.exec())
        return toError(mark);
    return tx.commit();
}

} // namespace guanxi
