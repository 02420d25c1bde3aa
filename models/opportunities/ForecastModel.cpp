// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/opportunities/ForecastModel.h"

#include "core/money/Money.h"

namespace guanxi {

ForecastModel::ForecastModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ForecastModel::setReport(const FunnelReport &report)
{
    beginResetModel();
    m_currency = report.currency;
    m_months = report.forecast;
    endResetModel();
}

int ForecastModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_months.size());
}

int ForecastModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ForecastModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_months.size())
        return {};
    const ForecastMonth &m = m_months.at(index.row());
    const auto amount = [&](int column) {
        switch (column) {
        case Weighted:
            return m.weightedMinor;
        case Open:
            return m.openMinor;
        case Won:
            return m.wonMinor;
        default:
            return qint64(0);
        }
    };
    if (role == Qt::TextAlignmentRole)
        return index.column() == Month ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::EditRole && index.column() != Month)
        return double(amount(index.column())) / 100.0;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (index.column() == Month)
        return m.month;
    return MoneyText::format({amount(index.column()), m_currency});
}

QVariant ForecastModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Month:
        return tr("Month");
    case Weighted:
        return tr("Weighted forecast");
    case Open:
        return tr("Open pipeline");
    case Won:
        return tr("Won");
    default:
        return {};
    }
}

} // namespace guanxi
