// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/users/UserRepository.h"

#include "core/i18n/CollationKey.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"
#include "core/users/UserTableSeal.h"

#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

namespace {

const QString kSelectUser =
    QStringLiteral("SELECT u.id, u.login, u.display_name, u.role, u.department_id, coalesce(d.name, ''), "
                   "       u.password_hash IS NOT NULL, u.row_version "
                   "FROM users u LEFT JOIN departments d ON d.id = u.department_id "
                   "WHERE u.deleted_at IS NULL ");

User readUser(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toString();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    roleFromCode(q.value(3).toString(), &u.role);
    u.departmentId = q.value(4).toString();
    u.departmentName = q.value(5).toString();
    u.hasPassword = q.value(6).toBool();
    u.rowVersion = q.value(7).toLongLong();
    return u;
}

} // namespace

Result<int> UserRepository::activeCount()
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM users WHERE deleted_at IS NULL")) || !q.next())
        return toError(q);
    return q.value(0).toInt();
}

Result<QList<User>> UserRepository::listActive()
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(kSelectUser)) // UserService orders them by pinyin
        return toError(q);
    QList<User> users;
    while (q.next())
        users.append(readUser(q));
    return users;
}

Result<std::optional<User>> UserRepository::findById(const QString &id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(kSelectUser + QStringLiteral("AND u.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return toError(q);
    if (!q.next())
        return std::optional<User>();
    return std::optional<User>(readUser(q));
}

Result<std::optional<User>> UserRepository::findByLogin(const QString &login)
{
    QSqlQuery q(m_db.sql());
    q.prepare(kSelectUser + QStringLiteral("AND u.login = ?"));
    q.addBindValue(login);
    if (!q.exec())
        return toError(q);
    if (!q.next())
        return std::optional<User>();
    return std::optional<User>(readUser(q));
}

Result<QString> UserRepository::passwordHash(const QString &userId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT coalesce(password_hash, '') FROM users WHERE id = ?"));
    q.addBindValue(userId);
    if (!q.exec())
        return toError(q);
    return q.next() ? q.value(0).toString() : QString();
}

Status UserRepository::insert(const User &u, const QString &hash, qint64 now, const QString &actorId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO users (id, login, display_name, role, department_id, password_hash, "
                             "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(u.id);
    q.addBindValue(u.login);
    q.addBindValue(u.displayName);
    q.addBindValue(roleCode(u.role));
    q.addBindValue(sql::nullIfEmpty(u.departmentId));
    q.addBindValue(sql::nullIfEmpty(hash));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(sql::nullIfEmpty(actorId));
    if (!q.exec())
        return toError(q);
    return UserTableSeal::renew(m_db);
}

Status UserRepository::setPasswordHash(const QString &userId, const QString &hash, qint64 now, const QString &actorId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ?, updated_at = ?, updated_by = ?, "
                             "row_version = row_version + 1 WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(hash);
    q.addBindValue(now);
    q.addBindValue(actorId);
    q.addBindValue(userId);
    if (!q.exec())
        return toError(q);
    return UserTableSeal::renew(m_db);
}

Result<QList<Department>> UserRepository::departments()
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT id, name FROM departments WHERE deleted_at IS NULL ORDER BY name")))
        return toError(q);
    QList<Department> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString()});
    std::sort(list.begin(), list.end(), [](const Department &a, const Department &b) {
        return CollationKey::of(a.name) < CollationKey::of(b.name);
    });
    return list;
}

Status UserRepository::insertDepartment(const Department &d, qint64 now, const QString &actorId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO departments (id, name, created_at, updated_at, updated_by) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(d.id);
    q.addBindValue(d.name);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(sql::nullIfEmpty(actorId));
    if (!q.exec())
        return toError(q);
    return {};
}

Result<QHash<QString, QString>> UserRepository::displayNames()
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT id, display_name FROM users")))
        return toError(q);
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

} // namespace guanxi
