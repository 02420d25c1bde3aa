// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sales/OrderListModel.h"

#include "core/i18n/DateTimeText.h"
#include "core/money/Money.h"

namespace guanxi {

OrderListModel::OrderListModel(QObject *parent)
    : PagedTableModel<Order>(parent)
{
}

int OrderListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderListModel::data(const QModelIndex &index, int role) const
{
    const Order *o = index.isValid() ? orderAt(index.row()) : nullptr;
    if (!o)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == Total)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
        return o->number;
    case Customer:
        return o->customerName;
    case Ordered:
        return DateTimeText::dateOfIso(o->orderedOn);
    case Total:
        return MoneyText::formatWithSymbol({o->totals.total, o->currency});
    case Status:
        return orderStatusDisplayName(o->status);
    case Owner:
        return o->ownerName;
    default:
        return {};
    }
}

QVariant OrderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case Customer:
        return tr("Customer");
    case Ordered:
        return tr("Date");
    case Total:
        return tr("Total");
    case Status:
        return tr("State");
    case Owner:
        return tr("Salesperson");
    default:
        return {};
    }
}

} // namespace guanxi
