// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workbench/WorkItem.h"

#include <QAbstractTableModel>

namespace guanxi {

// The lines of one workbench panel: when, the customer, what, details, an amount. Overdue lines
// are shown in red; CustomerIdRole and ItemRole let a view open the card or act on the line.
class WorkListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        When,
        Customer,
        What,
        Details,
        Amount,
        ColumnCount
    };
    enum Role {
        CustomerIdRole = Qt::UserRole + 1,
        IdRole
    };

    explicit WorkListModel(QObject *parent = nullptr);

    void setList(WorkList list);
    const WorkList &list() const { return m_list; }
    const WorkItem *itemAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "today", "tomorrow", "3 days overdue", "Mon 11-24 10:00": how a day reads on the workbench.
    static QString whenText(const WorkItem &item);

private:
    WorkList m_list;
};

} // namespace guanxi
