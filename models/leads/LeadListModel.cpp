// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/leads/LeadListModel.h"

#include "core/i18n/DateTimeText.h"

namespace guanxi {

LeadListModel::LeadListModel(QObject *parent)
    : PagedTableModel<Lead>(parent)
{
}

int LeadListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeadListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::DisplayRole)
        return {};
    const Lead *l = leadAt(index.row());
    if (!l)
        return {};
    switch (index.column()) {
    case Person:
        return l->fields.personName;
    case Company:
        return l->fields.company;
    case Phone:
        return l->fields.phone;
    case Source:
        return l->fields.source;
    case Status:
        return l->statusReason.isEmpty() ? displayName(l->status)
                                         : QStringLiteral("%1 (%2)").arg(displayName(l->status), l->statusReason);
    case Owner:
        return l->ownerName.isEmpty() ? tr("(not assigned)") : l->ownerName;
    case LastContact:
        return l->lastContactAt ? DateTimeText::dateTimeOfMs(l->lastContactAt) : QString();
    case Captured:
        return DateTimeText::dateOfMs(l->createdAt);
    default:
        return {};
    }
}

QVariant LeadListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Person:
        return tr("Person");
    case Company:
        return tr("Company");
    case Phone:
        return tr("Phone");
    case Source:
        return tr("Source");
    case Status:
        return tr("Status");
    case Owner:
        return tr("Owner");
    case LastContact:
        return tr("Last contact");
    case Captured:
        return tr("Captured");
    default:
        return {};
    }
}

} // namespace guanxi
