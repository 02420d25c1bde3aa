// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/opportunities/QuotaAttainmentModel.h"

#include "core/money/Money.h"

#include <QLocale>

namespace guanxi {

QuotaAttainmentModel::QuotaAttainmentModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void QuotaAttainmentModel::setRows(QList<QuotaAttainment> rows, const QString &currency)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_currency = currency;
    endResetModel();
}

const QuotaAttainment *QuotaAttainmentModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int QuotaAttainmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QuotaAttainmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuotaAttainmentModel::data(const QModelIndex &index, int role) const
{
    const QuotaAttainment *a = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!a)
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == Person ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::EditRole && index.column() == Attainment)
        return a->percent();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Person:
        return a->userName;
    case QuotaAmount:
        return a->quotaMinor > 0 ? MoneyText::format({a->quotaMinor, m_currency}) : tr("not set");
    case WonAmount:
        return MoneyText::format({a->wonMinor, m_currency});
    case Attainment:
        return a->quotaMinor > 0 ? tr("%1 %").arg(QLocale().toString(a->percent(), 'f', 1)) : QString();
    default:
        return {};
    }
}

QVariant QuotaAttainmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Person:
        return tr("Salesperson");
    case QuotaAmount:
        return tr("Quota (%1)").arg(m_currency);
    case WonAmount:
        return tr("Won (%1)").arg(m_currency);
    case Attainment:
        return tr("Attainment");
    default:
        return {};
    }
}

} // namespace guanxi
