// SPDX-License-Identifier: GPL-3.0-or-later
// Bad database files get a clear message in the user's language, and nothing is changed.
#include "core/customers/CustomerService.h"
#include "core/i18n/Translations.h"
#include "core/storage/Database.h"
#include "core/storage/WriteTransaction.h"
#include "core/users/UserService.h"
#include "core/util/Clock.h"
#include "core/workspace/OpenWorkspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace guanxi;

class TestDatabaseErrors : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { Translations::install(QStringLiteral("en")); }

    void missingFile()
    {
        QTemporaryDir dir;
        auto db = openWorkspace(dir.filePath(QStringLiteral("nope.sqlite3")));
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::NotFound);
    }
    void notADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite3"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("This is a shopping list, not a database.\n");
        f.close();
        auto db = openWorkspace(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::Corrupt);
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("This is a shopping list, not a database.\n"));
    }
    void corruptDatabaseInChinese()
    {
        Translations::install(QStringLiteral("zh_CN"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.sqlite3"));
        {
            auto db = openWorkspace(path, Database::OpenMode::CreateIfMissing);
            QVERIFY(db);
        }
        // Keep the header, scribble over the rest.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(100);
        f.write(QByteArray(8192, '\xAB'));
        f.close();
        auto db = openWorkspace(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::Corrupt);
        QVERIFY2(db.error().message.contains(QStringLiteral("损坏")), qPrintable(db.error().message));
    }
    void folderInsteadOfFile()
    {
        QTemporaryDir dir;
        auto db = openWorkspace(dir.path(), Database::OpenMode::CreateIfMissing);
        QVERIFY(!db);
        QVERIFY(db.error().message.contains(dir.path()));
    }
    void lockedDatabaseReportsBusy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locked.sqlite3"));
        auto a = openWorkspace(path, Database::OpenMode::CreateIfMissing);
        auto b = openWorkspace(path);
        QVERIFY(a && b);
        QSqlQuery shortWait((*b)->sql());
        QVERIFY(shortWait.exec(QStringLiteral("PRAGMA busy_timeout=100")));
        WriteTransaction holder(**a);
        QVERIFY(holder.begin());
        WriteTransaction second(**b);
        Status s = second.begin();
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::Busy);
    }
    // A full disk, simulated with max_page_count: SQLite answers SQLITE_FULL exactly as it does
    // when the file system runs out of space.
    void fullDiskSavesNothingAndSaysSo()
    {
        QTemporaryDir dir;
        auto db = openWorkspace(dir.filePath(QStringLiteral("full.sqlite3")), Database::OpenMode::CreateIfMissing);
        QVERIFY(db);
        auto admin =
            UserService(**db, Clock::system()).createFirstAdmin(QStringLiteral("管理员"), QStringLiteral("admin"));
        QVERIFY(admin);
        const Session s = Session::fromUser(*admin);
        QSqlQuery q((*db)->sql());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count=%1").arg(q.value(0).toInt() + 3)));
        CustomerService service(**db, Clock::system());
        Error failure;
        int saved = 0;
        for (int i = 0; i < 2000; ++i) {
            CustomerDraft d;
            d.name = QStringLiteral("客户%1").arg(i);
            d.notes = QString(3000, QLatin1Char('n'));
            auto r = service.create(s, d);
            if (!r) {
                failure = r.error();
                break;
            }
            ++saved;
        }
        QCOMPARE(failure.code, ErrorCode::DiskFull);
        QVERIFY(failure.message.contains(QStringLiteral("disk is full")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM customers")) && q.next());
        QCOMPARE(q.value(0).toInt(), saved); // the failed save left nothing behind
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }

    void journalModeIsWalOnALocalDisk()
    {
        QTemporaryDir dir;
        auto db = openWorkspace(dir.filePath(QStringLiteral("wal.sqlite3")), Database::OpenMode::CreateIfMissing);
        QVERIFY(db);
        QCOMPARE((*db)->journalMode(), Database::JournalMode::Wal);
        QVERIFY(!Database::isNetworkPath(dir.path()));
        QSqlQuery q((*db)->sql());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseErrors)
#include "test_database_errors.moc"
