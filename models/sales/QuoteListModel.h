// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/quotes/Quote.h"
#include "models/common/PagedRows.h"

#include <QAbstractTableModel>

namespace guanxi {

// Quotes for a table: number, customer, date, total, status and approval, newest first. Windowed
// (PagedRows): every quote is reachable by scrolling, however many years the company keeps.
class QuoteListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Number,
        Customer,
        Issued,
        ValidUntil,
        Total,
        Status,
        Approval,
        Owner,
        ColumnCount
    };

    explicit QuoteListModel(QObject *parent = nullptr);

    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 8;

    // Shows `query`'s rows (QuoteService::pagedList), counted now and read a page at a
    // time as the view scrolls; again after a change.
    void setQuery(std::unique_ptr<PagedQuery<Quote>> query);
    const Quote *quoteAt(int row) const;
    int rowOf(const QString &id) const; // -1 when the list does not hold it
    int cachedPageCount() const { return m_rows.cachedPageCount(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void errorOccurred(const QString &message);

private:
    mutable PagedRows<Quote> m_rows{kPageSize, kMaxCachedPages};
};

} // namespace guanxi
