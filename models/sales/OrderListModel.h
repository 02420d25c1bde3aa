// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/orders/Order.h"
#include "models/common/PagedTableModel.h"

namespace guanxi {

// Orders for a table: number, customer, date, total and state, newest first. Windowed (PagedRows):
// a million orders cost what a hundred do, and every one is reachable by scrolling.
class OrderListModel : public PagedTableModel<Order> {
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

    const Order *orderAt(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace guanxi
