// SPDX-License-Identifier: GPL-3.0-or-later
// A file shared by a team: how it is recognised (the header, read through SQLite), how its mount is
// judged, which files are refused, read-only opening, the sharing switch and who is present.
#include "core/audit/AuditLog.h"
#include "core/audit/FieldHistory.h"
#include "core/backup/OnlineBackup.h"
#include "core/customers/CustomerService.h"
#include "core/leads/LeadFields.h"
#include "core/leads/LeadService.h"
#include "core/quotes/QuoteFields.h"
#include "core/seed/DemoSeeder.h"
#include "core/sharing/Presence.h"
#include "core/sharing/SharedMode.h"
#include "core/storage/FileHeader.h"
#include "core/storage/HealthCheck.h"
#include "core/storage/Migrator.h"
#include "core/storage/MountCheck.h"
#include "core/tasks/TaskFields.h"
#include "core/tasks/TaskService.h"
#include "core/users/SignInThrottle.h"
#include "core/users/UserService.h"
#include "core/workspace/OpenWorkspace.h"

#include "Builders.h"
#include "TestWorkspace.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <unistd.h>

#include <csignal>

using namespace guanxi;
using guanxi::test::aCustomer;

namespace {

QString integrity(Database &db)
{
    QSqlQuery q(db.sql());
    return q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() ? q.value(0).toString() : q.lastError().text();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void sqliteExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
}

// A read-only view of `folder` at `mountPoint`: a read-only bind mount as root (root may write
// any file, so permissions alone would not do), otherwise the permissions.
bool makeReadOnly(const QString &folder, const QString &file, const QString &mountPoint, bool *mounted)
{
    *mounted = false;
    if (geteuid() == 0) {
        QDir().mkpath(mountPoint);
        if (QProcess::execute(QStringLiteral("mount"), {QStringLiteral("--bind"), folder, mountPoint}) == 0
            && QProcess::execute(QStringLiteral("mount"),
                                 {QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), mountPoint})
                == 0) {
            *mounted = true;
            return true;
        }
        return false;
    }
    return QFile::setPermissions(file, QFile::ReadOwner)
        && QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
}

} // namespace

