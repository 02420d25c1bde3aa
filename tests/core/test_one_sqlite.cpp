// SPDX-License-Identifier: GPL-3.0-or-later
// One SQLite in the process: core calls libsqlite3 (backup, bulk statements, error codes) on the
// handle of Qt's QSQLITE driver, which is only sound when both are the same copy of the library.
// Two copies do not share their table of open files, so a lock taken through one is invisible to a
// connection opened through the other (POSIX locks of one process never block each other): the
// second test below is what would let two writers into one file, and it fails on such a build.
#include "core/storage/Database.h"
#include "core/workspace/OpenWorkspace.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <memory>

using namespace guanxi;

class TestOneSqlite : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto db = openWorkspace(
            m_dir.filePath(QStringLiteral("%1.sqlite3").arg(QString::fromLatin1(QTest::currentTestFunction()))),
            Database::OpenMode::CreateIfMissing);
        QVERIFY(db);
        m_db = std::move(*db);
    }
    void cleanup() { m_db.reset(); }

    // The library the driver runs is the one core was built and linked against.
    void theDriverRunsTheSqliteCoreLinks()
    {
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT sqlite_source_id(), sqlite_version()")) && q.next());
        QCOMPARE(q.value(0).toString(), QString::fromLatin1(sqlite3_sourceid()));
        QCOMPARE(q.value(1).toString(), QString::fromLatin1(sqlite3_libversion()));
        QVERIFY(m_db->handle() != nullptr);
        // A handle of another copy would be read with this copy's layout: its file name would be
        // garbage or a crash, not the file we opened.
        const char *name = sqlite3_db_filename(m_db->handle(), "main");
        QVERIFY(name != nullptr);
        QCOMPARE(QFileInfo(QString::fromUtf8(name)).canonicalFilePath(), QFileInfo(m_db->path()).canonicalFilePath());
    }

    // The lock the driver's connection holds is seen by a connection core opens itself.
    void aLockTakenThroughTheDriverHoldsForCore()
    {
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE one_sqlite_probe(x)")));

        sqlite3 *own = nullptr;
        QCOMPARE(sqlite3_open_v2(m_db->path().toUtf8().constData(), &own, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        sqlite3_busy_timeout(own, 0);
        const int rc = sqlite3_exec(own, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        sqlite3_exec(own, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close_v2(own);
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        QVERIFY2(rc == SQLITE_BUSY, "a second writer got in: core and the QSQLITE driver use two copies of SQLite");
    }
};

QTEST_GUILESS_MAIN(TestOneSqlite)
#include "test_one_sqlite.moc"
