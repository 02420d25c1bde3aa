// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/users/UserService.h"

#include "core/i18n/CollationKey.h"
#include "core/storage/WriteTransaction.h"
#include "core/users/AccessPolicy.h"
#include "core/users/PasswordHasher.h"
#include "core/users/SignInThrottle.h"
#include "core/users/UserRepository.h"
#include "core/util/Clock.h"
#include "core/util/Uuid7.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace guanxi {

namespace {

Error denied(const QString &message)
{
    return {ErrorCode::PermissionDenied, message, {}};
}

Error invalid(const QString &message)
{
    return {ErrorCode::Invalid, message, {}};
}

} // namespace

UserService::UserService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Status UserService::validateLogin(const QString &login)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._@-]{2,64}$"));
    if (!re.match(login).hasMatch())
        return invalid(tr("A login name has 2 to 64 letters, digits, dots, dashes or underscores."));
    return {};
}

Status UserService::validatePassword(const QString &password)
{
    if (password.size() < 6)
        return invalid(tr("A password needs at least 6 characters."));
    if (password.size() > 256)
        return invalid(tr("A password may have at most 256 characters."));
    return {};
}

Result<bool> UserService::needsSignIn()
{
    Result<int> n = UserRepository(m_db).activeCount();
    if (!n)
        return n.error();
    return *n > 1;
}

Result<Session> UserService::soleUserSession()
{
    Result<QList<User>> list = UserRepository(m_db).listActive();
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error{ErrorCode::NotFound, tr("This database has no users yet. Create one with guanxi-cli init."), {}};
    if (list->size() != 1)
        return denied(tr("This database has several users: sign in first."));
    return Session::fromUser(list->first());
}

Result<Session> UserService::signIn(const QString &login, const QString &password)
{
    UserRepository repo(m_db);
    SignInThrottle throttle(m_db, m_clock);
    Result<qint64> wait = throttle.waitMs(login);
    if (!wait)
        return wait.error();
    if (*wait > 0)
        return denied(tr("Too many wrong passwords for %1. Try again in %n second(s).", "", int((*wait + 999) / 1000))
                          .arg(login));
    Result<std::optional<User>> user = repo.findByLogin(login);
    if (!user)
        return user.error();
    // One message for an unknown login and a wrong password: it does not tell which logins exist.
    const Error wrong = denied(tr("The login name or the password is wrong."));
    const auto failed = [&](const QString &userId) -> Result<Session> {
        if (Status s = throttle.failed(login, userId); !s)
            return s.error();
        return wrong;
    };
    if (!user->has_value())
        return failed({});
    Result<QString> hash = repo.passwordHash((*user)->id);
    if (!hash)
        return hash.error();
    if (hash->isEmpty()) {
        Result<int> n = repo.activeCount();
        if (n && *n == 1)
            return Session::fromUser(**user);
        return denied(tr("No password is set for %1. Ask an administrator to set one.").arg((*user)->displayName));
    }
    if (!PasswordHasher::verify(*hash, password))
        return failed((*user)->id);
    if (Status s = throttle.succeeded(login); !s)
        return s.error();
    return Session::fromUser(**user);
}

Result<User> UserService::createFirstAdmin(const QString &displayName, const QString &login)
{
    const QString name = displayName.trimmed();
    if (name.isEmpty())
        return invalid(tr("Enter your name."));
    if (Status s = validateLogin(login); !s)
        return s.error();
    return inWriteTransaction(m_db, [&]() -> Result<User> {
        UserRepository repo(m_db);
        Result<int> n = repo.activeCount();
        if (!n)
            return n.error();
        if (*n > 0)
            return denied(tr("This database already has users."));
        User u;
        u.id = newUuid7(m_clock.nowMs());
        u.login = login;
        u.displayName = name;
        u.role = Role::Admin;
        if (Status s = repo.insert(u, {}, m_clock.nowMs(), u.id); !s)
            return s.error();
        return u;
    });
}

Result<User> UserService::addUser(const Session &actor, const NewUser &nu)
{
    if (!AccessPolicy(actor).administers())
        return denied(tr("Only an administrator can add users."));
    if (Status s = validateLogin(nu.login); !s)
        return s.error();
    if (nu.displayName.trimmed().isEmpty())
        return invalid(tr("Enter the user's name."));
    if (Status s = validatePassword(nu.password); !s)
        return s.error();

    UserRepository repo(m_db);
    // Once there are two users everyone signs in, so the administrator needs a password first.
    Result<QString> ownHash = repo.passwordHash(actor.userId);
    if (!ownHash)
        return ownHash.error();
    if (ownHash->isEmpty())
        return denied(tr("Set a password for yourself before you add other users: from then on, "
                         "everyone signs in."));

    const QString hash = PasswordHasher::hash(nu.password); // slow: outside the transaction
    return inWriteTransaction(m_db, [&]() -> Result<User> {
        Result<std::optional<User>> existing = repo.findByLogin(nu.login);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            return Error{ErrorCode::Duplicate, tr("The login name %1 is taken.").arg(nu.login), {}};
        User u;
        u.id = newUuid7(m_clock.nowMs());
        u.login = nu.login;
        u.displayName = nu.displayName.trimmed();
        u.role = nu.role;
        u.departmentId = nu.departmentId;
        u.hasPassword = true;
        if (Status s = repo.insert(u, hash, m_clock.nowMs(), actor.userId); !s)
            return s.error();
        return u;
    });
}

Status UserService::setPassword(const Session &actor, const QString &userId, const QString &password)
{
    if (!AccessPolicy(actor).mayChangeAccountOf(userId))
        return denied(tr("You can only change your own password."));
    if (Status s = validatePassword(password); !s)
        return s;
    const QString hash = PasswordHasher::hash(password);
    return inWriteTransaction(m_db, [&]() -> Status {
        if (Status s = UserRepository(m_db).setPasswordHash(userId, hash, m_clock.nowMs(), actor.userId); !s)
            return s;
        return Status{};
    });
}

Result<Department> UserService::addDepartment(const Session &actor, const QString &name)
{
    if (!AccessPolicy(actor).administers())
        return denied(tr("Only an administrator can add departments."));
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 100)
        return invalid(tr("A department name has 1 to 100 characters."));
    Department d{newUuid7(m_clock.nowMs()), trimmed};
    return inWriteTransaction(m_db, [&]() -> Result<Department> {
        if (Status s = UserRepository(m_db).insertDepartment(d, m_clock.nowMs(), actor.userId); !s)
            return s.error();
        return d;
    });
}

Result<QList<User>> UserService::users()
{
    Result<QList<User>> list = UserRepository(m_db).listActive();
    if (!list)
        return list;
    // People's names in the order Chinese users look for them: pinyin, surnames as surnames read.
    std::sort(list->begin(), list->end(), [](const User &a, const User &b) {
        return CollationKey::ofPerson(a.displayName) < CollationKey::ofPerson(b.displayName);
    });
    return list;
}

Result<QList<Department>> UserService::departments()
{
    return UserRepository(m_db).departments();
}

} // namespace guanxi
