// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sharing/SharedMode.h"
#include "core/storage/FileHeader.h"
#include "core/storage/HealthCheck.h"
#include "core/storage/Migrator.h"
#include "core/users/User.h"
#include "core/util/Clock.h"
#include "core/workspace/OpenWorkspace.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace guanxi;

namespace {

// Builds a database file from an SQL script, outside Guanxi, as an older program would have left it.
bool buildFromScript(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return false;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

QStringList tables(Database &db)
{
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT
private slots:
    void freshDatabaseGetsTheLatestSchema()
    {
        QTemporaryDir dir;
        auto db = openWorkspace(dir.filePath(QStringLiteral("new.sqlite3")), Database::OpenMode::CreateIfMissing);
        QVERIFY(db);
        QCOMPARE((*db)->schemaVersion(), Migrator::latestVersion());
        QVERIFY(Migrator::latestVersion() >= 1);
        const QStringList t = tables(**db);
        for (const char *name : {"users", "departments", "customers", "orders", "db_settings"})
            QVERIFY2(t.contains(QLatin1String(name)), name);
        auto health = HealthCheck::run(**db);
        QVERIFY(health && health->healthy());

        // A row written past the foreign keys (another program, an old copy) is named with its
        // table and the table it points to.
        QSqlQuery q((*db)->sql());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO contacts (id, customer_id, name, name_key, created_at, updated_at) "
                                      "VALUES ('orphan', 'no-such-customer', '孤儿', x'00', 0, 0)")));
        health = HealthCheck::run(**db);
        QVERIFY(health && !health->healthy());
        QVERIFY2(health->problems.join(QLatin1Char('\n')).contains(QStringLiteral("contacts"))
                     && health->problems.join(QLatin1Char('\n')).contains(QStringLiteral("customers")),
                 qPrintable(health->problems.join(QLatin1Char('\n'))));
    }

    void everyFixtureUpgradesWithItsDataKept_data()
    {
        QTest::addColumn<QString>("fixture");
        const QDir fixtures(QStringLiteral(GUANXI_FIXTURES));
        const QStringList files = fixtures.entryList({QStringLiteral("schema-*.sql")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << fixtures.filePath(f);
    }
    void everyFixtureUpgradesWithItsDataKept()
    {
        QFETCH(QString, fixture);
        QFile f(fixture);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite3"));
        QVERIFY(buildFromScript(path, f.readAll()));
        auto db = openWorkspace(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), Migrator::latestVersion());
        // Every fixture holds the customer 杭州瑞丰贸易有限公司 with these fields.
        QSqlQuery q((*db)->sql());
        QVERIFY(
            q.exec(QStringLiteral("SELECT phone, tier, region FROM customers WHERE name = '杭州瑞丰贸易有限公司'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("0571-88886666"));
        QCOMPARE(q.value(1).toInt(), 2);
        QCOMPARE(q.value(2).toString(), QStringLiteral("浙江 杭州"));
        auto health = HealthCheck::run(**db);
        QVERIFY(health && health->healthy());
    }

    // Schema 3 writes the enumeration checks as comparisons (an IN list costs a temporary index on
    // every insert): none is left, and they still refuse what they refused before.
    void enumerationChecksAreComparisonsAndStillHold()
    {
        const QDir fixtures(QStringLiteral(GUANXI_FIXTURES));
        for (const QString &start : {QString(), fixtures.filePath(QStringLiteral("schema-2.sql"))}) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("db.sqlite3"));
            if (!start.isEmpty()) {
                QFile f(start);
                QVERIFY(f.open(QIODevice::ReadOnly));
                QVERIFY(buildFromScript(path, f.readAll()));
            }
            auto db = openWorkspace(path, Database::OpenMode::CreateIfMissing);
            QVERIFY2(db, db ? "" : qPrintable(db.error().message));
            QSqlQuery q((*db)->sql());
            QVERIFY(q.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'table'")));
            while (q.next()) {
                const QString sql = q.value(1).toString();
                QVERIFY2(!sql.contains(QStringLiteral(" IN (")), qPrintable(q.value(0).toString()));
            }
            if (!start.isEmpty()) // the fixture's customer may not become something unknown
                QVERIFY(!q.exec(QStringLiteral("UPDATE customers SET kind = 'alien'")));
            QVERIFY(!q.exec(QStringLiteral("INSERT INTO users (id, login, display_name, role, created_at, updated_at) "
                                           "VALUES ('u', 'x', 'x', 'emperor', 0, 0)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO users (id, login, display_name, role, created_at, updated_at) "
                                          "VALUES ('u', 'x', 'x', 'manager', 0, 0)")));
            auto health = HealthCheck::run(**db);
            QVERIFY(health && health->healthy());
        }
    }

    // An older file reached over a network is opened only to be shared (nothing migrated, nobody
    // announced in it yet); once shared it opens, and is brought up to date, in the rollback journal.
    void anOlderFileCanBeSharedBeforeItIsUpgraded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite3"));
        QFile f(QStringLiteral(GUANXI_FIXTURES "/schema-2.sql"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(buildFromScript(path, f.readAll()));
        {
            auto db = Database::open(path, Database::OpenMode::ToShare);
            QVERIFY2(db, db ? "" : qPrintable(db.error().message));
            QCOMPARE((*db)->schemaVersion(), 2);
            Session admin;
            admin.role = Role::Admin;
            Status s = SharedMode::turnOn(**db, admin, Clock::system());
            QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        }
        QVERIFY(FileHeader::read(path)->isShared());
        auto db = openWorkspace(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), Migrator::latestVersion());
        QVERIFY((*db)->isShared());
        QCOMPARE((*db)->journalMode(), Database::JournalMode::Rollback);
    }

    void newerSchemaIsRefusedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite3"));
        QVERIFY(buildFromScript(path,
                                "CREATE TABLE future(x); PRAGMA user_version=999; PRAGMA application_id="
                                    + QByteArray::number(FileHeader::kPrivateId) + ";"));
        auto db = openWorkspace(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::SchemaTooNew);
        QVERIFY(db.error().message.contains(QStringLiteral("999")));
        // Untouched: still version 999 with only its own table.
        auto raw = Database::open(path);
        QVERIFY(!raw);
    }

    void failedMigrationLeavesTheFileAsItWas()
    {
        // A file at version 0 that already has a "users" table makes step 1 fail half-way.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clash.sqlite3"));
        QVERIFY(
            buildFromScript(path, QByteArrayLiteral("CREATE TABLE customers(x); INSERT INTO customers VALUES (42);")));
        auto db = openWorkspace(path);
        QVERIFY(!db);
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &raw), SQLITE_OK);
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(raw, "SELECT count(*) FROM sqlite_master", -1, &st, nullptr);
        QCOMPARE(sqlite3_step(st), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(st, 0), 1); // no departments or users table left behind
        sqlite3_finalize(st);
        sqlite3_close(raw);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "test_migrations.moc"
