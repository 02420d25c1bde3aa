// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/users/User.h"

#include <QCoreApplication>

namespace guanxi {

QString roleCode(Role role)
{
    switch (role) {
    case Role::Salesperson:
        return QStringLiteral("salesperson");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

bool roleFromCode(const QString &code, Role *out)
{
    for (Role r : {Role::Salesperson, Role::Manager, Role::Admin}) {
        if (roleCode(r) == code) {
            *out = r;
            return true;
        }
    }
    return false;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Salesperson:
        return QCoreApplication::translate("Users", "Salesperson");
    case Role::Manager:
        return QCoreApplication::translate("Users", "Manager");
    case Role::Admin:
        return QCoreApplication::translate("Users", "Administrator");
    }
    return {};
}

} // namespace guanxi