class TestSharedFile : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { PasswordHasher::useFastLimitsForTests(); }

    // --- the mount table: one line per kind the issue names, parsed as the kernel writes it ---
    void mountKinds_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("network");
        QTest::addColumn<bool>("locksTrusted");
        QTest::addColumn<bool>("readOnly");
        QTest::newRow("ext4") << "29 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw,errors=remount-ro" << false
                              << true << false;
        QTest::newRow("ext4 read-only") << "29 1 8:1 / / ro,relatime - ext4 /dev/sda1 rw" << false << true << true;
        QTest::newRow("cifs") << "40 29 0:50 / / rw,relatime - cifs //nas/crm rw,vers=3.1.1,cache=strict,uid=0" << true
                              << true << false;
        QTest::newRow("cifs nobrl") << "40 29 0:50 / / rw,relatime - cifs //nas/crm rw,vers=3.0,nobrl,uid=0" << true
                                    << false << false;
        QTest::newRow("nfs4") << "41 29 0:51 / / rw,relatime - nfs4 nas:/crm rw,vers=4.2,local_lock=none,addr=10.0.0.2"
                              << true << true << false;
        QTest::newRow("nfs nolock") << "41 29 0:51 / / rw,relatime - nfs nas:/crm rw,vers=3,nolock,local_lock=all"
                                    << true << false << false;
        QTest::newRow("nfs4 local_lock=posix")
            << "41 29 0:51 / / rw - nfs4 nas:/crm rw,local_lock=posix" << true << false << false;
        QTest::newRow("sshfs") << "42 29 0:52 / / rw,nosuid,nodev - fuse.sshfs me@nas:/crm rw,user_id=0,group_id=0"
                               << true << false << false;
        QTest::newRow("bindfs") << "43 29 0:53 / / rw,nosuid,nodev - fuse.bindfs /srv/crm rw,user_id=0" << true << false
                                << false;
        QTest::newRow("ntfs through fuseblk")
            << "44 29 8:17 / / rw - fuseblk /dev/sdb1 rw,user_id=0" << false << true << false;
        QTest::newRow("9p") << "45 29 0:54 / / rw - 9p share rw,trans=virtio" << true << false << false;
    }
    void mountKinds()
    {
        QFETCH(QString, line);
        QFETCH(bool, network);
        QFETCH(bool, locksTrusted);
        QFETCH(bool, readOnly);
        const MountInfo m = MountInfo::fromMountInfo(line, QStringLiteral("/team/crm.sqlite3"));
        QCOMPARE(m.network, network);
        QCOMPARE(m.locksTrusted, locksTrusted);
        QCOMPARE(m.readOnly, readOnly);
        QCOMPARE(m.reason.isEmpty(), locksTrusted);
    }
    void mountTableFindsTheMountThatHoldsTheFile()
    {
        const QString table = QStringLiteral("22 1 8:1 / / rw - ext4 /dev/sda1 rw\n"
                                             "30 22 0:40 / /mnt/team\\040share rw - cifs //nas/team rw,nobrl\n"
                                             "31 22 0:41 / /mnt/team rw - nfs4 nas:/team rw,local_lock=none\n"
                                             "32 31 0:42 / /mnt/team rw - fuse.sshfs me@nas:/team rw\n");
        MountInfo m = MountInfo::fromMountInfo(table, QStringLiteral("/mnt/team share/crm.sqlite3"));
        QCOMPARE(m.fsType, QStringLiteral("cifs")); // the escaped space, and not /mnt/team
        QCOMPARE(m.mountPoint, QStringLiteral("/mnt/team share"));
        m = MountInfo::fromMountInfo(table, QStringLiteral("/mnt/team/crm.sqlite3"));
        QCOMPARE(m.fsType, QStringLiteral("fuse.sshfs")); // mounted over the NFS mount on the same point
        m = MountInfo::fromMountInfo(table, QStringLiteral("/mnt/teams/crm.sqlite3"));
        QCOMPARE(m.fsType, QStringLiteral("ext4")); // a longer name is not under /mnt/team
        QVERIFY(MountInfo::fromMountInfo(QStringLiteral("garbage\n1 2\n"), QStringLiteral("/x")).fsType.isEmpty());
    }
    void aLocalDiskPasses()
    {
        QTemporaryDir dir;
        const MountInfo m = MountInfo::forPath(dir.filePath(QStringLiteral("x.sqlite3")));
        QVERIFY2(!m.fsType.isEmpty(), "the mount table was read");
        QVERIFY(m.locksTrusted);
        QVERIFY(!m.network);
    }

    // --- the header, read through SQLite's VFS ---
    void headerOfEachKindOfFile()
    {
        QTemporaryDir dir;
        QCOMPARE(FileHeader::read(dir.filePath(QStringLiteral("none")))->exists, false);
        QFile empty(dir.filePath(QStringLiteral("empty")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QVERIFY(FileHeader::read(empty.fileName())->isEmpty());
        QFile text(dir.filePath(QStringLiteral("text")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("just a note");
        text.close();
        QVERIFY(!FileHeader::read(text.fileName())->isSqlite);
        test::TestWorkspace ws;
        QVERIFY(ws.init(false));
        ws.db.reset(); // closed: the WAL is checkpointed into the file
        Result<FileHeader> h = FileHeader::read(ws.path());
        QVERIFY(h && h->isSqlite && h->isGuanxi() && !h->isShared());
        QVERIFY(h->wal);
        QCOMPARE(h->pageSize, 16384);
    }

    // --- files that are not Guanxi's are refused and left as they were ---
    void anotherProgramsFileIsRefusedNotConverted_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::newRow("foreign tables") << QByteArray(
            "CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('x');");
        QTest::newRow("another application id") << QByteArray("PRAGMA application_id = 1234; CREATE TABLE t (x);");
        QTest::newRow("a schema version but not our tables")
            << QByteArray("PRAGMA user_version = 3; CREATE TABLE users (x);");
    }
    void anotherProgramsFileIsRefusedNotConverted()
    {
        QFETCH(QByteArray, sql);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("music.db"));
        sqliteExec(path, sql.constData());
        const QByteArray before = readAll(path);
        for (auto mode : {Database::OpenMode::OpenExisting, Database::OpenMode::CreateIfMissing}) {
            auto db = openWorkspace(path, mode);
            QVERIFY(!db);
            QCOMPARE(db.error().code, ErrorCode::ForeignFile);
            QVERIFY2(db.error().message.contains(QStringLiteral("another program")), qPrintable(db.error().message));
        }
        QCOMPARE(readAll(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }
    void anEmptyFileBecomesADatabaseOnlyWhenAskedTo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite3"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto refused = openWorkspace(path);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::EmptyFile);
        QCOMPARE(QFileInfo(path).size(), 0);
        auto made = openWorkspace(path, Database::OpenMode::CreateIfMissing);
        QVERIFY(made);
        QCOMPARE((*made)->schemaVersion(), Migrator::latestVersion());
    }
    void aFileFromBeforeTheMarkIsRecognisedAndMarked()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.init(false));
        QSqlQuery q(ws.db->sql());
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = 0")));
        ws.db.reset();
        auto again = openWorkspace(ws.path());
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QSqlQuery check((*again)->sql());
        QVERIFY(check.exec(QStringLiteral("PRAGMA application_id")) && check.next());
        QCOMPARE(check.value(0).toLongLong(), qint64(FileHeader::kPrivateId));
    }

    // --- a read-only file: lists, search, check and backups work; saving says why not ---
    void aReadOnlyFileOpensReadOnly()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("cd"));
        QDir().mkpath(folder);
        QString id;
        {
            test::TestWorkspace ws;
            QVERIFY(ws.init(false));
            auto c = CustomerService(*ws.db, ws.clock).create(ws.admin, aCustomer(QStringLiteral("只读公司")));
            QVERIFY(c);
            id = c->id;
            QVERIFY(OnlineBackup::backupTo(*ws.db, folder + QStringLiteral("/crm.sqlite3")));
        }
        bool mounted = false;
        const QString view = dir.filePath(QStringLiteral("ro"));
        QVERIFY(makeReadOnly(folder, folder + QStringLiteral("/crm.sqlite3"), view, &mounted));
        const QString path = (mounted ? view : folder) + QStringLiteral("/crm.sqlite3");
        {
            auto db = openWorkspace(path);
            QVERIFY2(db, db ? "" : qPrintable(db.error().message));
            QVERIFY((*db)->isReadOnly());
            auto admin = UserService(**db, Clock::system()).soleUserSession();
            QVERIFY(admin);
            CustomerService service(**db, Clock::system());
            auto c = service.get(*admin, id);
            QVERIFY(c);
            QCOMPARE(c->fields.name, QStringLiteral("只读公司"));
            auto health = HealthCheck::run(**db);
            QVERIFY(health && health->healthy());
            QVERIFY(OnlineBackup::backupTo(**db, dir.filePath(QStringLiteral("copy.sqlite3"))));
            auto saved = service.create(*admin, aCustomer(QStringLiteral("新公司")));
            QVERIFY(!saved);
            QCOMPARE(saved.error().code, ErrorCode::ReadOnly);
            QVERIFY2(saved.error().message.contains(QStringLiteral("read-only")), qPrintable(saved.error().message));
        }
        if (mounted)
            QCOMPARE(QProcess::execute(QStringLiteral("umount"), {view}), 0);
    }

    // --- turning sharing on and off ---
    void sharingSwitchesTheJournalForEveryOpener()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.init());
        QCOMPARE(ws.db->journalMode(), Database::JournalMode::Wal);
        Status denied = SharedMode::turnOn(*ws.db, ws.sales1, ws.clock);
        QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
        {
            // Leaving WAL needs everyone else out: another open connection stops it.
            auto other = ws.openAnother();
            QVERIFY(other);
            QSqlQuery touch(other->sql());
            QVERIFY(touch.exec(QStringLiteral("SELECT count(*) FROM customers")) && touch.next());
            Status busy = SharedMode::turnOn(*ws.db, ws.admin, ws.clock);
            QVERIFY(!busy);
            QCOMPARE(busy.error().code, ErrorCode::Busy);
            QVERIFY(!ws.db->isShared());
        }
        QVERIFY(SharedMode::turnOn(*ws.db, ws.admin, ws.clock));
        QVERIFY(ws.db->isShared());
        QCOMPARE(ws.db->journalMode(), Database::JournalMode::Rollback);
        QVERIFY(FileHeader::read(ws.path())->isShared());
        QVERIFY(!FileHeader::read(ws.path())->wal);
        {
            auto second = ws.openAnother();
            QVERIFY(second && second->isShared());
            QCOMPARE(second->journalMode(), Database::JournalMode::Rollback);
            // A colleague present: sharing stays on, and the message names them.
            Presence colleague(*second, ws.clock);
            QVERIFY(colleague.announce(ws.sales2.userId, QStringLiteral("王芳"), QStringLiteral("guanxi")));
            Status refused = SharedMode::turnOff(*ws.db, ws.admin, ws.clock);
            QVERIFY(!refused);
            QVERIFY2(refused.error().message.contains(QStringLiteral("王芳")), qPrintable(refused.error().message));
        }
        QVERIFY(SharedMode::turnOff(*ws.db, ws.admin, ws.clock));
        QCOMPARE(ws.db->journalMode(), Database::JournalMode::Wal);
        auto third = ws.openAnother();
        QVERIFY(third && !third->isShared());
        QCOMPARE(third->journalMode(), Database::JournalMode::Wal);
    }

    // --- presence: who else has the file open, and what they are editing ---
    void presenceExpiresAfterACrash()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.init());
        Presence me(*ws.db, ws.clock);
        QVERIFY(me.announce(ws.sales1.userId, QStringLiteral("李雷"), QStringLiteral("guanxi")));
        auto other = ws.openAnother();
        auto crashed = std::make_unique<Presence>(*other, ws.clock);
        QVERIFY(crashed->announce(ws.sales2.userId, QStringLiteral("王芳"), QStringLiteral("guanxi")));
        QVERIFY(crashed->setEditing(QStringLiteral("customer"), QStringLiteral("c-1")));
        QCOMPARE(me.others()->size(), 1);
        QCOMPARE(me.others()->first().userName, QStringLiteral("王芳"));
        QCOMPARE(me.othersEditing(QStringLiteral("customer"), QStringLiteral("c-1"))->size(), 1);
        QCOMPARE(me.othersEditing(QStringLiteral("customer"), QStringLiteral("c-2"))->size(), 0);
        // Its process stops without leaving (hung, or killed: `crashed` neither beats nor leaves
        // from here on): after the expiry nobody sees it any more.
        ws.clock.advance(Presence::kExpiryMs + 1000);
        QVERIFY(me.heartbeat());
        QCOMPARE(me.others()->size(), 0);
        QVERIFY(me.leave());
        QCOMPARE(Presence::present(*ws.db, ws.clock)->size(), 0);
    }

    // --- sign-in and the trust bound ---
    void wrongPasswordsWaitLongerAndAreAudited()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.init());
        UserService users(*ws.db, ws.clock);
        for (int i = 0; i < SignInThrottle::kFreeTries; ++i) {
            auto wrong = users.signIn(QStringLiteral("sales1"), QStringLiteral("guess%1").arg(i));
            QVERIFY(!wrong);
            QVERIFY2(wrong.error().message.contains(QStringLiteral("wrong")), qPrintable(wrong.error().message));
        }
        // Now even the right password waits; from another connection (a colleague's computer) too.
        auto other = ws.openAnother();
        auto waiting = UserService(*other, ws.clock).signIn(QStringLiteral("sales1"), QStringLiteral("secret1"));
        QVERIFY(!waiting);
        QVERIFY2(waiting.error().message.contains(QStringLiteral("Try again in 1 second")),
                 qPrintable(waiting.error().message));
        ws.clock.advance(1100);
        QVERIFY(users.signIn(QStringLiteral("sales1"), QStringLiteral("secret1")));
        // A success starts the count again; every failure is in the audit log.
        QVERIFY(!users.signIn(QStringLiteral("sales1"), QStringLiteral("nope")));
        QVERIFY(users.signIn(QStringLiteral("sales1"), QStringLiteral("secret1")));
        QSqlQuery q(ws.db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sign_in.failed'")) && q.next());
        QCOMPARE(q.value(0).toInt(), SignInThrottle::kFreeTries + 1);
        QCOMPARE(SignInThrottle::delayAfter(SignInThrottle::kFreeTries + 1), 2000);
        QCOMPARE(SignInThrottle::delayAfter(100), SignInThrottle::kMaxDelayMs);
    }
    void everyDemoAccountHasItsOwnSalt()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.init(false));
        SeedOptions o;
        o.customers = 20;
        o.orders = 20;
        QVERIFY(DemoSeeder(*ws.db).run(&ws.admin, o));
        QSqlQuery q(ws.db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT password_hash) FROM users")) && q.next());
        QVERIFY(q.value(0).toInt() > 10);
        QCOMPARE(q.value(1).toInt(), q.value(0).toInt());
    }
    void aRoleChangedOutsideGuanxiIsFlagged()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.init());
        QVERIFY(HealthCheck::run(*ws.db)->healthy());
        QVERIFY(UserService(*ws.db, ws.clock).setPassword(ws.admin, ws.sales1.userId, QStringLiteral("another1")));
        QVERIFY(HealthCheck::run(*ws.db)->healthy()); // Guanxi's own writes renew the seal
        QSqlQuery q(ws.db->sql());
        QVERIFY(q.exec(QStringLiteral("UPDATE users SET role = 'admin' WHERE login = 'sales1'")));
        auto report = HealthCheck::run(*ws.db);
        QVERIFY(report && !report->healthy());
        QVERIFY2(report->problems.join(QLatin1Char(' ')).contains(QStringLiteral("outside Guanxi")),
                 qPrintable(report->problems.join(QLatin1Char(' '))));
    }

    // --- per-field merge and history, for every kind of record ---
    void mergeTakesEachSidesFieldsAndAsksOnlyAboutBoth()
    {
        LeadDraft original;
        original.personName = QStringLiteral("张伟");
        original.phone = QStringLiteral("13800138000");
        original.notes = QStringLiteral("展会认识");
        LeadDraft mine = original, theirs = original;
        mine.notes = QStringLiteral("下周回访");      // only I changed it
        theirs.phone = QStringLiteral("13900139000"); // only they did
        mine.company = QStringLiteral("瑞丰贸易");    // both, differently
        theirs.company = QStringLiteral("瑞丰集团");
        mine.region = theirs.region = QStringLiteral("浙江"); // both, the same way
        const auto m = leadFields().merge(original, mine, theirs);
        QCOMPARE(m.merged.notes, QStringLiteral("下周回访"));
        QCOMPARE(m.merged.phone, QStringLiteral("13900139000"));
        QCOMPARE(m.merged.region, QStringLiteral("浙江"));
        QCOMPARE(m.view.conflicts.size(), 1);
        QCOMPARE(m.view.conflicts.first().field, QStringLiteral("company"));
        QCOMPARE(m.view.takenFromTheirs, QStringList{QStringLiteral("phone")});
        QCOMPARE(leadFields().resolve(m, mine, {QStringLiteral("company")}).company, QStringLiteral("瑞丰贸易"));
        QCOMPARE(leadFields().resolve(m, mine, {}).company, QStringLiteral("瑞丰集团"));

        // A quote's lines are one field: either side's lines whole, never a mix.
        QuoteDraft qo;
        qo.lines = {QuoteLineDraft{QStringLiteral("p1"), 1000, 100, 0, -1, {}}};
        QuoteDraft qm = qo, qt = qo;
        qm.lines.append(QuoteLineDraft{QStringLiteral("p2"), 2000, 200, 0, -1, {}});
        qt.lines.first().quantityMilli = 3000;
        const auto qmerge = quoteFields().merge(qo, qm, qt);
        QCOMPARE(qmerge.view.conflicts.size(), 1);
        QCOMPARE(quoteFields().resolve(qmerge, qm, {QStringLiteral("lines")}).lines.size(), 2);
        QCOMPARE(quoteFields().resolve(qmerge, qm, {}).lines.first().quantityMilli, 3000);
    }
    void everyKindOfRecordKeepsItsHistoryAndCanPutAValueBack()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.init());
        LeadService leads(*ws.db, ws.clock);
        LeadDraft d;
        d.personName = QStringLiteral("李娜");
        d.phone = QStringLiteral("13700137000");
        auto lead = leads.create(ws.sales1, d);
        QVERIFY2(lead, lead ? "" : qPrintable(lead.error().message));
        d = lead->fields;
        d.phone = QStringLiteral("13600136000");
        auto changed = leads.update(ws.sales1, lead->id, d, lead->rowVersion);
        QVERIFY(changed);
        auto entries = AuditLog(*ws.db).forEntity(lead->id);
        QVERIFY(entries && !entries->isEmpty());
        const auto changes = FieldHistory::changesOf(entries->last().detail);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().field, QStringLiteral("phone"));
        QCOMPARE(changes.first().from.toString(), QStringLiteral("137 0013 7000"));
        QCOMPARE(entries->last().actorName, ws.sales1.displayName);
        // Put back through the service: the version moves on.
        LeadDraft back = changed->fields;
        QVERIFY(leadFields().restore(&back, changes.first().field, changes.first().from));
        auto restored = leads.update(ws.sales1, lead->id, back, changed->rowVersion);
        QVERIFY(restored);
        QCOMPARE(restored->fields.phone, QStringLiteral("137 0013 7000"));
        QCOMPARE(restored->rowVersion, changed->rowVersion + 1);

        // Tasks go through the shared versioned write, and have their history too.
        TaskService tasks(*ws.db, ws.clock);
        TaskDraft t;
        t.title = QStringLiteral("回访李娜");
        auto task = tasks.create(ws.sales1, t);
        QVERIFY(task);
        t = task->fields;
        t.title = QStringLiteral("回访李娜(改期)");
        QVERIFY(tasks.update(ws.sales1, task->id, t, task->rowVersion));
        auto taskEntries = AuditLog(*ws.db).forEntity(task->id);
        QVERIFY(taskEntries && !taskEntries->isEmpty());
        bool titleChanged = false;
        for (const auto &c : FieldHistory::changesOf(taskEntries->last().detail))
            titleChanged |= c.field == QLatin1String("title") && taskFields().field(c.field);
        QVERIFY(titleChanged);
    }

    void aCrashedGuanxiOnThisComputerIsGoneAtOnce()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.init());
        auto other = ws.openAnother();
        auto crashed = std::make_unique<Presence>(*other, ws.clock);
        QVERIFY(crashed->announce(ws.sales2.userId, QStringLiteral("王芳"), QStringLiteral("guanxi")));
        QCOMPARE(Presence::present(*ws.db, ws.clock)->size(), 1);
        // Its process ended without leaving (as after kill -9): a pid of a process that has exited.
        QProcess done;
        done.start(QStringLiteral("true"));
        QVERIFY(done.waitForStarted());
        const qint64 deadPid = done.processId();
        QVERIFY(done.waitForFinished());
        QSqlQuery q(ws.db->sql());
        q.prepare(QStringLiteral("UPDATE presence SET pid = ?"));
        q.addBindValue(deadPid);
        QVERIFY(q.exec());
        QCOMPARE(Presence::present(*ws.db, ws.clock)->size(), 0); // well before the heartbeat expires
    }

    // A colleague's program died in the middle of a save on the shared file, leaving a hot journal.
    // Read-only, it says what it is; the next computer that may write rolls it back, losing nothing
    // that was committed.
    void aHotJournalFromACrashedColleague()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("team"));
        QDir().mkpath(folder);
        const QString path = folder + QStringLiteral("/team.sqlite3");
        QString id;
        {
            auto db = openWorkspace(path, Database::OpenMode::CreateIfMissing);
            QVERIFY(db);
            auto admin =
                UserService(**db, Clock::system()).createFirstAdmin(QStringLiteral("管理员"), QStringLiteral("admin"));
            QVERIFY(admin);
            QVERIFY(SharedMode::turnOn(**db, Session::fromUser(*admin), Clock::system()));
            auto c = CustomerService(**db, Clock::system())
                         .create(Session::fromUser(*admin), aCustomer(QStringLiteral("已提交公司")));
            QVERIFY(c);
            id = c->id;
        }
        // A writer whose cache spills into the file mid-transaction, then stops dead.
        const qint64 sizeBefore = QFileInfo(path).size();
        QProcess writer;
        writer.start(QStringLiteral("sqlite3"), {path});
        QVERIFY(writer.waitForStarted());
        writer.write(
            "PRAGMA cache_size=2; BEGIN IMMEDIATE;\n"
            "UPDATE customers SET notes = 'half';\n"
            "INSERT INTO db_settings SELECT 'half:' || value, randomblob(4000) FROM generate_series(1, 3000);\n"
            "SELECT 'spilled';\n"
            ".shell sleep 60\n");
        const QString journal = path + QStringLiteral("-journal");
        // stat() only: no descriptor of the file is opened here.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > sizeBefore + 8'000'000 && QFileInfo(journal).size() > 0,
                                 20000);
        ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished());
        QVERIFY(QFileInfo::exists(journal));

        bool mounted = false;
        const QString view = dir.filePath(QStringLiteral("ro"));
        if (geteuid() == 0 && makeReadOnly(folder, path, view, &mounted)) {
            auto ro = openWorkspace(view + QStringLiteral("/team.sqlite3"));
            QVERIFY(!ro);
            QCOMPARE(ro.error().code, ErrorCode::ReadOnly);
            QVERIFY2(ro.error().message.contains(QStringLiteral("unfinished save")), qPrintable(ro.error().message));
            QCOMPARE(QProcess::execute(QStringLiteral("umount"), {view}), 0);
        }
        auto db = openWorkspace(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE(integrity(**db), QStringLiteral("ok"));
        QSqlQuery q((*db)->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM db_settings WHERE key LIKE 'half:%'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // the unfinished save is gone, whole
        auto admin = UserService(**db, Clock::system()).soleUserSession();
        auto kept = CustomerService(**db, Clock::system()).get(*admin, id);
        QVERIFY(kept); // the committed one is there, as it was
        QVERIFY(kept->fields.notes.isEmpty());
        QVERIFY(!QFileInfo::exists(journal));
    }

    // A 4 KiB sector of noise in the middle of the file (at the start of a page there): opening reads
    // only the first page and succeeds; the quick check that runs in the background after opening
    // finds it. (Noise that hits only the data inside a page, not its structure, no check finds:
    // SQLite keeps no checksums of its pages.)
    void damageInPagesNotYetReadIsFoundByTheQuickCheck()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.init(false));
        CustomerService service(*ws.db, ws.clock);
        for (int i = 0; i < 400; ++i) {
            CustomerDraft d = aCustomer(QStringLiteral("客户%1").arg(i));
            d.notes = QString(500, QLatin1Char('n'));
            QVERIFY(service.create(ws.admin, d));
        }
        QVERIFY(HealthCheck::quickProblems(*ws.db)->isEmpty());
        QSqlQuery vacuum(ws.db->sql());
        QVERIFY(vacuum.exec(QStringLiteral("VACUUM"))); // no free pages: the middle of the file is in use
        ws.db.reset();                                  // closed: the WAL is folded into the file
        {
            QFile f(ws.path());
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray noise(4096, Qt::Uninitialized);
            for (char &c : noise)
                c = char(QRandomGenerator::global()->bounded(256));
            const qint64 pageSize = 16384;
            f.seek((f.size() / pageSize / 2) * pageSize);
            f.write(noise);
        }
        auto db = openWorkspace(ws.path());
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        Result<QStringList> problems = HealthCheck::quickProblems(**db);
        QVERIFY(problems);
        QVERIFY(!problems->isEmpty());
    }

    // A disk that really runs out (a 2 MiB tmpfs, as root): "disk full", and nothing half-written.
    void aFullDiskSaysDiskFull()
    {
        if (geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root");
        QTemporaryDir dir;
        const QString small = dir.filePath(QStringLiteral("small"));
        QDir().mkpath(small);
        if (QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                               QStringLiteral("size=3m"), QStringLiteral("tmpfs"), small})
            != 0)
            QSKIP("tmpfs cannot be mounted here");
        Error failure;
        int saved = 0;
        {
            auto db = openWorkspace(small + QStringLiteral("/full.sqlite3"), Database::OpenMode::CreateIfMissing);
            QVERIFY2(db, db ? "" : qPrintable(db.error().message));
            auto admin =
                UserService(**db, Clock::system()).createFirstAdmin(QStringLiteral("管理员"), QStringLiteral("admin"));
            QVERIFY(admin);
            CustomerService service(**db, Clock::system());
            for (int i = 0; i < 5000 && failure.message.isEmpty(); ++i) {
                CustomerDraft d = aCustomer(QStringLiteral("客户%1").arg(i));
                d.notes = QString(3000, QLatin1Char('n'));
                auto r = service.create(Session::fromUser(*admin), d);
                if (r)
                    ++saved;
                else
                    failure = r.error();
            }
            QCOMPARE(failure.code, ErrorCode::DiskFull);
            QVERIFY2(failure.message.contains(QStringLiteral("disk is full")), qPrintable(failure.message));
            QSqlQuery q((*db)->sql());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM customers")) && q.next());
            QCOMPARE(q.value(0).toInt(), saved);
        }
        QProcess::execute(QStringLiteral("umount"), {small});
    }

    void restoreRefusesAnotherProgramsFile()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.init(false));
        const QString foreign = ws.dir.filePath(QStringLiteral("foreign.db"));
        sqliteExec(foreign, "PRAGMA application_id = 77; CREATE TABLE t (x);");
        Status s = OnlineBackup::restoreFrom(*ws.db, foreign);
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::ForeignFile);
    }
};

QTEST_GUILESS_MAIN(TestSharedFile)
#include "test_shared_file.moc"
