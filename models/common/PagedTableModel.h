// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/PagedRows.h"

#include <QAbstractTableModel>

namespace guanxi {

// The signal every windowed table model has (a template cannot declare signals itself).
class PagedTableModelBase : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

signals:
    void errorOccurred(const QString &message);
};

// A table over a PagedQuery (QuoteService/OrderService/LeadService::pagedList): counted when the
// query is set, read a page at a time as the view scrolls, at most kMaxCachedPages pages kept.
// A model for one kind of row adds its columns (columnCount, data, headerData).
template <typename Row> class PagedTableModel : public PagedTableModelBase {
public:
    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 8;

    explicit PagedTableModel(QObject *parent = nullptr)
        : PagedTableModelBase(parent)
    {
        m_rows.setOnError([this](const Error &e) { emit errorOccurred(e.message); });
    }

    // Shows `query`'s rows; set again after a change.
    void setQuery(std::unique_ptr<PagedQuery<Row>> query)
    {
        beginResetModel();
        m_rows.reset(std::move(query));
        endResetModel();
    }
    const Row *rowAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &id) const { return m_rows.rowOf(id); } // -1 when the list does not hold it
    int cachedPageCount() const { return m_rows.cachedPageCount(); }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.count());
    }

private:
    mutable PagedRows<Row> m_rows{kPageSize, kMaxCachedPages};
};

} // namespace guanxi
