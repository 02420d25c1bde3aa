// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/CustomerRepository.h"

#include "core/audit/FieldHistory.h"
#include "core/i18n/CollationKey.h"
#include "core/storage/Database.h"
#include "core/storage/DbSettings.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"
#include "core/storage/VersionedUpdate.h"
#include "core/storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

namespace {

const QString kSelect =
    QStringLiteral("SELECT c.id, c.name, c.tier, c.region, c.industry, c.phone, c.email, c.notes, "
                   "       coalesce(c.owner_id, ''), coalesce(o.display_name, ''), coalesce(o.department_id, ''), "
                   "       c.last_contact_at, c.created_at, c.updated_at, coalesce(c.updated_by, ''), "
                   "       coalesce(e.display_name, ''), c.row_version, coalesce(c.deleted_at, 0), "
                   "       c.short_name, c.kind, c.stage, c.value_type, c.city, c.address, c.website, c.source, "
                   "       c.tags, c.external_code, c.org_structure, c.business_situation, c.purchasing_dept, "
                   "       c.support_dept, c.using_dept, c.installed_base, c.document_language "
                   "FROM customers c "
                   "LEFT JOIN users o ON o.id = c.owner_id "
                   "LEFT JOIN users e ON e.id = c.updated_by ");

Customer readCustomer(const QSqlQuery &q)
{
    Customer c;
    c.id = q.value(0).toString();
    CustomerDraft &f = c.fields;
    f.name = q.value(1).toString();
    f.tier = static_cast<Tier>(q.value(2).toInt());
    f.region = q.value(3).toString();
    f.industry = q.value(4).toString();
    f.phone = q.value(5).toString();
    f.email = q.value(6).toString();
    f.notes = q.value(7).toString();
    f.ownerId = q.value(8).toString();
    c.ownerName = q.value(9).toString();
    c.ownerDepartmentId = q.value(10).toString();
    c.lastContactAt = q.value(11).toLongLong();
    c.createdAt = q.value(12).toLongLong();
    c.updatedAt = q.value(13).toLongLong();
    c.updatedBy = q.value(14).toString();
    c.updatedByName = q.value(15).toString();
    c.rowVersion = q.value(16).toLongLong();
    c.deletedAt = q.value(17).toLongLong();
    f.shortName = q.value(18).toString();
    fromCode(q.value(19).toString(), &f.kind);
    fromCode(q.value(20).toString(), &f.stage);
    fromCode(q.value(21).toString(), &f.valueType);
    f.city = q.value(22).toString();
    f.address = q.value(23).toString();
    f.website = q.value(24).toString();
    f.source = q.value(25).toString();
    f.tags = tagsFromStored(q.value(26).toString());
    f.externalCode = q.value(27).toString();
    f.background.orgStructure = q.value(28).toString();
    f.background.businessSituation = q.value(29).toString();
    f.background.purchasingDept = q.value(30).toString();
    f.background.supportDept = q.value(31).toString();
    f.background.usingDept = q.value(32).toString();
    f.background.installedBase = q.value(33).toString();
    f.documentLanguage = q.value(34).toString();
    return c;
}

// The edited columns in one order for INSERT and UPDATE, and their values from a draft.
const QStringList kDraftColumns = {QStringLiteral("name"),
                                   QStringLiteral("name_key"),
                                   QStringLiteral("tier"),
                                   QStringLiteral("region"),
                                   QStringLiteral("industry"),
                                   QStringLiteral("phone"),
                                   QStringLiteral("email"),
                                   QStringLiteral("notes"),
                                   QStringLiteral("owner_id"),
                                   QStringLiteral("short_name"),
                                   QStringLiteral("kind"),
                                   QStringLiteral("stage"),
                                   QStringLiteral("value_type"),
                                   QStringLiteral("city"),
                                   QStringLiteral("address"),
                                   QStringLiteral("website"),
                                   QStringLiteral("source"),
                                   QStringLiteral("tags"),
                                   QStringLiteral("external_code"),
                                   QStringLiteral("org_structure"),
                                   QStringLiteral("business_situation"),
                                   QStringLiteral("purchasing_dept"),
                                   QStringLiteral("support_dept"),
                                   QStringLiteral("using_dept"),
                                   QStringLiteral("installed_base"),
                                   QStringLiteral("document_language")};

void bindDraft(QSqlQuery &q, const CustomerDraft &d)
{
    q.addBindValue(d.name);
    q.addBindValue(CollationKey::of(d.name));
    q.addBindValue(static_cast<int>(d.tier));
    for (const QString *t : {&d.region, &d.industry, &d.phone, &d.email, &d.notes})
        q.addBindValue(sql::text(*t));
    q.addBindValue(sql::nullIfEmpty(d.ownerId));
    q.addBindValue(sql::text(d.shortName));
    q.addBindValue(codeOf(d.kind));
    q.addBindValue(codeOf(d.stage));
    q.addBindValue(sql::text(codeOf(d.valueType)));
    const CustomerBackground &b = d.background;
    for (const QString &t :
         {d.city, d.address, d.website, d.source, tagsToStored(d.tags), d.externalCode, b.orgStructure,
          b.businessSituation, b.purchasingDept, b.supportDept, b.usingDept, b.installedBase, d.documentLanguage})
        q.addBindValue(sql::text(t));
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

Result<QList<Customer>> CustomerRepository::findByIds(const QStringList &ids)
{
    QList<Customer> out;
    if (ids.isEmpty())
        return out;
    QSqlQuery q(m_db.sql());
    q.prepare(kSelect + QStringLiteral("WHERE c.id IN (%1)").arg(QStringLiteral("?,").repeated(ids.size()).chopped(1)));
    for (const QString &id : ids)
        q.addBindValue(id);
    if (!q.exec())
        return toError(q);
    QHash<QString, Customer> byId;
    while (q.next()) {
        Customer c = readCustomer(q);
        byId.insert(c.id, c);
    }
    for (const QString &id : ids)
        if (byId.contains(id))
            out.append(byId.value(id));
    return out;
}

Status CustomerRepository::insert(const Customer &c, const QString &actorId)
{
    Inserter inserter(m_db);
    return inserter.insert(c, actorId);
}

CustomerRepository::Inserter::Inserter(Database &db)
    : m_insert(db,
               QStringLiteral("INSERT INTO customers (id, %1, last_contact_at, created_at, updated_at, updated_by) "
                              "VALUES (?, %2?, ?, ?, ?)")
                   .arg(kDraftColumns.join(QStringLiteral(", ")), QStringLiteral("?, ").repeated(kDraftColumns.size()))
                   .toUtf8()
                   .constData())
{
}

Status CustomerRepository::Inserter::insert(const Customer &c, const QString &actorId, const QByteArray &knownNameKey)
{
    // The same columns as bindDraft(), bound without QVariant: imports insert 100,000 rows.
    const CustomerDraft &d = c.fields;
    const CustomerBackground &b = d.background;
    const QByteArray nameKey = knownNameKey.isEmpty() ? CollationKey::of(d.name) : knownNameKey;
    const QString kind = codeOf(d.kind), stage = codeOf(d.stage), valueType = codeOf(d.valueType);
    const QString tags = tagsToStored(d.tags);
    Statement &st = m_insert;
    int i = 1;
    st.bindView(i++, c.id);
    st.bindView(i++, d.name);
    st.bindView(i++, nameKey);
    st.bind(i++, static_cast<int>(d.tier));
    for (const QString *t : {&d.region, &d.industry, &d.phone, &d.email, &d.notes})
        st.bindView(i++, *t);
    st.bindViewOrNull(i++, d.ownerId);
    for (const QString *t : {&d.shortName, &kind, &stage, &valueType, &d.city, &d.address, &d.website, &d.source, &tags,
                             &d.externalCode, &b.orgStructure, &b.businessSituation, &b.purchasingDept, &b.supportDept,
                             &b.usingDept, &b.installedBase, &d.documentLanguage})
        st.bindView(i++, *t);
    st.bind(i++, c.lastContactAt);
    st.bind(i++, c.createdAt);
    st.bind(i++, c.updatedAt);
    st.bindViewOrNull(i++, actorId);
    return st.execute();
}

Result<bool> CustomerRepository::update(const QString &id, const CustomerDraft &d, qint64 expectedVersion, qint64 now,
                                        const QString &actorId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE customers SET %1 = ?, updated_at = ?, updated_by = ?, "
                             "row_version = row_version + 1 "
                             "WHERE id = ? AND row_version = ? AND deleted_at IS NULL")
                  .arg(kDraftColumns.join(QStringLiteral(" = ?, "))));
    bindDraft(q, d);
    q.addBindValue(now);
    q.addBindValue(sql::nullIfEmpty(actorId));
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    return FieldHistory::runRecorded(m_db, q, QStringLiteral("customers"), kDraftColumns, id, now, actorId);
}

