// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/CustomerRepository.h"

#include "core/i18n/CollationKey.h"
#include "core/storage/Database.h"
#include "core/storage/DbSettings.h"
#include "core/storage/ResultRow.h"
#include "core/storage/SqlError.h"
#include "core/storage/TableDescription.h"
#include "core/storage/VersionedUpdate.h"
#include "core/storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

using namespace Qt::Literals::StringLiterals;

namespace {

// The customers table, said once: each column, what it is to the program and where a Customer
// holds it.
const TableDescription<Customer> &table()
{
    using namespace columns;
    using C = Customer;
    using D = CustomerDraft;
    using B = CustomerBackground;
    const auto background = [](QString B::*m) {
        return [m](auto &c) -> auto &
        {
            return c.fields.background.*m;
        };
    };
    static const TableDescription<Customer> t(
        QStringLiteral("customers"),
        {own(QStringLiteral("id"), ColumnRole::Key, &C::id), text(QStringLiteral("name"), &C::fields, &D::name),
         derived<C>(QStringLiteral("name_key"), [](const C &c) { return QVariant(CollationKey::of(c.fields.name)); }),
         convertedAt<C>(
             QStringLiteral("tier"), memberOf(&C::fields, &D::tier), [](Tier tier) { return static_cast<int>(tier); },
             [](const QVariant &v) { return static_cast<Tier>(v.toInt()); }),
         text(QStringLiteral("region"), &C::fields, &D::region),
         text(QStringLiteral("industry"), &C::fields, &D::industry),
         text(QStringLiteral("phone"), &C::fields, &D::phone), text(QStringLiteral("email"), &C::fields, &D::email),
         text(QStringLiteral("notes"), &C::fields, &D::notes),
         reference(QStringLiteral("owner_id"), &C::fields, &D::ownerId),
         text(QStringLiteral("short_name"), &C::fields, &D::shortName),
         code(QStringLiteral("kind"), &C::fields, &D::kind), code(QStringLiteral("stage"), &C::fields, &D::stage),
         code(QStringLiteral("value_type"), &C::fields, &D::valueType),
         text(QStringLiteral("city"), &C::fields, &D::city), text(QStringLiteral("address"), &C::fields, &D::address),
         text(QStringLiteral("website"), &C::fields, &D::website),
         text(QStringLiteral("source"), &C::fields, &D::source),
         convertedAt<C>(QStringLiteral("tags"), memberOf(&C::fields, &D::tags), &tagsToStored,
                        [](const QVariant &v) { return tagsFromStored(v.toString()); }),
         text(QStringLiteral("external_code"), &C::fields, &D::externalCode),
         textAt<C>(QStringLiteral("org_structure"), background(&B::orgStructure)),
         textAt<C>(QStringLiteral("business_situation"), background(&B::businessSituation)),
         textAt<C>(QStringLiteral("purchasing_dept"), background(&B::purchasingDept)),
         textAt<C>(QStringLiteral("support_dept"), background(&B::supportDept)),
         textAt<C>(QStringLiteral("using_dept"), background(&B::usingDept)),
         textAt<C>(QStringLiteral("installed_base"), background(&B::installedBase)),
         text(QStringLiteral("document_language"), &C::fields, &D::documentLanguage),
         joined(QStringLiteral("coalesce(o.display_name, '')"), &C::ownerName),
         joined(QStringLiteral("coalesce(o.department_id, '')"), &C::ownerDepartmentId),
         // Worked out from the timeline when an entry is written; kept with the row, never edited.
         own(QStringLiteral("last_contact_at"), ColumnRole::Stamp, &C::lastContactAt),
         own(QStringLiteral("created_at"), ColumnRole::Stamp, &C::createdAt),
         own(QStringLiteral("updated_at"), ColumnRole::Stamp, &C::updatedAt),
         own(QStringLiteral("updated_by"), ColumnRole::Stamp, &C::updatedBy, false),
         joined(QStringLiteral("coalesce(e.display_name, '')"), &C::updatedByName),
         own(QStringLiteral("row_version"), ColumnRole::Stamp, &C::rowVersion, false),
         own(QStringLiteral("deleted_at"), ColumnRole::Stamp, &C::deletedAt, false)});
    return t;
}

// A customer with its owner's name and department (whose reach decides who sees it) and the name
// of who changed it last.
QString selectCustomers()
{
    return QStringLiteral("SELECT %1 FROM customers c LEFT JOIN users o ON o.id = c.owner_id "
                          "LEFT JOIN users e ON e.id = c.updated_by ")
        .arg(table().selectList(QStringLiteral("c")));
}

const QString kNameKeySetting = QStringLiteral("customers.name_key.collator");

} // namespace

Result<std::optional<Customer>> CustomerRepository::findById(const QString &id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(selectCustomers() + QStringLiteral("WHERE c.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return toError(q);
    if (!q.next())
        return std::optional<Customer>();
    return std::optional<Customer>(table().read(q));
}

Result<QList<Customer>> CustomerRepository::findByIds(const QStringList &ids)
{
    QList<Customer> out;
    if (ids.isEmpty())
        return out;
    QSqlQuery q(m_db.sql());
    q.prepare(selectCustomers()
              + QStringLiteral("WHERE c.id IN (%1)").arg(QStringLiteral("?,").repeated(ids.size()).chopped(1)));
    for (const QString &id : ids)
        q.addBindValue(id);
    if (!q.exec())
        return toError(q);
    QHash<QString, Customer> byId;
    while (q.next()) {
        Customer c = table().read(q);
        byId.insert(c.id, c);
    }
    for (const QString &id : ids)
        if (byId.contains(id))
            out.append(byId.value(id));
    return out;
}

Status CustomerRepository::insert(const Customer &c, const QString &actorId)
{
    return table().insert(m_db, c, actorId);
}

struct CustomerRepository::Inserter::Table {
    TableDescription<Customer>::Inserter customers;
};

CustomerRepository::Inserter::Inserter(Database &db)
    : m_table(new Table{{db, table()}})
{
}

CustomerRepository::Inserter::~Inserter() = default;

Status CustomerRepository::Inserter::insert(const Customer &c, const QString &actorId, const QByteArray &knownNameKey)
{
    if (!knownNameKey.isEmpty())
        m_table->customers.preset(QStringLiteral("name_key"), knownNameKey);
    return m_table->customers.add(c, actorId);
}

Result<bool> CustomerRepository::update(const QString &id, const CustomerDraft &d, qint64 expectedVersion, qint64 now,
                                        const QString &actorId)
{
    Customer c;
    c.fields = d;
    return table().update(m_db, id, c, expectedVersion, now, actorId, WhenDeleted::Refuse);
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
    q.prepare(selectCustomers() + QStringLiteral("WHERE c.deleted_at IS NOT NULL AND ") + visibility
              + QStringLiteral(" ORDER BY c.deleted_at DESC, c.id LIMIT ?"));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    if (!q.exec())
        return toError(q);
    QList<Customer> list;
    while (q.next())
        list.append(table().read(q));
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

    return inWriteTransaction(m_db, [&]() -> Status {
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
            for (const ResultRow r(read); read.next();) {
                write.bindValue(0, keyOf(r.text("name"_L1)));
                write.bindValue(1, r.value("id"_L1));
                if (!write.exec())
                    return toError(write);
            }
        }
        if (Status s = dbsettings::setValue(m_db, kNameKeySetting, current); !s)
            return s;
        return Status{};
    });
}

} // namespace guanxi
