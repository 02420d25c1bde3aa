// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/ReportTable.h"

#include <QAbstractTableModel>

namespace guanxi {

// A report's table for a view: cells as people read them, the raw value under Qt::EditRole (so a
// sort proxy orders money and shares as numbers), and the row's record under IdRole.
class ReportTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1
    };

    explicit ReportTableModel(QObject *parent = nullptr);

    void setTable(ReportTable table);
    const ReportTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ReportTable m_table;
};

} // namespace guanxi
