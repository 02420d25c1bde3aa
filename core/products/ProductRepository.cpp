// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/products/ProductRepository.h"

#include "core/i18n/CollationKey.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"
#include "core/storage/TableDescription.h"
#include "core/storage/VersionedUpdate.h"

#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

namespace {

// The products table, said once: what is selected, read, inserted, updated and compared.
const TableDescription<Product> &table()
{
    using namespace columns;
    using D = ProductDraft;
    using P = Product;
    static const TableDescription<Product> t(
        QStringLiteral("products"),
        {own(QStringLiteral("id"), ColumnRole::Key, &P::id), text(QStringLiteral("code"), &P::fields, &D::code),
         text(QStringLiteral("name"), &P::fields, &D::name),
         derived<P>(QStringLiteral("name_key"), [](const P &p) { return QVariant(CollationKey::of(p.fields.name)); }),
         text(QStringLiteral("category"), &P::fields, &D::category),
         text(QStringLiteral("specification"), &P::fields, &D::specification),
         text(QStringLiteral("unit"), &P::fields, &D::unit),
         value(QStringLiteral("list_price_minor"), &P::fields, &D::listPriceMinor),
         value(QStringLiteral("cost_minor"), &P::fields, &D::costMinor),
         value(QStringLiteral("floor_price_minor"), &P::fields, &D::floorPriceMinor),
         text(QStringLiteral("currency"), &P::fields, &D::currency),
         value(QStringLiteral("tax_rate_bp"), &P::fields, &D::taxRateBasisPoints),
         bytes(QStringLiteral("picture"), &P::fields, &D::picture),
         flag(QStringLiteral("active"), &P::fields, &D::active), text(QStringLiteral("notes"), &P::fields, &D::notes),
         own(QStringLiteral("created_at"), ColumnRole::Stamp, &P::createdAt),
         own(QStringLiteral("updated_at"), ColumnRole::Stamp, &P::updatedAt),
         own(QStringLiteral("row_version"), ColumnRole::Stamp, &P::rowVersion, false)});
    return t;
}

QString selectLive()
{
    return QStringLiteral("SELECT %1 FROM products p WHERE deleted_at IS NULL").arg(table().selectList());
}

Result<std::optional<Product>> firstOf(QSqlQuery &q)
{
    if (!q.exec())
        return toError(q);
    if (!q.next())
        return std::optional<Product>();
    return std::optional<Product>(table().read(q));
}

} // namespace

Status ProductRepository::insert(const Product &p, const QString &actorId)
{
    return table().insert(m_db, p, actorId);
}

Result<bool> ProductRepository::update(const QString &id, const ProductDraft &d, qint64 expectedVersion, qint64 now,
                                       const QString &actorId)
{
    Product p;
    p.fields = d;
    return table().update(m_db, id, p, expectedVersion, now, actorId);
}

Result<bool> ProductRepository::setDeleted(const QString &id, qint64 expectedVersion, qint64 now,
                                           const QString &actorId)
{
    return updateVersioned(m_db, QStringLiteral("products"), {QStringLiteral("deleted_at")}, {now}, id, expectedVersion,
                           now, actorId);
}

Result<std::optional<Product>> ProductRepository::findById(const QString &id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(selectLive() + QLatin1String(" AND id = ?"));
    q.addBindValue(id);
    return firstOf(q);
}

Result<std::optional<Product>> ProductRepository::findByCode(const QString &code, const QString &exceptId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(selectLive() + QLatin1String(" AND code = ? AND id <> ?"));
    q.addBindValue(code);
    q.addBindValue(sql::text(exceptId)); // '' rather than NULL, which would compare as unknown
    return firstOf(q);
}

Result<QList<Product>> ProductRepository::list(const ProductFilter &filter, int limit)
{
    QString sql = selectLive();
    QVariantList binds;
    if (!filter.text.trimmed().isEmpty()) {
        // Codes, names and specifications often hold Latin ("NB-X1 Pro", "A4"): compared without
        // case (SQLite's lower() folds only A–Z, which leaves Chinese as it is).
        sql += QStringLiteral(" AND (instr(lower(code), ?) > 0 OR instr(lower(name), ?) > 0 "
                              "OR instr(lower(specification), ?) > 0 OR instr(category, ?) > 0)");
        const QString t = filter.text.trimmed();
        binds << t.toLower() << t.toLower() << t.toLower() << t;
    }
    if (!filter.category.isEmpty()) {
        sql += QStringLiteral(" AND category = ?");
        binds.append(filter.category);
    }
    if (filter.activeOnly)
        sql += QStringLiteral(" AND active = 1");
    sql += QStringLiteral(" ORDER BY name_key, id LIMIT ?");
    binds.append(limit);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return toError(q);
    QList<Product> out;
    while (q.next())
        out.append(table().read(q));
    return out;
}

Result<QStringList> ProductRepository::categories()
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT DISTINCT category FROM products WHERE deleted_at IS NULL AND category <> '' "
                               "ORDER BY category")))
        return toError(q);
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

} // namespace guanxi
