// SPDX-License-Identifier: GPL-3.0-or-later
// One file, many processes: the tests that data safety on a shared file rests on. Each runs real
// processes side by side on one database (a GUI-shaped one, guanxi-cli, read-modify-write editors),
// in both journal modes (WAL for one computer, the rollback journal of a shared file), kills some
// of them with SIGKILL at random moments, and then checks that every committed write is there and
// that SQLite finds the file sound. The figures they print are recorded in docs/RELIABILITY.md.
#include "core/storage/Database.h"
#include "core/workspace/OpenWorkspace.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>
#include <unistd.h>

#include <memory>
#include <vector>

using namespace guanxi;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

QProcessEnvironment quietEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), home); // settings of the test, not the user
    return env;
}

QString cliPath()
{
    return qEnvironmentVariable("GUANXI_CLI");
}

QString workerPath()
{
    return QStringLiteral(GUANXI_STRESS_WORKER);
}

std::unique_ptr<QProcess> start(const QString &program, const QStringList &args, const QString &home)
{
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(quietEnvironment(home));
    p->start(program, args);
    return p;
}

Run finish(QProcess &p, int timeoutMs = 600000)
{
    p.waitForFinished(timeoutMs);
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

Run run(const QString &program, const QStringList &args, const QString &home)
{
    auto p = start(program, args, home);
    return finish(*p);
}

QStringList linesStartingWith(const QString &out, const QString &prefix)
{
    QStringList found;
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        if (line.startsWith(prefix))
            found.append(line.mid(prefix.size()));
    }
    return found;
}

QString integrity(Database &db)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return q.lastError().text();
    QStringList lines;
    while (q.next())
        lines.append(q.value(0).toString());
    return lines.join(QLatin1Char('\n'));
}

QSet<QString> customerNames(Database &db)
{
    QSet<QString> names;
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT name FROM customers"));
    while (q.next())
        names.insert(q.value(0).toString());
    return names;
}

} // namespace

