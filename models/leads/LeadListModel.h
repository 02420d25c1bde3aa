// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/leads/Lead.h"
#include "models/common/PagedRows.h"

#include <QAbstractTableModel>

namespace guanxi {

// Leads for a table, newest first: person, company, phone, source, state, owner, last contact and
// when captured. Windowed (PagedRows): a company that captures leads from its website for years
// scrolls through every one of them.
class LeadListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Person,
        Company,
        Phone,
        Source,
        Status,
        Owner,
        LastContact,
        Captured,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 8;

    explicit LeadListModel(QObject *parent = nullptr);

    // Shows `query`'s rows (LeadService::pagedList), counted now and read a page at a time as the
    // view scrolls; again after a change.
    void setQuery(std::unique_ptr<PagedQuery<Lead>> query);
    const Lead *leadAt(int row) const;
    int rowOf(const QString &id) const; // -1 when the list does not hold it
    int cachedPageCount() const { return m_rows.cachedPageCount(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void errorOccurred(const QString &message);

private:
    mutable PagedRows<Lead> m_rows{kPageSize, kMaxCachedPages};
};

} // namespace guanxi
