// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/products/Product.h"
#include "core/util/Result.h"

#include <QList>

#include <optional>

namespace guanxi {

class Database;

struct ProductFilter {
    QString text;     // in the code, name, specification or category
    QString category; // exactly; empty: any
    bool activeOnly = false;
};

// The products table. Services check rights and values before calling it.
class ProductRepository {
public:
    explicit ProductRepository(Database &db)
        : m_db(db)
    {
    }

    Status insert(const Product &p, const QString &actorId);
    // False when row_version no longer matches (or the product is gone).
    Result<bool> update(const QString &id, const ProductDraft &d, qint64 expectedVersion, qint64 now,
                        const QString &actorId);
    Result<bool> setDeleted(const QString &id, qint64 expectedVersion, qint64 now, const QString &actorId);
    Result<std::optional<Product>> findById(const QString &id);
    // The live product with this code, other than `exceptId`.
    Result<std::optional<Product>> findByCode(const QString &code, const QString &exceptId = {});
    // In pinyin order of the name.
    Result<QList<Product>> list(const ProductFilter &filter, int limit = 5000);
    Result<QStringList> categories();

private:
    Database &m_db;
};

} // namespace guanxi
