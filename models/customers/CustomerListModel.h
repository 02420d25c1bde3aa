// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/CustomerListQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <memory>

namespace guanxi {

class Database;

// The customers list for 100,000 rows and more: it counts once, reads pages of rows by key as the
// view asks for them, and keeps at most kMaxCachedPages pages, so memory stays flat however far
// the user scrolls. Sorting and filtering happen in SQL (CustomerListQuery), never in a proxy.
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
    int cachedPageCount() const { return static_cast<int>(m_pages.size()); }

public slots:
    // Re-counts and drops the cached pages: after an edit, or when another user changed the file.
    void refresh();

signals:
    void errorOccurred(const QString &message);

private:
    const CustomerListRow *rowAt(int row) const;
    bool loadPage(int page) const;
    void rebuildQuery();

    Database &m_db;
    Session m_actor;
    CustomerFilter m_filter;
    int m_sortColumn = Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    std::unique_ptr<CustomerListQuery> m_query;
    qint64 m_count = 0;

    mutable QHash<int, QList<CustomerListRow>> m_pages;
    mutable QList<int> m_recentPages;            // least recently used first
    mutable QHash<int, PageCursor> m_pageStarts; // known first rows of pages
    mutable bool m_allStartsLoaded = false;
};

} // namespace guanxi
