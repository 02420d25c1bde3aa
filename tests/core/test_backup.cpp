// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backup/OnlineBackup.h"
#include "core/backup/Snapshots.h"
#include "core/customers/CustomerService.h"
#include "core/storage/HealthCheck.h"

#include "TestWorkspace.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace guanxi;
using namespace guanxi::test;

class TestBackup : public QObject {
    Q_OBJECT

    static QString add(TestWorkspace &w, const QString &name, const QString &notes = {})
    {
        CustomerDraft d;
        d.name = name;
        d.notes = notes;
        return CustomerService(*w.db, w.clock).create(w.admin, d)->id;
    }
    static int customers(Database &db)
    {
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT count(*) FROM customers"));
        return q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void backupAndRestoreWhileOpen()
    {
        TestWorkspace w;
        QVERIFY(w.init(false));
        add(w, QStringLiteral("甲公司"));
        const QString copy = w.dir.filePath(QStringLiteral("copy.sqlite3"));
        QList<qint64> seen;
        QVERIFY(OnlineBackup::backupTo(*w.db, copy, [&](qint64 done, qint64) {
            seen << done;
            return true;
        }));
        QVERIFY(!seen.isEmpty());
        add(w, QStringLiteral("乙公司"));
        auto reader = w.openAnother(); // another user with the file open
        QCOMPARE(customers(*reader), 2);
        QVERIFY(OnlineBackup::restoreFrom(*w.db, copy));
        QCOMPARE(customers(*w.db), 1);
        QCOMPARE(customers(*reader), 1); // sees the restored data on its next read
        auto health = HealthCheck::run(*w.db);
        QVERIFY(health && health->healthy());
    }
    void cancelledBackupLeavesNoFile()
    {
        TestWorkspace w;
        QVERIFY(w.init(false));
        for (int i = 0; i < 300; ++i)
            add(w, QStringLiteral("客户%1").arg(i), QString(2000, QLatin1Char('x')));
        const QString copy = w.dir.filePath(QStringLiteral("cancelled.sqlite3"));
        Status s = OnlineBackup::backupTo(*w.db, copy, [](qint64, qint64) { return false; });
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::Cancelled);
        QVERIFY(!QFile::exists(copy));
        QVERIFY(!QFile::exists(copy + QStringLiteral(".partial")));
    }
    void restoreRefusesADamagedOrForeignFile()
    {
        TestWorkspace w;
        QVERIFY(w.init(false));
        add(w, QStringLiteral("留下的客户"));
        const QString junk = w.dir.filePath(QStringLiteral("junk.sqlite3"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database");
        f.close();
        QVERIFY(!OnlineBackup::restoreFrom(*w.db, junk));
        QVERIFY(!OnlineBackup::restoreFrom(*w.db, w.dir.filePath(QStringLiteral("missing.sqlite3"))));
        QCOMPARE(customers(*w.db), 1);
    }
    void dailySnapshotsKeepTheNewest()
    {
        TestWorkspace w;
        QVERIFY(w.init(false));
        add(w, QStringLiteral("快照客户"));
        Snapshots snaps(w.dir.filePath(QStringLiteral("backups")), w.clock, 3);
        QCOMPARE(*snaps.takeDailyIfDue(*w.db), true);
        QCOMPARE(*snaps.takeDailyIfDue(*w.db), false); // once a day
        for (int day = 1; day <= 5; ++day) {
            w.clock.advance(24LL * 3600 * 1000);
            QCOMPARE(*snaps.takeDailyIfDue(*w.db), true);
        }
        const auto list = snaps.list();
        QCOMPARE(list.size(), 3);
        QVERIFY(list.at(0).takenAt > list.at(1).takenAt);
        auto opened = openWorkspace(list.first().path);
        QVERIFY(opened);
        QCOMPARE(customers(**opened), 1);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "test_backup.moc"
