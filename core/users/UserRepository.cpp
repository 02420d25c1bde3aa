// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/users/UserRepository.h"

#include "core/i18n/CollationKey.h"
#include "core/storage/Database.h"
#include "core/storage/ResultRow.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"
#include "core/storage/TableDescription.h"
#include "core/users/UserTableSeal.h"

#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

using namespace Qt::Literals::StringLiterals;

namespace {

// A user as stored: the user, the hash of the password (written, never read with the user), and
// the stamps.
struct UserRow {
    User user;
    QString passwordHash;
    Stamps stamps;
};

const TableDescription<UserRow> &userTable()
{
    using namespace columns;
    using R = UserRow;
    using U = User;
    static const TableDescription<UserRow> t(
        QStringLiteral("users"),
        {referenceAt<R>(QStringLiteral("id"), memberOf(&R::user, &U::id), ColumnRole::Key),
         text(QStringLiteral("login"), &R::user, &U::login),
         text(QStringLiteral("display_name"), &R::user, &U::displayName),
         convertedAt<R>(QStringLiteral("role"), memberOf(&R::user, &U::role), &roleCode,
                        [](const QVariant &v) {
                            Role role = Role::Salesperson;
                            roleFromCode(v.toString(), &role);
                            return role;
                        }),
         reference(QStringLiteral("department_id"), &R::user, &U::departmentId),
         joinedAt<R>(QStringLiteral("coalesce(d.name, '')"), memberOf(&R::user, &U::departmentName)),
         writeOnly(referenceAt<R>(QStringLiteral("password_hash"), memberOf(&R::passwordHash))),
         joinedAt<R>(QStringLiteral("u.password_hash IS NOT NULL"), memberOf(&R::user, &U::hasPassword)),
         readOnly(ColumnRole::Stamp, value(QStringLiteral("row_version"), &R::user, &U::rowVersion))},
        &R::stamps);
    return t;
}

const QString kSelectUser = QStringLiteral("SELECT %1 FROM users u LEFT JOIN departments d ON d.id = u.department_id "
                                           "WHERE u.deleted_at IS NULL ")
                                .arg(userTable().selectList(QStringLiteral("u")));

User readUser(const QSqlQuery &q)
{
    return userTable().read(q).user;
}

struct DepartmentRow {
    Department department;
    Stamps stamps;
};

const TableDescription<DepartmentRow> &departmentTable()
{
    using namespace columns;
    using R = DepartmentRow;
    static const TableDescription<DepartmentRow> t(
        QStringLiteral("departments"),
        {referenceAt<R>(QStringLiteral("id"), memberOf(&R::department, &Department::id), ColumnRole::Key),
         text(QStringLiteral("name"), &R::department, &Department::name)},
        &R::stamps);
    return t;
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
    if (Status s = userTable().insert(m_db, {u, hash, Stamps::at(now)}, actorId); !s)
        return s;
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
    if (!q.exec(QStringLiteral("SELECT %1 FROM departments WHERE deleted_at IS NULL ORDER BY name")
                    .arg(departmentTable().selectList())))
        return toError(q);
    QList<Department> list;
    while (q.next())
        list.append(departmentTable().read(q).department);
    std::sort(list.begin(), list.end(), [](const Department &a, const Department &b) {
        return CollationKey::of(a.name) < CollationKey::of(b.name);
    });
    return list;
}

Status UserRepository::insertDepartment(const Department &d, qint64 now, const QString &actorId)
{
    return departmentTable().insert(m_db, {d, Stamps::at(now)}, actorId);
}

Result<QHash<QString, QString>> UserRepository::displayNames()
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT id, display_name FROM users")))
        return toError(q);
    QHash<QString, QString> out;
    for (const ResultRow r(q); q.next();)
        out.insert(r.text("id"_L1), r.text("display_name"_L1));
    return out;
}

} // namespace guanxi
