// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/users/User.h"

#include <QAbstractTableModel>

namespace guanxi {

class Database;
class Clock;

// The accounts of the database, for the settings page and owner pickers (a team is small: read whole).
class UserListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DisplayName,
        Login,
        RoleColumn,
        Department,
        ColumnCount
    };
    enum DataRole {
        IdRole = Qt::UserRole + 1
    };

    UserListModel(Database &db, const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const User *userAt(int row) const;

public slots:
    void reload();

signals:
    void errorOccurred(const QString &message);

private:
    Database &m_db;
    const Clock &m_clock;
    QList<User> m_users;
};

} // namespace guanxi
