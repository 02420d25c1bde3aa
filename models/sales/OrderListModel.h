// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/orders/Order.h"
#include "models/common/PagedRows.h"

#include <QAbstractTableModel>

namespace guanxi {

// Orders for a table: number, customer, date, total and state, newest first. Windowed (PagedRows):
// a million orders cost what a hundred do, and every one is reachable by scrolling.
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

    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 8;

    // Shows `query`'s rows (OrderService::pagedList), counted now and read a page at a
    // time as the view scrolls; again after a change.
    void setQuery(std::unique_ptr<PagedQuery<Order>> query);
    const Order *orderAt(int row) const;
    int rowOf(const QString &id) const; // -1 when the list does not hold it
    int cachedPageCount() const { return m_rows.cachedPageCount(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void errorOccurred(const QString &message);

private:
    mutable PagedRows<Order> m_rows{kPageSize, kMaxCachedPages};
};

} // namespace guanxi
