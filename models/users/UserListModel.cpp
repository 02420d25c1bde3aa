// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/users/UserListModel.h"

#include "core/users/UserService.h"

namespace guanxi {

UserListModel::UserListModel(Database &db, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_clock(clock)
{
    reload();
}

void UserListModel::reload()
{
    beginResetModel();
    Result<QList<User>> users = UserService(m_db, m_clock).users();
    m_users = users ? *users : QList<User>();
    endResetModel();
    if (!users)
        emit errorOccurred(users.error().message);
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const User *UserListModel::userAt(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &u = m_users.at(index.row());
    if (role == IdRole)
        return u.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DisplayName:
        return u.displayName;
    case Login:
        return u.login;
    case RoleColumn:
        return roleDisplayName(u.role);
    case Department:
        return u.departmentName;
    }
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DisplayName:
        return tr("Name");
    case Login:
        return tr("Login");
    case RoleColumn:
        return tr("Role");
    case Department:
        return tr("Department");
    }
    return {};
}

} // namespace guanxi
