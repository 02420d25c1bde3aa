// SPDX-License-Identifier: GPL-3.0-or-later
// Transactions that join an outer one: a service's create() alone or inside a larger change.
#include "core/customers/CustomerService.h"
#include "core/i18n/Translations.h"
#include "core/storage/Database.h"
#include "core/storage/WriteTransaction.h"
#include "core/users/UserService.h"
#include "core/util/Clock.h"
#include "core/workspace/OpenWorkspace.h"

#include "Builders.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace guanxi;
using guanxi::test::aCustomer;

class TestTransactions : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Session m_admin;

    int customers()
    {
        QSqlQuery q(m_db->sql());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM customers")) || !q.next())
            return -1;
        return q.value(0).toInt();
    }
    bool writeSetting(const QString &key)
    {
        QSqlQuery q(m_db->sql());
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO db_settings(key, value) VALUES (?, 'x')"));
        q.addBindValue(key);
        return q.exec();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto db = openWorkspace(
            m_dir.filePath(QStringLiteral("t%1.sqlite3").arg(QString::fromLatin1(QTest::currentTestFunction()))),
            Database::OpenMode::CreateIfMissing);
        QVERIFY(db);
        m_db = std::move(*db);
        auto admin =
            UserService(*m_db, Clock::system()).createFirstAdmin(QStringLiteral("管理员"), QStringLiteral("admin"));
        QVERIFY(admin);
        m_admin = Session::fromUser(*admin);
    }
    void cleanup() { m_db.reset(); }

    void aCreateAloneCommitsItself()
    {
        QVERIFY(CustomerService(*m_db, Clock::system()).create(m_admin, aCustomer(QStringLiteral("华为"))));
        QCOMPARE(customers(), 1);
    }
    void aCreateInsideAnOuterTransactionIsDecidedByIt()
    {
        {
            WriteTransaction outer(*m_db);
            QVERIFY(outer.begin());
            auto made = CustomerService(*m_db, Clock::system()).create(m_admin, aCustomer(QStringLiteral("华为")));
            QVERIFY(made);
            QCOMPARE(made->fields.name, QStringLiteral("华为")); // read back inside the outer one
            // destroyed without commit: rolled back, the inner create with it
        }
        QCOMPARE(customers(), 0);
        WriteTransaction outer(*m_db);
        QVERIFY(outer.begin());
        QVERIFY(CustomerService(*m_db, Clock::system()).create(m_admin, aCustomer(QStringLiteral("小米"))));
        QVERIFY(outer.commit());
        QCOMPARE(customers(), 1);
    }
    void anInnerFailureBeforeWritingCostsTheOuterNothing()
    {
        WriteTransaction outer(*m_db);
        QVERIFY(outer.begin());
        CustomerService service(*m_db, Clock::system());
        auto refused = service.create(m_admin, aCustomer(QString()));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QVERIFY(service.create(m_admin, aCustomer(QStringLiteral("小米"))));
        QVERIFY(outer.commit());
        QCOMPARE(customers(), 1);
    }
    void anInnerRollbackAfterWritingSavesNothingAtAll()
    {
        WriteTransaction outer(*m_db);
        QVERIFY(outer.begin());
        QVERIFY(CustomerService(*m_db, Clock::system()).create(m_admin, aCustomer(QStringLiteral("小米"))));
        {
            WriteTransaction inner(*m_db);
            QVERIFY(inner.begin());
            QVERIFY(inner.isJoined());
            QVERIFY(writeSetting(QStringLiteral("test.inner")));
            // left without commit: its write cannot be taken back alone
        }
        Status s = outer.commit();
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::Storage);
        QCOMPARE(customers(), 0);
        // The connection is usable again, and a new transaction is not spoiled by the old one.
        WriteTransaction next(*m_db);
        QVERIFY(next.begin());
        QVERIFY(!next.isJoined());
        QVERIFY(writeSetting(QStringLiteral("test.next")));
        QVERIFY(next.commit());
    }
    void aSavepointTakesBackWhatAnInnerOneLeft()
    {
        WriteTransaction outer(*m_db);
        QVERIFY(outer.begin());
        RowSavepoint row(*m_db, QStringLiteral("row"));
        QVERIFY(row.begin());
        {
            WriteTransaction inner(*m_db);
            QVERIFY(inner.begin());
            QVERIFY(writeSetting(QStringLiteral("test.taken_back")));
        }
        QVERIFY(row.rollbackTo());
        QVERIFY(row.release());
        QVERIFY(row.begin());
        QVERIFY(CustomerService(*m_db, Clock::system()).create(m_admin, aCustomer(QStringLiteral("小米"))));
        QVERIFY(row.release());
        QVERIFY(outer.commit());
        QCOMPARE(customers(), 1);
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM db_settings WHERE key = 'test.taken_back'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    void commitWithoutBeginIsRefused()
    {
        WriteTransaction outer(*m_db);
        QVERIFY(outer.begin());
        WriteTransaction neverBegun(*m_db);
        QVERIFY(!neverBegun.commit());
        QVERIFY(writeSetting(QStringLiteral("test.still_open")));
        QVERIFY(outer.commit()); // the outer one was not committed by the stray commit
    }
};

QTEST_GUILESS_MAIN(TestTransactions)
#include "test_transactions.moc"
