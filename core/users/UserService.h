// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/users/User.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace guanxi {

class Clock;
class Database;

struct NewUser {
    QString login;
    QString displayName;
    Role role = Role::Salesperson;
    QString departmentId;
    QString password;
};

// Accounts and signing in. A database with one user opens without a login (that user is the
// administrator); from the second user on, everyone signs in with a password.
class UserService {
    Q_DECLARE_TR_FUNCTIONS(UserService)
public:
    UserService(Database &db, const Clock &clock);

    Result<bool> needsSignIn();
    // The only user of a single-user database, when there is exactly one.
    Result<Session> soleUserSession();
    Result<Session> signIn(const QString &login, const QString &password);

    // The administrator of a brand-new database; refused once any user exists.
    Result<User> createFirstAdmin(const QString &displayName, const QString &login);

    Result<User> addUser(const Session &actor, const NewUser &user);
    Status setPassword(const Session &actor, const QString &userId, const QString &password);
    Result<Department> addDepartment(const Session &actor, const QString &name);

    Result<QList<User>> users();
    Result<QList<Department>> departments();

    static Status validateLogin(const QString &login);
    static Status validatePassword(const QString &password);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace guanxi
