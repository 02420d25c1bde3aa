// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/startup/StartupFlow.h"

#include "core/seed/DemoSeeder.h"
#include "core/sharing/SharedMode.h"
#include "core/storage/FileHeader.h"
#include "core/users/UserService.h"
#include "core/workspace/OpenWorkspace.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/ErrorBox.h"
#include "ui/common/FileDialog.h"
#include "ui/common/KeychainSecretStore.h"
#include "ui/common/MessageBox.h"
#include "ui/startup/FirstRunDialog.h"
#include "ui/startup/SignInDialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace guanxi {

StartupFlow::StartupFlow(QString path, bool pathGiven, const Clock &clock)
    : m_path(std::move(path))
    , m_pathGiven(pathGiven)
    , m_clock(clock)
{
}

std::unique_ptr<Database> StartupFlow::openDatabase()
{
    for (;;) {
        // The header is read through SQLite: no descriptor of the file is opened outside it.
        const Result<FileHeader> header = FileHeader::read(m_path);
        const bool exists = header && header->exists;
        const bool empty = exists && header->isEmpty();
        if ((!exists && m_pathGiven) || empty) {
            const QString question = empty
                ? tr("The file %1 is empty. Make a new Guanxi database in it?").arg(QDir::toNativeSeparators(m_path))
                : tr("The database file %1 does not exist. Create a new database there?")
                      .arg(QDir::toNativeSeparators(m_path));
            const auto answer =
                MessageBox::question(nullptr, tr("Guanxi"), question, QMessageBox::Yes | QMessageBox::No);
            if (answer != QMessageBox::Yes)
                return nullptr;
        }
        if (exists && !empty) {
            // A file from an older version may need its schema upgraded and its search index
            // rebuilt: half a minute at 100,000 customers. That happens on a worker thread behind
            // a progress dialog (shown only when it takes a while); the open below is then quick.
            // Its errors are reported by that open; cancelling it quits.
            const QString path = m_path;
            Status prepared =
                BackgroundTask::run(nullptr, tr("Updating the database and its search index…"),
                                    [path](const ProgressFn &progress) -> Status {
                                        auto worker = openWorkspace(path, Database::OpenMode::OpenExisting, progress);
                                        return worker ? Status() : Status(worker.error());
                                    });
            if (!prepared && prepared.error().code == ErrorCode::Cancelled)
                return nullptr;
        }
        Result<std::unique_ptr<Database>> db = openWorkspace(m_path, Database::OpenMode::CreateIfMissing);
        if (db)
            return std::move(*db);
        if (db.error().code == ErrorCode::NeedsSharing) {
            const Offer offer = offerSharing(db.error());
            if (offer == Offer::Quit)
                return nullptr;
            if (offer == Offer::Retry || (offer == Offer::OtherFile && chooseAnotherFile()))
                continue;
            return nullptr;
        }
        QMessageBox box(QMessageBox::Critical, tr("Guanxi"),
                        tr("The database %1 cannot be opened.").arg(QDir::toNativeSeparators(m_path))
                            + QStringLiteral("\n\n") + db.error().message,
                        QMessageBox::NoButton);
        box.setObjectName(QStringLiteral("openErrorBox"));
        if (!db.error().detail.isEmpty())
            box.setDetailedText(db.error().detail);
        QPushButton *other = box.addButton(tr("Open &another file…"), QMessageBox::AcceptRole);
        box.addButton(tr("&Quit"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != other || !chooseAnotherFile())
            return nullptr;
    }
}

bool StartupFlow::chooseAnotherFile()
{
    const QString chosen = FileDialog::getOpenFileName(nullptr, tr("Open database"), QFileInfo(m_path).absolutePath(),
                                                       tr("Guanxi database (*.sqlite3 *.db);;All files (*)"));
    if (chosen.isEmpty())
        return false;
    m_path = chosen;
    m_pathGiven = true;
    return true;
}

StartupFlow::Offer StartupFlow::offerSharing(const Error &why)
{
    QMessageBox box(
        QMessageBox::Question, tr("Share this database?"),
        why.message + QStringLiteral("\n\n")
            + tr("Share it now? Everyone who opens it, here or on the computer whose disk holds it, will "
                 "then use the rollback journal, which is safe over a network. An administrator must sign in, "
                 "and everyone else must have closed it."),
        QMessageBox::NoButton);
    box.setObjectName(QStringLiteral("shareOfferBox"));
    QPushButton *share = box.addButton(tr("&Share it now"), QMessageBox::AcceptRole);
    QPushButton *other = box.addButton(tr("Open &another file…"), QMessageBox::ActionRole);
    box.addButton(tr("&Quit"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == other)
        return Offer::OtherFile;
    if (box.clickedButton() != share)
        return Offer::Quit;
    auto db = openWorkspace(m_path, Database::OpenMode::ToShare);
    if (!db) {
        showError(nullptr, tr("Sharing"), db.error());
        return Offer::Quit;
    }
    UserService users(**db, m_clock);
    Result<QList<User>> list = users.users();
    if (!list || list->isEmpty()) {
        showError(nullptr, tr("Sharing"),
                  list ? Error{ErrorCode::PermissionDenied, tr("The file has no administrator."), {}} : list.error());
        return Offer::Quit;
    }
    Session admin = Session::fromUser(list->first());
    if (list->size() > 1) {
        SignInDialog signIn(**db, m_clock, nullptr);
        signIn.setWindowTitle(tr("An administrator signs in to share the file"));
        if (signIn.exec() != QDialog::Accepted)
            return Offer::Quit;
        admin = signIn.session();
    }
    if (Status s = SharedMode::turnOn(**db, admin, m_clock); !s) {
        showError(nullptr, tr("Sharing"), s.error());
        return Offer::Quit;
    }
    return Offer::Retry;
}

bool StartupFlow::firstRun(Database &db, Session *session)
{
    FirstRunDialog dialog;
    if (dialog.exec() != QDialog::Accepted)
        return false;
    UserService users(db, m_clock);
    Result<User> admin = users.createFirstAdmin(dialog.displayName(), QStringLiteral("admin"));
    if (!admin) {
        showError(nullptr, tr("Guanxi"), admin.error());
        return false;
    }
    *session = Session::fromUser(*admin);
    if (dialog.choice() != FirstRunDialog::LoadDemo)
        return true;
    const QString path = db.path();
    const Session actor = *session;
    Status s =
        BackgroundTask::run(nullptr, tr("Loading demo data…"), [path, actor](const ProgressFn &progress) -> Status {
            auto worker = openWorkspace(path);
            if (!worker)
                return worker.error();
            SeedOptions o;
            o.customers = 5000;
            o.orders = 30000;
            o.seed = 2024;
            Result<SeedSummary> r = DemoSeeder(**worker).run(&actor, o, progress);
            return r ? Status() : Status(r.error());
        });
    if (!s)
        showError(nullptr, tr("Demo data"), s.error());
    else
        MessageBox::information(nullptr, tr("Demo data"),
                                tr("The demo company is ready. You are signed in as its administrator (login "
                                   "admin). Colleagues sign in as manager1, sales1, sales2, … with the password "
                                   "guanxi123, which is now yours too."));
    return true;
}

std::unique_ptr<Database> StartupFlow::run(Session *session)
{
    std::unique_ptr<Database> db = openDatabase();
    if (!db)
        return nullptr;
    UserService users(*db, m_clock);
    Result<QList<User>> list = users.users();
    if (!list) {
        showError(nullptr, tr("Guanxi"), list.error());
        return nullptr;
    }
    if (list->isEmpty())
        return firstRun(*db, session) ? std::move(db) : nullptr;
    if (list->size() == 1) {
        *session = Session::fromUser(list->first());
        return db;
    }
    KeychainSecretStore keychain;
    SignInDialog signIn(*db, m_clock, &keychain);
    if (signIn.exec() != QDialog::Accepted)
        return nullptr;
    *session = signIn.session();
    return db;
}

} // namespace guanxi
