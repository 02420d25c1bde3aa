// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/products/ProductRepository.h"

#include "core/i18n/CollationKey.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"
#include "core/storage/VersionedUpdate.h"

#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

namespace {

const QStringList kColumns = {QStringLiteral("code"),
                              QStringLiteral("name"),
                              QStringLiteral("name_key"),
                              QStringLiteral("category"),
                              QStringLiteral("specification"),
                              QStringLiteral("unit"),
                              QStringLiteral("list_price_minor"),
                              QStringLiteral("cost_minor"),
                              QStringLiteral("floor_price_minor"),
                              QStringLiteral("currency"),
                              QStringLiteral("tax_rate_bp"),
                              QStringLiteral("picture"),
                              QStringLiteral("active"),
                              QStringLiteral("notes")};

QVariantList valuesOf(const ProductDraft &d)
{
    return {d.code,
            d.name,
            CollationKey::of(d.name),
            sql::text(d.category),
            sql::text(d.specification),
            sql::text(d.unit),
            d.listPriceMinor,
            d.costMinor,
            d.floorPriceMinor,
            d.currency,
            d.taxRateBasisPoints,
            d.picture.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(d.picture),
            d.active ? 1 : 0,
            sql::text(d.notes)};
}

const char *const kSelect =
    "SELECT id, code, name, category, specification, unit, list_price_minor, cost_minor, floor_price_minor, "
    "currency, tax_rate_bp, picture, active, notes, created_at, updated_at, row_version FROM products p "
    "WHERE deleted_at IS NULL";

Product productFrom(const QSqlQuery &q)
{
    Product p;
    p.id = q.value(0).toString();
    ProductDraft &d = p.fields;
    d.code = q.value(1).toString();
    d.name = q.value(2).toString();
    d.category = q.value(3).toString();
    d.specification = q.value(4).toString();
    d.unit = q.value(5).toString();
    d.listPriceMinor = q.value(6).toLongLong();
    d.costMinor = q.value(7).toLongLong();
    d.floorPriceMinor = q.value(8).toLongLong();
    d.currency = q.value(9).toString();
    d.taxRateBasisPoints = q.value(10).toInt();
    d.picture = q.value(11).toByteArray();
    d.active = q.value(12).toInt() != 0;
    d.notes = q.value(13).toString();
    p.createdAt = q.value(14).toLongLong();
    p.updatedAt = q.value(15).toLongLong();
    p.rowVersion = q.value(16).toLongLong();
    return p;
}

Result<std::optional<Product>> firstOf(QSqlQuery &q)
{
    if (!q.exec())
        return toError(q);
    if (!q.next())
        return std::optional<Product>();
    return std::optional<Product>(productFrom(q));
}

} // namespace

Status ProductRepository::insert(const Product &p, const QString &actorId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO products (id, %1, created_at, updated_at, updated_by) VALUES (?, %2?, ?, ?)")
                  .arg(kColumns.join(QStringLiteral(", ")), QStringLiteral("?, ").repeated(kColumns.size())));
    q.addBindValue(p.id);
    for (const QVariant &v : valuesOf(p.fields))
        q.addBindValue(v);
    q.addBindValue(p.createdAt);
    q.addBindValue(p.updatedAt);
    q.addBindValue(sql::nullIfEmpty(actorId));
    if (!q.exec())
        return toError(q);
    return {};
}

Result<bool> ProductRepository::update(const QString &id, const ProductDraft &d, qint64 expectedVersion, qint64 now,
                                       const QString &actorId)
{
    return updateVersioned(m_db, QStringLiteral("products"), kColumns, valuesOf(d), id, expectedVersion, now, actorId);
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
    q.prepare(QLatin1String(kSelect) + QLatin1String(" AND id = ?"));
    q.addBindValue(id);
    return firstOf(q);
}

Result<std::optional<Product>> ProductRepository::findByCode(const QString &code, const QString &exceptId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QLatin1String(kSelect) + QLatin1String(" AND code = ? AND id <> ?"));
    q.addBindValue(code);
    q.addBindValue(sql::text(exceptId)); // '' rather than NULL, which would compare as unknown
    return firstOf(q);
}

Result<QList<Product>> ProductRepository::list(const ProductFilter &filter, int limit)
{
    QString sql = QLatin1String(kSelect);
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
        out.append(productFrom(q));
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
