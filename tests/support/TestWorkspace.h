// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Each test gets its own database in its own temporary folder (never a shared file), with the
// people most tests need: an administrator, a manager and two salespeople in one department,
// and a salesperson in another.
#include "core/seed/DemoSeeder.h"
#include "core/storage/Database.h"
#include "core/users/PasswordHasher.h"
#include "core/users/UserService.h"
#include "core/util/Clock.h"
#include "core/workspace/OpenWorkspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace guanxi::test {

struct TestWorkspace {
    QTemporaryDir dir;
    FixedClock clock{1'763'800'000'000}; // 2025-11-22, a fixed "now"
    std::unique_ptr<Database> db;
    Session admin, manager, sales1, sales2, otherDeptSales;

    QString path() const { return dir.filePath(QStringLiteral("test.sqlite3")); }

    std::unique_ptr<Database> openAnother() const
    {
        auto r = openWorkspace(path(), Database::OpenMode::OpenExisting);
        return r ? std::move(*r) : nullptr;
    }

    // Opens the database; with `team`, adds the users described above (password "secret1").
    bool init(bool team = true)
    {
        PasswordHasher::useFastLimitsForTests();
        auto r = openWorkspace(path(), Database::OpenMode::CreateIfMissing);
        if (!r) {
            qWarning() << r.error().message << r.error().detail;
            return false;
        }
        db = std::move(*r);
        UserService users(*db, clock);
        auto a = users.createFirstAdmin(QStringLiteral("管理员"), QStringLiteral("admin"));
        if (!a)
            return false;
        admin = Session::fromUser(*a);
        if (!team)
            return true;
        if (!users.setPassword(admin, admin.userId, QStringLiteral("secret1")))
            return false;
        auto east = users.addDepartment(admin, QStringLiteral("华东销售部"));
        auto south = users.addDepartment(admin, QStringLiteral("华南销售部"));
        if (!east || !south)
            return false;
        auto add = [&](const char *login, const QString &name, Role role, const QString &dept, Session *out) {
            auto u = users.addUser(admin, {QLatin1String(login), name, role, dept, QStringLiteral("secret1")});
            if (u)
                *out = Session::fromUser(*u);
            return u.ok();
        };
        return add("manager", QStringLiteral("王经理"), Role::Manager, east->id, &manager)
            && add("sales1", QStringLiteral("张三"), Role::Salesperson, east->id, &sales1)
            && add("sales2", QStringLiteral("李四"), Role::Salesperson, east->id, &sales2)
            && add("sales3", QStringLiteral("赵六"), Role::Salesperson, south->id, &otherDeptSales);
    }

    // Opens the database with the demo company in it (its own team, as of `asOf`); manager, sales1
    // and sales2 are then the demo's first manager and first two salespeople.
    bool initWithDemoCompany(int customers, int orders, const QDate &asOf)
    {
        if (!init(false))
            return false;
        SeedOptions o;
        o.customers = customers;
        o.orders = orders;
        o.asOf = asOf;
        if (!DemoSeeder(*db).run(&admin, o))
            return false;
        Result<QList<User>> users = UserService(*db, clock).users();
        if (!users)
            return false;
        for (const User &u : *users) {
            if (u.role == Role::Manager && manager.userId.isEmpty())
                manager = Session::fromUser(u);
            else if (u.role == Role::Salesperson && sales1.userId.isEmpty())
                sales1 = Session::fromUser(u);
            else if (u.role == Role::Salesperson && sales2.userId.isEmpty())
                sales2 = Session::fromUser(u);
        }
        return !manager.userId.isEmpty() && !sales2.userId.isEmpty();
    }
};

} // namespace guanxi::test
