// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reminders/Reminder.h"

#include <QAbstractTableModel>

namespace guanxi {

// The reminders due now: since when, the rule, the customer, what.
class ReminderListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DueSince,
        Rule,
        Customer,
        What,
        ColumnCount
    };
    enum Role {
        KeyRole = Qt::UserRole + 1,
        CustomerIdRole
    };

    explicit ReminderListModel(QObject *parent = nullptr);

    void setReminders(QList<Reminder> reminders);
    const Reminder *reminderAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Reminder> m_reminders;
};

} // namespace guanxi
