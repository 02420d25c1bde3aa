// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/ReportTableModel.h"

namespace guanxi {

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReportTableModel::setTable(ReportTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_table.rows.size() || index.column() >= m_table.columns.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return m_table.display(index.row(), index.column());
    case Qt::EditRole:
        return m_table.rows[index.row()][index.column()];
    case Qt::TextAlignmentRole:
        return m_table.columns[index.column()].kind == ReportValue::Text ? QVariant()
                                                                         : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case IdRole:
        return m_table.ids.value(index.row());
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_table.columns.size())
        return m_table.columns[section].header;
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace guanxi
