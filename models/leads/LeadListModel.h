// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/leads/Lead.h"
#include "models/common/PagedTableModel.h"

namespace guanxi {

// Leads for a table, newest first: person, company, phone, source, state, owner, last contact and
// when captured. Windowed (PagedRows): a company that captures leads from its website for years
// scrolls through every one of them.
class LeadListModel : public PagedTableModel<Lead> {
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
    explicit LeadListModel(QObject *parent = nullptr);

    const Lead *leadAt(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace guanxi
