// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/products/ProductService.h"

#include <QAbstractTableModel>

namespace guanxi {

class Clock;
class Database;

// The showroom's products for a table, in pinyin order. A catalogue holds hundreds or a few
// thousand products, so the list is read whole (ProductService caps it). Cost and margin columns
// exist only for those who may see what products cost.
class ProductListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Code,
        Name,
        Category,
        Specification,
        Unit,
        ListPrice,
        FloorPrice,
        TaxRate,
        Cost,
        Margin,
        Active
    };

    ProductListModel(Database &db, const Clock &clock, const Session &session, QObject *parent = nullptr);

    // Reads the products again; false with the error kept in lastError().
    bool reload(const ProductFilter &filter);
    const Product *productAt(int row) const;
    int rowOf(const QString &productId) const;
    Column columnKind(int column) const { return m_columns.at(column); }
    Error lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ProductService m_service;
    Session m_session;
    QList<Column> m_columns;
    QList<Product> m_products;
    Error m_error;
};

} // namespace guanxi
