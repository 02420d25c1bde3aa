// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/products/Product.h"
#include "core/products/ProductRepository.h"
#include "core/users/User.h"
#include "core/util/FieldProblem.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace guanxi {

class Clock;
class Database;

// The showroom's rules: everyone sees the products and their prices; only managers and
// administrators change them and see what they cost; a code names one live product; the floor
// price is at most the list price.
class ProductService {
    Q_DECLARE_TR_FUNCTIONS(ProductService)
public:
    ProductService(Database &db, const Clock &clock);

    Result<Product> get(const Session &actor, const QString &id);
    Result<QList<Product>> list(const Session &actor, const ProductFilter &filter = {}, int limit = 5000);
    Result<QStringList> categories();

    Result<Product> create(const Session &actor, ProductDraft draft);
    Result<Product> update(const Session &actor, const QString &id, ProductDraft draft, qint64 expectedVersion);
    Status remove(const Session &actor, const QString &id, qint64 expectedVersion);

    static bool maySeeCost(const Session &actor);
    // Trims and checks a draft; empty when it may be saved.
    static QList<FieldProblem> validate(ProductDraft *draft);

private:
    Status mayChange(const Session &actor) const;
    Status codeIsFree(const ProductDraft &draft, const QString &exceptId);
    // Rights, values and the code's uniqueness, with the transaction begun; `id`: the product
    // edited (empty for a new one).
    Status checkDraft(const Session &actor, ProductDraft *draft, const QString &id);
    static Status versionChecked(const Result<bool> &written);
    Product shownTo(const Session &actor, Product p) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace guanxi