class TestManyProcesses : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList &args) const
    {
        return run(cliPath(), QStringList{QStringLiteral("--db"), m_db} + args, m_dir.path());
    }

    // A new database for each test, shared or not.
    void makeDatabase(const QString &name, bool shared)
    {
        m_db = m_dir.filePath(name);
        QCOMPARE(cli({QStringLiteral("init")}).code, 0);
        if (shared) {
            const Run on = cli({QStringLiteral("share"), QStringLiteral("on")});
            QVERIFY2(on.code == 0, qPrintable(on.err));
        }
    }

    QString addCustomerForEdits(const QString &name)
    {
        const Run add = cli({QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"), name,
                             QStringLiteral("--notes"), QStringLiteral("0")});
        return add.code == 0 ? add.out.trimmed() : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!cliPath().isEmpty());
        QVERIFY(QFileInfo::exists(workerPath()));
    }

    void modes_data()
    {
        QTest::addColumn<bool>("shared");
        QTest::newRow("wal") << false;
        QTest::newRow("shared") << true;
    }

    // The defect of a QFile opened on the database file: a guanxi-cli run beside the GUI deleted
    // the WAL the GUI was writing into. A GUI-shaped process (main connection, worker connections
    // opened and closed, backups, snapshots, reads) writes for a while; four guanxi-cli loops add
    // customers and list them at the same time. Every save of either is there at the end.
    void guiShapedProcessBesideCliWriters_data() { modes_data(); }
    void guiShapedProcessBesideCliWriters()
    {
        QFETCH(bool, shared);
        makeDatabase(QStringLiteral("gui-%1.sqlite3").arg(shared), shared);
        auto gui = start(workerPath(), {QStringLiteral("gui"), m_db, QStringLiteral("12")}, m_dir.path());
        QVERIFY(gui->waitForStarted());
        QStringList cliSaved;
        int cliRuns = 0;
        std::vector<std::unique_ptr<QProcess>> loops;
        for (int round = 0; round < 12; ++round) {
            loops.clear();
            for (int k = 0; k < 4; ++k) {
                const QString name = QStringLiteral("CLI-%1-%2").arg(k).arg(round);
                loops.push_back(start(cliPath(),
                                      {QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("add"),
                                       QStringLiteral("--name"), name},
                                      m_dir.path()));
                loops.back()->setObjectName(name);
            }
            loops.push_back(start(cliPath(),
                                  {QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("list")},
                                  m_dir.path()));
            for (auto &p : loops) {
                const Run r = finish(*p);
                ++cliRuns;
                QVERIFY2(r.code == 0, qPrintable(p->objectName() + QLatin1Char(' ') + r.err));
                if (!p->objectName().isEmpty())
                    cliSaved.append(p->objectName());
            }
        }
        const Run g = finish(*gui);
        QVERIFY2(!g.out.contains(QStringLiteral("DELETED-FILE-HELD")),
                 "another process deleted a file the GUI held open");
        QVERIFY2(g.code == 0, qPrintable(g.err));
        const QStringList guiSaved = linesStartingWith(g.out, QStringLiteral("C "));
        QVERIFY(guiSaved.size() > 20);

        auto db = openWorkspace(m_db);
        QVERIFY(db);
        QCOMPARE(integrity(**db), QStringLiteral("ok"));
        const QSet<QString> names = customerNames(**db);
        int lost = 0;
        for (const QString &n : guiSaved + cliSaved)
            lost += names.contains(n) ? 0 : 1;
        qInfo("%s: GUI-shaped process saved %lld, %d guanxi-cli runs saved %lld; lost %d", shared ? "shared" : "wal",
              static_cast<long long>(guiSaved.size()), cliRuns, static_cast<long long>(cliSaved.size()), lost);
        QCOMPARE(lost, 0);
        QCOMPARE((*db)->journalMode(), shared ? Database::JournalMode::Rollback : Database::JournalMode::Wal);
    }

    // 8 editors × 500 read-modify-write edits, all on one record or each on its own: a lost race
    // is a conflict that the editor sees and redoes, never an overwrite; busy never reaches it.
    void readModifyWriteLosesNothing_data()
    {
        QTest::addColumn<bool>("shared");
        QTest::addColumn<bool>("sameRecord");
        QTest::newRow("wal, same record") << false << true;
        QTest::newRow("wal, different records") << false << false;
        QTest::newRow("shared, same record") << true << true;
        QTest::newRow("shared, different records") << true << false;
    }
    void readModifyWriteLosesNothing()
    {
        QFETCH(bool, shared);
        QFETCH(bool, sameRecord);
        constexpr int kEditors = 8;
        const int edits = qEnvironmentVariableIntValue("GUANXI_STRESS_EDITS") > 0
            ? qEnvironmentVariableIntValue("GUANXI_STRESS_EDITS")
            : 500;
        makeDatabase(QStringLiteral("rmw-%1-%2.sqlite3").arg(shared).arg(sameRecord), shared);
        QStringList ids;
        for (int k = 0; k < (sameRecord ? 1 : kEditors); ++k)
            ids.append(addCustomerForEdits(QStringLiteral("计数器%1").arg(k)));
        QVERIFY(!ids.contains(QString()));
        QElapsedTimer timer;
        timer.start();
        std::vector<std::unique_ptr<QProcess>> editors;
        for (int k = 0; k < kEditors; ++k)
            editors.push_back(start(workerPath(),
                                    {QStringLiteral("rmw"), m_db, ids.at(sameRecord ? 0 : k), QString::number(edits)},
                                    m_dir.path()));
        int conflicts = 0, busy = 0;
        for (auto &p : editors) {
            const Run r = finish(*p);
            QVERIFY2(r.code == 0, qPrintable(r.err));
            const QStringList done = linesStartingWith(r.out, QStringLiteral("done ")).value(0).split(QLatin1Char(' '));
            QCOMPARE(done.size(), 2);
            conflicts += done.at(0).toInt();
            busy += done.at(1).toInt();
        }
        const qint64 ms = timer.elapsed();
        auto db = openWorkspace(m_db);
        QVERIFY(db);
        QCOMPARE(integrity(**db), QStringLiteral("ok"));
        qint64 total = 0;
        QSqlQuery q((*db)->sql());
        for (const QString &id : ids) {
            q.prepare(QStringLiteral("SELECT notes FROM customers WHERE id = ?"));
            q.addBindValue(id);
            QVERIFY(q.exec() && q.next());
            total += q.value(0).toLongLong();
        }
        const qint64 lost = qint64(kEditors) * edits - total;
        qInfo("%s, %s: %d editors x %d edits in %lld ms; %d conflicts seen and redone, %d busy errors, %lld lost",
              shared ? "shared" : "wal", sameRecord ? "same record" : "different records", kEditors, edits,
              static_cast<long long>(ms), conflicts, busy, static_cast<long long>(lost));
        QCOMPARE(busy, 0);
        QCOMPARE(lost, 0);
    }

    // kill -9 at random moments during imports, batches, edits and backups. Afterwards the file is
    // sound, every batch a process reported committed is there in full, and no batch is partial.
    void killNineAtRandomMomentsLeavesNoDamage_data() { modes_data(); }
    void killNineAtRandomMomentsLeavesNoDamage()
    {
        QFETCH(bool, shared);
        const int kills = qEnvironmentVariableIntValue("GUANXI_STRESS_KILLS") > 0
            ? qEnvironmentVariableIntValue("GUANXI_STRESS_KILLS")
            : 100;
        constexpr int kImportRows = 40;
        constexpr int kBatchRows = 200;
        makeDatabase(QStringLiteral("kill-%1.sqlite3").arg(shared), shared);
        const QString counter = addCustomerForEdits(QStringLiteral("计数器"));
        QVERIFY(!counter.isEmpty());
        auto *random = QRandomGenerator::global();
        QSet<QString> importsReported, batchesReported;
        QStringList importTags, batchTags;
        qint64 editsReported = 0, editorsKilled = 0;
        int killed = 0;
        for (int i = 0; killed < kills; ++i) {
            const int kind = i % 4;
            const QString tag = QStringLiteral("K%1").arg(i);
            std::unique_ptr<QProcess> p;
            if (kind == 0) {
                const QString csv = m_dir.filePath(tag + QStringLiteral(".csv"));
                QFile f(csv);
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write("客户名称,电话\n");
                for (int r = 1; r <= kImportRows; ++r)
                    f.write(QStringLiteral("%1-%2 贸易公司,0755-8%3\n")
                                .arg(tag)
                                .arg(r)
                                .arg(i * 100 + r, 7, 10, QLatin1Char('0'))
                                .toUtf8());
                f.close();
                importTags.append(tag);
                p = start(cliPath(),
                          {QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("customers"), csv,
                           QStringLiteral("--on-duplicate"), QStringLiteral("create")},
                          m_dir.path());
            } else if (kind == 1) {
                batchTags.append(tag);
                p = start(workerPath(), {QStringLiteral("batch"), m_db, tag, QString::number(kBatchRows)},
                          m_dir.path());
            } else if (kind == 2) {
                p = start(workerPath(), {QStringLiteral("rmw"), m_db, counter, QStringLiteral("30")}, m_dir.path());
            } else {
                p = start(cliPath(),
                          {QStringLiteral("--db"), m_db, QStringLiteral("backup"),
                           m_dir.filePath(QStringLiteral("kill-backup.sqlite3"))},
                          m_dir.path());
            }
            QVERIFY(p->waitForStarted());
            // Up to about twice what each kind takes, so some finish and some die at every stage.
            const int waitMs = int(random->bounded(5, kind == 0 ? 900 : 200));
            const bool finishedFirst = p->waitForFinished(waitMs);
            if (!finishedFirst) {
                ::kill(static_cast<pid_t>(p->processId()), SIGKILL);
                ++killed;
                if (kind == 2)
                    ++editorsKilled;
            }
            const Run r = finish(*p, 60000);
            if (finishedFirst)
                QVERIFY2(r.code == 0, qPrintable(r.err));
            if (kind == 0 && finishedFirst)
                importsReported.insert(tag);
            for (const QString &b : linesStartingWith(r.out, QStringLiteral("B ")))
                batchesReported.insert(b);
            editsReported += linesStartingWith(r.out, QStringLiteral("E ")).size();
        }

        auto db = openWorkspace(m_db);
        QVERIFY(db);
        QCOMPARE(integrity(**db), QStringLiteral("ok"));
        QSqlQuery q((*db)->sql());
        int partial = 0, lostBatches = 0;
        const auto countLike = [&q](const QString &sql, const QString &pattern) {
            q.prepare(sql);
            q.addBindValue(pattern);
            return q.exec() && q.next() ? q.value(0).toInt() : -1;
        };
        for (const QString &tag : importTags) {
            const int n = countLike(QStringLiteral("SELECT count(*) FROM customers WHERE name LIKE ?"),
                                    tag + QStringLiteral("-%"));
            partial += (n != 0 && n != kImportRows) ? 1 : 0;
            lostBatches += (importsReported.contains(tag) && n != kImportRows) ? 1 : 0;
        }
        for (const QString &tag : batchTags) {
            const int n = countLike(QStringLiteral("SELECT count(*) FROM db_settings WHERE key LIKE ?"),
                                    QStringLiteral("batch:") + tag + QStringLiteral(":%"));
            partial += (n != 0 && n != kBatchRows) ? 1 : 0;
            lostBatches += (batchesReported.contains(tag) && n != kBatchRows) ? 1 : 0;
        }
        q.prepare(QStringLiteral("SELECT notes FROM customers WHERE id = ?"));
        q.addBindValue(counter);
        QVERIFY(q.exec() && q.next());
        const qint64 counted = q.value(0).toLongLong();
        // An editor killed after its commit but before it printed leaves one edit more than reported.
        const bool editsHold = counted >= editsReported && counted <= editsReported + editorsKilled;
        qInfo(
            "%s: %d processes killed with SIGKILL (of %lld imports, %lld batches, edits and backups); "
            "%lld imports and %lld batches reported committed, %d lost, %d partial; counter %lld for %lld edits reported",
            shared ? "shared" : "wal", killed, static_cast<long long>(importTags.size()),
            static_cast<long long>(batchTags.size()), static_cast<long long>(importsReported.size()),
            static_cast<long long>(batchesReported.size()), lostBatches, partial, static_cast<long long>(counted),
            static_cast<long long>(editsReported));
        QCOMPARE(partial, 0);
        QCOMPARE(lostBatches, 0);
        QVERIFY(editsHold);
    }

    // The same file through two paths at once: its local path, and a FUSE mount of its folder (as
    // a colleague's sshfs would reach it). Locks taken through one are invisible through the
    // other, so the mount side must never write: it opens read-only with the reason (a shared
    // file) or not at all (a file for one computer, whose WAL index would be read over the mount).
    void theSameFileThroughAFuseMount_data() { modes_data(); }
    void theSameFileThroughAFuseMount()
    {
        QFETCH(bool, shared);
        const QString bindfs = QStandardPaths::findExecutable(QStringLiteral("bindfs"));
        if (bindfs.isEmpty() || !QFileInfo::exists(QStringLiteral("/dev/fuse")))
            QSKIP("needs bindfs and /dev/fuse (scripts/install-deps.sh --with-test-tools installs bindfs)");
        const QString local = m_dir.filePath(QStringLiteral("local-%1").arg(shared));
        const QString mount = m_dir.filePath(QStringLiteral("mount-%1").arg(shared));
        QVERIFY(QDir().mkpath(local) && QDir().mkpath(mount));
        m_db = local + QStringLiteral("/team.sqlite3");
        QCOMPARE(cli({QStringLiteral("init")}).code, 0);
        if (shared)
            QCOMPARE(cli({QStringLiteral("share"), QStringLiteral("on")}).code, 0);
        const Run mounted = run(bindfs, {local, mount}, m_dir.path());
        if (mounted.code != 0)
            QSKIP(qPrintable(QStringLiteral("bindfs cannot mount here: ") + mounted.err));
        // Unmounted however the test ends, a failed check included.
        auto unmount = qScopeGuard([&mount] {
            QProcess::execute(QStringLiteral("fusermount3"), {QStringLiteral("-u"), mount});
        });
        const QString remote = mount + QStringLiteral("/team.sqlite3");
        const auto viaMount = [&](const QStringList &args) {
            return run(cliPath(), QStringList{QStringLiteral("--db"), remote} + args, m_dir.path());
        };

        auto gui = start(workerPath(), {QStringLiteral("gui"), m_db, QStringLiteral("6")}, m_dir.path());
        QVERIFY(gui->waitForStarted());
        int refusedWrites = 0;
        for (int i = 0; i < 10; ++i) {
            const Run add = viaMount({QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"),
                                      QStringLiteral("FUSE-%1").arg(i)});
            QVERIFY2(add.code != 0, "a write through the FUSE mount was let through");
            QVERIFY2(add.err.contains(QStringLiteral("FUSE")), qPrintable(add.err));
            ++refusedWrites;
        }
        // Read through the mount while the local side writes: the locks that would keep a reader
        // out of a half-written page are invisible, so a read may meet what looks like an
        // unfinished save (or a torn page) and says so, naming the mount; it never writes.
        const Run listWhileWriting = viaMount({QStringLiteral("customers"), QStringLiteral("list")});
        const Run share = viaMount({QStringLiteral("share"), shared ? QStringLiteral("off") : QStringLiteral("on")});
        const Run g = finish(*gui);
        const Run list = viaMount({QStringLiteral("customers"), QStringLiteral("list")});
        unmount.dismiss();
        QProcess::execute(QStringLiteral("fusermount3"), {QStringLiteral("-u"), mount});

        if (shared) {
            QVERIFY2(listWhileWriting.code == 0 || listWhileWriting.err.contains(QStringLiteral("FUSE")),
                     qPrintable(listWhileWriting.err));
            QVERIFY2(list.code == 0, qPrintable(list.err)); // read-only: lists work
            QVERIFY2(list.err.contains(QStringLiteral("read-only")), qPrintable(list.err));
        } else {
            QVERIFY(listWhileWriting.code != 0 && list.code != 0); // WAL over the mount: not opened at all
            QVERIFY2(list.err.contains(QStringLiteral("one computer only")), qPrintable(list.err));
        }
        QVERIFY(share.code != 0);
        QVERIFY2(g.code == 0, qPrintable(g.err));
        const QStringList guiSaved = linesStartingWith(g.out, QStringLiteral("C "));
        auto db = openWorkspace(m_db);
        QVERIFY(db);
        QCOMPARE(integrity(**db), QStringLiteral("ok"));
        const QSet<QString> names = customerNames(**db);
        int lost = 0;
        for (const QString &n : guiSaved)
            lost += names.contains(n) ? 0 : 1;
        qInfo("%s: local path saved %lld while %d writes through the FUSE mount were refused; lost %d",
              shared ? "shared" : "wal", static_cast<long long>(guiSaved.size()), refusedWrites, lost);
        QCOMPARE(lost, 0);
        QCOMPARE((*db)->journalMode(), shared ? Database::JournalMode::Rollback : Database::JournalMode::Wal);
    }
};

QTEST_GUILESS_MAIN(TestManyProcesses)
#include "test_many_processes.moc"
