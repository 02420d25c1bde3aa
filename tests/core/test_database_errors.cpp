// SPDX-License-Identifier: GPL-3.0-or-later
// Bad database files get a clear message in the user's language, and nothing is changed.
#include "i18n/Translations.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"
#include "workspace/OpenWorkspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

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
    void readOnlyFile()
    {
        if (geteuid() == 0)
            QSKIP("root can write read-only files; the check needs an ordinary user");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.sqlite3"));
        { QVERIFY(openWorkspace(path, Database::OpenMode::CreateIfMissing)); }
        QFile::setPermissions(path, QFile::ReadOwner);
        auto db = openWorkspace(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::ReadOnly);
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
