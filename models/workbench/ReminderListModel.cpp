// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workbench/ReminderListModel.h"

#include "core/i18n/DateTimeText.h"

#include <QDateTime>
#include <QLocale>

namespace guanxi {

ReminderListModel::ReminderListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReminderListModel::setReminders(QList<Reminder> reminders)
{
    beginResetModel();
    m_reminders = std::move(reminders);
    endResetModel();
}

const Reminder *ReminderListModel::reminderAt(int row) const
{
    return row >= 0 && row < m_reminders.size() ? &m_reminders[row] : nullptr;
}

int ReminderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reminders.size());
}

int ReminderListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReminderListModel::data(const QModelIndex &index, int role) const
{
    const Reminder *r = index.isValid() ? reminderAt(index.row()) : nullptr;
    if (!r)
        return {};
    if (role == KeyRole)
        return r->key;
    if (role == CustomerIdRole)
        return r->customerId;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DueSince:
        return DateTimeText::dateTimeOfMs(r->fireAt);
    case Rule:
        return displayName(r->rule);
    case Customer:
        return r->customerName;
    case What:
        return r->detail.isEmpty() ? r->title : tr("%1 (%2)").arg(r->title, r->detail);
    default:
        return {};
    }
}

QVariant ReminderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DueSince:
        return tr("Since");
    case Rule:
        return tr("Reminder");
    case Customer:
        return tr("Customer");
    case What:
        return tr("What");
    default:
        return {};
    }
}

} // namespace guanxi