Result<bool> CustomerRepository::setDeleted(const QString &id, bool deleted, qint64 expectedVersion, qint64 now,
                                            const QString &actorId)
{
    return updateVersioned(m_db, QStringLiteral("customers"), {QStringLiteral("deleted_at")},
                           {deleted ? QVariant(now) : QVariant(QMetaType::fromType<qint64>())}, id, expectedVersion,
                           now, actorId);
}

Result<QList<Customer>> CustomerRepository::listDeleted(const QString &visibility, const QVariantList &binds, int limit)
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
    Result<QString> keysOf = dbsettings::value(m_db, kNameKeySetting);
    if (!keysOf)
        return keysOf.error();
    if (*keysOf == current)
        return {};

    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    // Customers and products by their names as organisations' and things' are read, contacts as
    // people's (surname first).
    const std::pair<const char *, QByteArray (*)(const QString &)> tables[] = {
        {"customers", &CollationKey::of}, {"products", &CollationKey::of}, {"contacts", &CollationKey::ofPerson}};
    for (const auto &[table, keyOf] : tables) {
        QSqlQuery read(m_db.sql());
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT id, name FROM %1").arg(QLatin1String(table))))
            return toError(read);
        QSqlQuery write(m_db.sql());
        write.prepare(QStringLiteral("UPDATE %1 SET name_key = ? WHERE id = ?").arg(QLatin1String(table)));
        while (read.next()) {
            write.bindValue(0, keyOf(read.value(1).toString()));
            write.bindValue(1, read.value(0));
            if (!write.exec())
                return toError(write);
        }
    }
    if (Status s = dbsettings::setValue(m_db, kNameKeySetting, current); !s)
        return s;
    return tx.commit();
}

} // namespace guanxi
