// SPDX-License-Identifier: GPL-3.0-or-later
// The processes of the multi-process tests (test_many_processes): each mode is one kind of
// program that opens the shared file at the same time as the others. Every write it has committed
// it prints on a line of its own, flushed, before going on, so the test knows what must survive.
//
//   gui DB SECONDS             shaped like the GUI: one long-lived main connection, worker threads
//                              that open and close connections of their own, backups, snapshots,
//                              reads; checks that no file of the database it holds was deleted
//   rmw DB CUSTOMER_ID COUNT   COUNT read-modify-write increments of one customer's counter,
//                              retried on a conflict; prints "done CONFLICTS BUSY"
//   batch DB TAG SIZE          one transaction of SIZE customers named TAG-1 … TAG-SIZE
#include "core/backup/OnlineBackup.h"
#include "core/backup/Snapshots.h"
#include "core/customers/CustomerService.h"
#include "core/sharing/Presence.h"
#include "core/storage/WriteTransaction.h"
#include "core/users/UserService.h"
#include "core/util/Clock.h"
#include "core/workspace/OpenWorkspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <thread>

using namespace guanxi;

namespace {

void say(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int fail(const QString &what, const Error &e)
{
    std::fprintf(stderr, "%s: %s (%s)\n", what.toUtf8().constData(), e.message.toUtf8().constData(),
                 e.detail.toUtf8().constData());
    return 1;
}

// The defect this guards against: another process deleted the WAL (or the file) while this one
// still had it open; /proc then shows the descriptor as "(deleted)".
bool holdsDeletedFileOf(const QString &dbPath)
{
    const QString name = QFileInfo(dbPath).fileName();
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QFileInfo &fd : fds.entryInfoList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = fd.symLinkTarget();
        if (target.contains(name) && target.endsWith(QLatin1String(" (deleted)")))
            return true;
    }
    return false;
}

// The database and its one user, as every mode starts.
struct Opened {
    std::unique_ptr<Database> db;
    Session actor;
};
Result<Opened> openAsSoleUser(const QString &path)
{
    auto db = openWorkspace(path);
    if (!db)
        return db.error();
    auto actor = UserService(**db, Clock::system()).soleUserSession();
    if (!actor)
        return actor.error();
    return Opened{std::move(*db), *actor};
}

Result<Customer> addCustomer(Database &db, const Session &actor, const QString &name)
{
    CustomerDraft d;
    d.name = name;
    d.ownerId = actor.userId;
    return CustomerService(db, Clock::system()).create(actor, d, OnDuplicate::Allow);
}

int runGui(const QString &path, int seconds)
{
    auto main = openWorkspace(path);
    if (!main)
        return fail(QStringLiteral("open"), main.error());
    Database &db = **main;
    auto actor = UserService(db, Clock::system()).soleUserSession();
    if (!actor)
        return fail(QStringLiteral("sign in"), actor.error());
    Presence presence(db, Clock::system());
    if (Status s = presence.announce(actor->userId, actor->displayName, QStringLiteral("guanxi")); !s)
        return fail(QStringLiteral("presence"), s.error());
    QTemporaryDir backups;
    Snapshots snapshots(backups.filePath(QStringLiteral("snapshots")), Clock::system(), 2);
    QElapsedTimer timer;
    timer.start();
    int writes = 0;
    for (int i = 1; timer.elapsed() < seconds * 1000; ++i) {
        const QString name = QStringLiteral("GUI-%1").arg(i);
        auto c = addCustomer(db, *actor, name);
        if (!c)
            return fail(name, c.error());
        say(QStringLiteral("C ") + name);
        ++writes;
        if (i % 4 == 0) {
            // A worker thread with its own connection, as the import, the seeder and the
            // lifetime-value fit use; opened and closed each time.
            Status workerStatus;
            const QString workerName = QStringLiteral("GUIW-%1").arg(i);
            std::thread worker([&] {
                auto w = openWorkspace(path);
                if (!w) {
                    workerStatus = w.error();
                    return;
                }
                auto wc = addCustomer(**w, *actor, workerName);
                workerStatus = wc ? Status() : Status(wc.error());
            });
            worker.join();
            if (!workerStatus)
                return fail(workerName, workerStatus.error());
            say(QStringLiteral("C ") + workerName);
        }
        if (i % 10 == 0) {
            if (Status s = OnlineBackup::backupTo(db, backups.filePath(QStringLiteral("backup.sqlite3"))); !s)
                return fail(QStringLiteral("backup"), s.error());
        }
        if (i % 25 == 0) {
            if (auto s = snapshots.take(db); !s)
                return fail(QStringLiteral("snapshot"), s.error());
        }
        if (i % 3 == 0) {
            QSqlQuery q(db.sql());
            if (!q.exec(QStringLiteral("SELECT count(*) FROM customers")) || !q.next())
                return fail(QStringLiteral("read"), Error{ErrorCode::Storage, q.lastError().text(), {}});
        }
        if (Status s = presence.heartbeat(); !s)
            return fail(QStringLiteral("heartbeat"), s.error());
        if (holdsDeletedFileOf(path)) {
            say(QStringLiteral("DELETED-FILE-HELD"));
            return 3;
        }
    }
    say(QStringLiteral("writes %1").arg(writes));
    return 0;
}

int runReadModifyWrite(const QString &path, const QString &id, int count)
{
    auto opened = openAsSoleUser(path);
    if (!opened)
        return fail(QStringLiteral("open"), opened.error());
    const Session *actor = &opened->actor;
    CustomerService service(*opened->db, Clock::system());
    int conflicts = 0, busy = 0;
    for (int done = 0; done < count;) {
        auto current = service.get(*actor, id);
        if (!current)
            return fail(QStringLiteral("read"), current.error());
        CustomerDraft d = current->fields;
        d.notes = QString::number(d.notes.toLongLong() + 1);
        auto saved = service.update(*actor, id, d, current->rowVersion);
        if (saved) {
            ++done;
            say(QStringLiteral("E %1").arg(d.notes));
        } else if (saved.error().code == ErrorCode::Conflict) {
            ++conflicts; // a colleague saved first: read again and redo the edit
        } else if (saved.error().code == ErrorCode::Busy) {
            ++busy; // not retried here: the test counts these as failures
        } else {
            return fail(QStringLiteral("update"), saved.error());
        }
    }
    say(QStringLiteral("done %1 %2").arg(conflicts).arg(busy));
    return 0;
}

int runBatch(const QString &path, const QString &tag, int size)
{
    auto opened = openAsSoleUser(path);
    if (!opened)
        return fail(QStringLiteral("open"), opened.error());
    Database *db = opened->db.get();
    // One transaction of many rows, written with plain SQL of the test's own (the services each
    // commit their own transaction).
    WriteTransaction tx(*db);
    if (Status s = tx.begin(); !s)
        return fail(QStringLiteral("begin"), s.error());
    QSqlQuery q(db->sql());
    q.prepare(QStringLiteral("INSERT INTO db_settings (key, value) VALUES (?, ?)"));
    for (int i = 1; i <= size; ++i) {
        q.addBindValue(QStringLiteral("batch:%1:%2").arg(tag).arg(i));
        q.addBindValue(QString(200, QLatin1Char('x')));
        if (!q.exec())
            return fail(QStringLiteral("insert"), Error{ErrorCode::Storage, q.lastError().text(), {}});
    }
    if (Status s = tx.commit(); !s)
        return fail(QStringLiteral("commit"), s.error());
    say(QStringLiteral("B ") + tag);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    const QString mode = a.value(1);
    if (mode == QLatin1String("gui") && a.size() == 4)
        return runGui(a.at(2), a.at(3).toInt());
    if (mode == QLatin1String("rmw") && a.size() == 5)
        return runReadModifyWrite(a.at(2), a.at(3), a.at(4).toInt());
    if (mode == QLatin1String("batch") && a.size() == 5)
        return runBatch(a.at(2), a.at(3), a.at(4).toInt());
    std::fputs("usage: stress_worker gui DB SECONDS | rmw DB ID COUNT | batch DB TAG SIZE\n", stderr);
    return 2;
}
