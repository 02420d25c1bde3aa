// SPDX-License-Identifier: GPL-3.0-or-later
// The rules for customers, enforced in core: validation, ownership and roles, optimistic
// concurrency, the recycle bin.
#include "core/customers/CustomerService.h"

#include "Builders.h"
#include "TestWorkspace.h"

#include <QSqlQuery>

using namespace guanxi;
using namespace guanxi::test;

class TestCustomerService : public QObject {
    Q_OBJECT

    int m_drafts = 0;

    CustomerDraft draft(const QString &name, const QString &owner = {})
    {
        // Distinct phones: no duplicate guard here.
        return aCustomer(name).phone(QStringLiteral("138 0013 %1").arg(8000 + m_drafts++)).owner(owner);
    }

private slots:
    void createAndRead()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerService s(*w.db, w.clock);
        auto c = s.create(w.sales1, draft(QStringLiteral("  深圳华信电子有限公司 ")));
        QVERIFY2(c, c ? "" : qPrintable(c.error().message));
        QCOMPARE(c->fields.name, QStringLiteral("深圳华信电子有限公司")); // trimmed
        QCOMPARE(c->fields.ownerId, w.sales1.userId);                     // a salesperson owns what they create
        QCOMPARE(c->rowVersion, 1);
        QCOMPARE(c->createdAt, w.clock.nowMs());
        QCOMPARE(c->updatedByName, QStringLiteral("张三"));
        auto again = s.get(w.sales1, c->id);
        QVERIFY(again);
        QCOMPARE(again->fields.phone, c->fields.phone);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("empty name") << "name"
                                    << "   ";
        QTest::newRow("long name") << "name" << QString(201, QLatin1Char('x'));
        QTest::newRow("letters in phone") << "phone"
                                          << "call me";
        QTest::newRow("too few digits") << "phone"
                                        << "123";
        QTest::newRow("not a Chinese mobile") << "phone"
                                              << "12012345678";
        QTest::newRow("e-mail without @") << "email"
                                          << "sales.example.com";
        QTest::newRow("e-mail double dot") << "email"
                                           << "a..b@example.com";
    }
    void validation()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerService s(*w.db, w.clock);
        CustomerDraft d = draft(QStringLiteral("合法公司"));
        if (field == QLatin1String("name"))
            d.name = value;
        if (field == QLatin1String("phone"))
            d.phone = value;
        if (field == QLatin1String("email"))
            d.email = value;
        auto c = s.create(w.admin, d);
        QVERIFY(!c);
        QCOMPARE(c.error().code, ErrorCode::Invalid);
        QCOMPARE(c.error().field, field);
        QSqlQuery q(w.db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM customers")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // nothing half-written
    }

    void fullWidthPhoneIsNormalised()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerService s(*w.db, w.clock);
        CustomerDraft d = draft(QStringLiteral("全角公司"));
        d.phone = QStringLiteral("１３８００１３８０００");
        auto c = s.create(w.admin, d);
        QVERIFY(c);
        QCOMPARE(c->fields.phone, QStringLiteral("138 0013 8000")); // and written as every mobile is
    }

    void salespersonCannotEditAnotherSalespersonsCustomer()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerService s(*w.db, w.clock);
        auto c = s.create(w.sales1, draft(QStringLiteral("张三的客户")));
        QVERIFY(c);
        CustomerDraft changed = c->fields;
        changed.phone = QStringLiteral("13900000000");
        auto r = s.update(w.sales2, c->id, changed, c->rowVersion);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::PermissionDenied);
        auto del = s.remove(w.sales2, c->id, c->rowVersion);
        QVERIFY(!del);
        QCOMPARE(del.error().code, ErrorCode::PermissionDenied);
        // Not even visible in detail to the colleague; the record is unchanged.
        QCOMPARE(s.get(w.sales2, c->id).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(s.get(w.sales1, c->id)->fields.phone, c->fields.phone);
        QCOMPARE(s.get(w.sales1, c->id)->rowVersion, 1);
    }

    void salespersonCannotGiveACustomerAway()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerService s(*w.db, w.clock);
        auto c = s.create(w.sales1, draft(QStringLiteral("不许转让")));
        QVERIFY(c);
        CustomerDraft d = c->fields;
        d.ownerId = w.sales2.userId;
        auto r = s.update(w.sales1, c->id, d, c->rowVersion);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::PermissionDenied);
    }

    void managerEditsTheDepartmentOnly()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerService s(*w.db, w.clock);
        auto mine = s.create(w.sales1, draft(QStringLiteral("华东客户")));
        auto theirs = s.create(w.otherDeptSales, draft(QStringLiteral("华南客户")));
        QVERIFY(mine && theirs);
        CustomerDraft d = mine->fields;
        d.tier = Tier::Vip;
        QVERIFY(s.update(w.manager, mine->id, d, mine->rowVersion));
        d = theirs->fields;
        d.tier = Tier::Vip;
        QCOMPARE(s.update(w.manager, theirs->id, d, theirs->rowVersion).error().code, ErrorCode::PermissionDenied);
        // The manager may hand a customer to someone in the department, not outside it.
        d = s.get(w.manager, mine->id)->fields;
        d.ownerId = w.otherDeptSales.userId;
        QCOMPARE(s.update(w.manager, mine->id, d, 2).error().code, ErrorCode::PermissionDenied);
        d.ownerId = w.sales2.userId;
        QVERIFY(s.update(w.manager, mine->id, d, 2));
    }

    void secondConnectionGetsAConflictAndNothingIsLost()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        auto other = w.openAnother();
        QVERIFY(other);
        CustomerService first(*w.db, w.clock);
        CustomerService second(*other, w.clock);
        auto c = first.create(w.sales1, draft(QStringLiteral("并发客户")));
        QVERIFY(c);
        // Both read version 1.
        auto a = first.get(w.sales1, c->id);
        auto b = second.get(w.manager, c->id);
        QVERIFY(a && b);
        CustomerDraft da = a->fields;
        da.phone = QStringLiteral("13811112222");
        QVERIFY(first.update(w.sales1, c->id, da, a->rowVersion));
        CustomerDraft db = b->fields;
        db.email = QStringLiteral("boss@example.com");
        auto r = second.update(w.manager, c->id, db, b->rowVersion);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Conflict);
        QCOMPARE(r.error().userId, w.sales1.userId); // who changed it first
        QCOMPARE(r.error().recordId, c->id);
        QVERIFY2(r.error().message.contains(QStringLiteral("张三")), qPrintable(r.error().message));
        auto now = second.get(w.manager, c->id);
        QCOMPARE(now->fields.phone, QStringLiteral("138 1111 2222")); // the first edit survived
        QCOMPARE(now->fields.email, QString());
        QCOMPARE(now->rowVersion, 2);
    }

    void recycleBinAndRestore()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerService s(*w.db, w.clock);
        auto c = s.create(w.sales1, draft(QStringLiteral("要删除的客户")));
        QVERIFY(c);
        w.clock.advance(1000);
        auto gone = s.remove(w.sales1, c->id, c->rowVersion);
        QVERIFY(gone);
        QCOMPARE(gone->deletedAt, w.clock.nowMs());
        auto bin = s.recycleBin(w.sales1);
        QVERIFY(bin);
        QCOMPARE(bin->size(), 1);
        QCOMPARE(bin->first().id, c->id);
        QVERIFY(s.recycleBin(w.sales2)->isEmpty()); // another salesperson's bin is their own
        CustomerDraft d = gone->fields;
        QCOMPARE(s.update(w.sales1, c->id, d, gone->rowVersion).error().code, ErrorCode::NotFound);
        auto back = s.restore(w.sales1, c->id, gone->rowVersion);
        QVERIFY(back);
        QCOMPARE(back->deletedAt, 0);
        QCOMPARE(back->rowVersion, 3);
        QVERIFY(s.recycleBin(w.sales1)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCustomerService)
#include "test_customer_service.moc"
