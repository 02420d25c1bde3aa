// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/users/AccessPolicy.h"

#include "TestWorkspace.h"

using namespace guanxi;
using namespace guanxi::test;

class TestUsers : public QObject {
    Q_OBJECT
private slots:
    void singleUserNeedsNoSignIn()
    {
        TestWorkspace w;
        QVERIFY(w.init(false));
        UserService users(*w.db, w.clock);
        QCOMPARE(*users.needsSignIn(), false);
        auto s = users.soleUserSession();
        QVERIFY(s);
        QCOMPARE(s->role, Role::Admin);
        QVERIFY(!users.createFirstAdmin(QStringLiteral("第二个"), QStringLiteral("second")));
    }
    void adminNeedsAPasswordBeforeAddingUsers()
    {
        TestWorkspace w;
        QVERIFY(w.init(false));
        UserService users(*w.db, w.clock);
        auto r = users.addUser(
            w.admin,
            {QStringLiteral("sales1"), QStringLiteral("张三"), Role::Salesperson, {}, QStringLiteral("secret1")});
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(*users.needsSignIn(), false);
    }
    // The sign-in list and every list of people: surnames by their surname reading, so 曾 (zeng)
    // comes after 王 (wang) and 单 (shan) after 邓 (deng), not with ceng and dan.
    void peopleAreListedBySurnameReading()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        UserService users(*w.db, w.clock);
        int n = 0;
        for (const char *name : {"曾伟", "单明", "邓军", "王芳"})
            QVERIFY(users.addUser(w.admin,
                                  {QStringLiteral("people%1").arg(++n),
                                   QString::fromUtf8(name),
                                   Role::Salesperson,
                                   {},
                                   QStringLiteral("secret12")}));
        QStringList order;
        const Result<QList<User>> listed = users.users();
        QVERIFY(listed);
        for (const User &u : *listed)
            if (QStringList(
                    {QStringLiteral("曾伟"), QStringLiteral("单明"), QStringLiteral("邓军"), QStringLiteral("王芳")})
                    .contains(u.displayName))
                order.append(u.displayName);
        QCOMPARE(order,
                 (QStringList{QStringLiteral("邓军"), QStringLiteral("单明"), QStringLiteral("王芳"),
                              QStringLiteral("曾伟")}));
    }

    void signInChecksThePassword()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        UserService users(*w.db, w.clock);
        QCOMPARE(*users.needsSignIn(), true);
        QVERIFY(!users.soleUserSession());
        auto ok = users.signIn(QStringLiteral("sales1"), QStringLiteral("secret1"));
        QVERIFY(ok);
        QCOMPARE(ok->displayName, QStringLiteral("张三"));
        QCOMPARE(ok->role, Role::Salesperson);
        auto wrong = users.signIn(QStringLiteral("sales1"), QStringLiteral("secret2"));
        auto unknown = users.signIn(QStringLiteral("nobody"), QStringLiteral("secret1"));
        QVERIFY(!wrong && !unknown);
        QCOMPARE(wrong.error().message, unknown.error().message); // does not reveal which logins exist
    }
    void onlyAdminsManageUsers()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        UserService users(*w.db, w.clock);
        QCOMPARE(users
                     .addUser(w.manager,
                              {QStringLiteral("x1"), QStringLiteral("X"), Role::Admin, {}, QStringLiteral("secret1")})
                     .error()
                     .code,
                 ErrorCode::PermissionDenied);
        QCOMPARE(users.setPassword(w.sales1, w.sales2.userId, QStringLiteral("hijack1")).error().code,
                 ErrorCode::PermissionDenied);
        QVERIFY(users.setPassword(w.sales1, w.sales1.userId, QStringLiteral("newpass1")));
        QVERIFY(users.signIn(QStringLiteral("sales1"), QStringLiteral("newpass1")));
        QCOMPARE(
            users
                .addUser(
                    w.admin,
                    {QStringLiteral("sales1"), QStringLiteral("Dup"), Role::Salesperson, {}, QStringLiteral("secret1")})
                .error()
                .code,
            ErrorCode::Duplicate);
        QCOMPARE(
            users
                .addUser(
                    w.admin,
                    {QStringLiteral("a b"), QStringLiteral("Bad"), Role::Salesperson, {}, QStringLiteral("secret1")})
                .error()
                .code,
            ErrorCode::Invalid);
        QCOMPARE(
            users
                .addUser(
                    w.admin,
                    {QStringLiteral("short"), QStringLiteral("Short"), Role::Salesperson, {}, QStringLiteral("123")})
                .error()
                .code,
            ErrorCode::Invalid);
    }
    void accessPolicy()
    {
        const Session sales{QStringLiteral("u1"), QStringLiteral("A"), Role::Salesperson, QStringLiteral("d1")};
        const Session manager{QStringLiteral("m1"), QStringLiteral("M"), Role::Manager, QStringLiteral("d1")};
        QVERIFY(AccessPolicy(sales).canEdit(QStringLiteral("u1"), QStringLiteral("d1")));
        QVERIFY(!AccessPolicy(sales).canEdit(QStringLiteral("u2"), QStringLiteral("d1")));
        QVERIFY(!AccessPolicy(sales).canEdit({}, {})); // the public pool is claimed, not edited
        QVERIFY(AccessPolicy(sales).canView({}, {}));
        QVERIFY(AccessPolicy(manager).canEdit(QStringLiteral("u2"), QStringLiteral("d1")));
        QVERIFY(!AccessPolicy(manager).canEdit(QStringLiteral("u3"), QStringLiteral("d2")));
    }
};

QTEST_GUILESS_MAIN(TestUsers)
#include "test_users.moc"
