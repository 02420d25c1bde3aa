// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/CustomerListQuery.h"
#include "models/common/PagedRows.h"

#include <QAbstractTableModel>

namespace guanxi {

class Database;

// The customers list for 100,000 rows and more, windowed (PagedRows): sorting and filtering
// happen in SQL (CustomerListQuery), never in a proxy.
class CustomerListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Owner,
        Tier,
        Region,
        Industry,
        Phone,
        LastContact,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1
    };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 12;

    CustomerListModel(Database &db, const Session &actor, QObject *parent = nullptr);
    ~CustomerListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static bool isSortable(int column);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }

    CustomerFilter filter() const { return m_filter; }
    void setFilter(const CustomerFilter &filter);
    QString idAt(int row) const;
    int rowOf(const QString &id) const; // -1 when the filter hides it
    int cachedPageCount() const { return m_rows.cachedPageCount(); }

public slots:
    // Re-counts and drops the cached pages: after an edit, or when another user changed the file.
    void refresh();

signals:
    void errorOccurred(const QString &message);

private:
    const CustomerListRow *rowAt(int row) const;
    void rebuildQuery();

    Database &m_db;
    Session m_actor;
    CustomerFilter m_filter;
    int m_sortColumn = Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    mutable PagedRows<CustomerListRow> m_rows{kPageSize, kMaxCachedPages};
};

} // namespace guanxi
