// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/quotes/Quote.h"
#include "models/common/PagedTableModel.h"

namespace guanxi {

// Quotes for a table: number, customer, date, total, status and approval, newest first. Windowed
// (PagedRows): every quote is reachable by scrolling, however many years the company keeps.
class QuoteListModel : public PagedTableModel<Quote> {
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

    const Quote *quoteAt(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace guanxi
