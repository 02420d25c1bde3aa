// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace guanxi {

enum class Role {
    Salesperson,
    Manager,
    Admin
};

QString roleCode(Role role); // as stored: "salesperson", ...
bool roleFromCode(const QString &code, Role *out);
QString roleDisplayName(Role role); // translated

struct Department {
    QString id;
    QString name;
};

struct User {
    QString id;
    QString login;
    QString displayName;
    Role role = Role::Salesperson;
    QString departmentId;
    QString departmentName;
    bool hasPassword = false;
    qint64 rowVersion = 0;
};

// Who is acting. Every core service that reads or writes owned data takes one, so the rules hold
// for the GUI, guanxi-cli and tests alike.
struct Session {
    QString userId;
    QString displayName;
    Role role = Role::Salesperson;
    QString departmentId;

    static Session fromUser(const User &u) { return {u.id, u.displayName, u.role, u.departmentId}; }
};

} // namespace guanxi
