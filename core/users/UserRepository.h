// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/users/User.h"
#include "core/util/Result.h"

#include <QHash>

#include <optional>

namespace guanxi {

class Database;

// The SQL for users and departments. No rules here: UserService decides who may do what.
class UserRepository {
public:
    explicit UserRepository(Database &db)
        : m_db(db)
    {
    }

    Result<int> activeCount();
    Result<QList<User>> listActive();
    // Every user's display name by id, the removed too (old records still name them).
    Result<QHash<QString, QString>> displayNames();
    Result<std::optional<User>> findById(const QString &id);
    Result<std::optional<User>> findByLogin(const QString &login);
    Result<QString> passwordHash(const QString &userId);

    Status insert(const User &user, const QString &passwordHash, qint64 now, const QString &actorId);
    Status setPasswordHash(const QString &userId, const QString &hash, qint64 now, const QString &actorId);

    Result<QList<Department>> departments();
    Status insertDepartment(const Department &d, qint64 now, const QString &actorId);

private:
    Database &m_db;
};

} // namespace guanxi
