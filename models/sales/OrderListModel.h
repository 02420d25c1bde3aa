// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/orders/Order.h"

#include <QAbstractTableModel>

namespace guanxi {

// Orders for a table: number, customer, date, total and state, newest first.
class OrderListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Number,
        Customer,
        Ordered,
        Total,
        Status,
        Owner,
        ColumnCount
    };

    explicit OrderListModel(QObject *parent = nullptr);

    void setOrders(QList<Order> orders);
    const Order *orderAt(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Order> m_orders;
};

} // namespace guanxi
