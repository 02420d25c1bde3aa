// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/quotes/Quote.h"

#include <QAbstractTableModel>

namespace guanxi {

// Quotes for a table: number, customer, date, total, status and approval. A company keeps
// hundreds to a few thousand current quotes; the page reads the newest (QuoteService caps it).
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

    void setQuotes(QList<Quote> quotes);
    const Quote *quoteAt(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Quote> m_quotes;
};

} // namespace guanxi
