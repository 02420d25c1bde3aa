// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/SettingsPage.h"

#include "core/backup/OnlineBackup.h"
#include "core/backup/Snapshots.h"
#include "core/i18n/DateTimeText.h"
#include "core/i18n/Translations.h"
#include "core/sharing/Presence.h"
#include "core/storage/Database.h"
#include "core/storage/HealthCheck.h"
#include "core/users/AccessPolicy.h"
#include "core/users/UserService.h"
#include "core/workspace/OpenWorkspace.h"
#include "models/users/UserListModel.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/ErrorBox.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/settings/AddUserDialog.h"
#include "ui/settings/LetterheadGroup.h"
#include "ui/settings/RestoreDialog.h"
#include "ui/settings/SalesRulesGroup.h"
#include "ui/settings/SharingGroup.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace guanxi {

namespace {
const QString kKeepKey = QStringLiteral("backup/keep");
}

SettingsPage::SettingsPage(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("settingsPage"));
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(languageGroup());
    layout->addWidget(usersGroup());
    layout->addWidget(new SalesRulesGroup(ctx, content));
    layout->addWidget(new LetterheadGroup(ctx, content));
    layout->addWidget(new SharingGroup(ctx, content));
    layout->addWidget(backupGroup());
    layout->addWidget(databaseGroup());
    layout->addStretch();
    scroll->setWidget(content);
    outer->addWidget(scroll);
}

QWidget *SettingsPage::languageGroup()
{
    auto *box = new QGroupBox(tr("Language"), this);
    auto *row = new QHBoxLayout(box);
    m_language = new QComboBox(box);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Follow the system"), QString());
    for (const QString &lang : Translations::available())
        m_language->addItem(Translations::nativeName(lang), lang);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Translations::preference())));
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        Translations::setPreference(m_language->currentData().toString());
        const auto answer = MessageBox::question(
            this, tr("Language"), tr("The new language is used from the next start. Restart Guanxi now?"));
        if (answer == QMessageBox::Yes) {
            QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
            QCoreApplication::quit();
        }
    });
    row->addWidget(new QLabel(tr("Display language:"), box));
    row->addWidget(m_language);
    row->addStretch();
    return box;
}

QWidget *SettingsPage::usersGroup()
{
    auto *box = new QGroupBox(tr("Users"), this);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(new QLabel(tr("With one user Guanxi opens directly; once there are two, everyone signs in "
                                    "with a password."),
                                 box));
    m_users = new UserListModel(*m_ctx.db, *m_ctx.clock, this);
    m_userView = new QTableView(box);
    m_userView->setObjectName(QStringLiteral("usersView"));
    m_userView->setModel(m_users);
    m_userView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_userView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_userView->verticalHeader()->hide();
    m_userView->horizontalHeader()->setStretchLastSection(true);
    m_userView->setMinimumHeight(160);
    layout->addWidget(m_userView);
    auto *buttons = new QHBoxLayout;
    const bool admin = AccessPolicy(m_ctx.session).administers();
    auto *add = new QPushButton(tr("&Add user…"), box);
    add->setObjectName(QStringLiteral("addUserButton"));
    add->setVisible(admin);
    connect(add, &QPushButton::clicked, this, &SettingsPage::addUser);
    auto *password = new QPushButton(admin ? tr("Set &password…") : tr("Change my &password…"), box);
    password->setObjectName(QStringLiteral("setPasswordButton"));
    connect(password, &QPushButton::clicked, this, &SettingsPage::setPassword);
    buttons->addWidget(add);
    buttons->addWidget(password);
    buttons->addStretch();
    layout->addLayout(buttons);
    return box;
}

void SettingsPage::addUser()
{
    AddUserDialog dialog(m_ctx, this);
    if (dialog.exec() == QDialog::Accepted)
        m_users->reload();
}

void SettingsPage::setPassword()
{
    QString userId = m_ctx.session.userId;
    QString name = m_ctx.session.displayName;
    if (AccessPolicy(m_ctx.session).administers()) {
        const QModelIndex current = m_userView->currentIndex();
        if (const User *u = current.isValid() ? m_users->userAt(current.row()) : nullptr) {
            userId = u->id;
            name = u->displayName;
        }
    }
    bool ok = false;
    const QString password = QInputDialog::getText(this, tr("Password"), tr("New password for %1:").arg(name),
                                                   QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    Status s = UserService(*m_ctx.db, *m_ctx.clock).setPassword(m_ctx.session, userId, password);
    if (!s)
        showError(this, tr("Password not changed"), s.error());
    else
        MessageBox::information(this, tr("Password"), tr("The password of %1 was changed.").arg(name));
}

QWidget *SettingsPage::backupGroup()
{
    auto *box = new QGroupBox(tr("Backups"), this);
    auto *layout = new QVBoxLayout(box);
    m_snapshotInfo = new QLabel(box);
    m_snapshotInfo->setWordWrap(true);
    m_snapshotInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_snapshotInfo);
    auto *row = new QHBoxLayout;
    auto *now = new QPushButton(tr("Back &up now…"), box);
    now->setObjectName(QStringLiteral("backUpNowButton"));
    connect(now, &QPushButton::clicked, this, &SettingsPage::backUpNow);
    auto *restore = new QPushButton(tr("&Restore from backup…"), box);
    restore->setObjectName(QStringLiteral("restoreButton"));
    restore->setEnabled(AccessPolicy(m_ctx.session).administers());
    connect(restore, &QPushButton::clicked, this, &SettingsPage::restore);
    m_keep = new QSpinBox(box);
    m_keep->setRange(1, 365);
    m_keep->setValue(QSettings().value(kKeepKey, 7).toInt());
    connect(m_keep, &QSpinBox::valueChanged, this, [](int n) { QSettings().setValue(kKeepKey, n); });
    row->addWidget(now);
    row->addWidget(restore);
    row->addSpacing(16);
    row->addWidget(new QLabel(tr("Daily snapshots kept:"), box));
    row->addWidget(m_keep);
    row->addStretch();
    layout->addLayout(row);
    refreshSnapshotInfo();
    return box;
}

void SettingsPage::showEvent(QShowEvent *event)
{
    refreshSnapshotInfo(); // the daily snapshot may have been taken since
    QWidget::showEvent(event);
}

void SettingsPage::refreshSnapshotInfo()
{
    const Snapshots snaps(Snapshots::defaultFolder(), *m_ctx.clock, m_keep->value());
    const QList<Snapshot> list = snaps.list();
    QString text = tr("Guanxi takes a snapshot of the database once a day when it starts, in %1.")
                       .arg(QDir::toNativeSeparators(snaps.folder()));
    if (!list.isEmpty())
        text += QLatin1Char(' ') + tr("Newest: %1.").arg(DateTimeText::dateTime(list.first().takenAt));
    m_snapshotInfo->setText(text);
}

void SettingsPage::backUpNow()
{
    const QString suggested = QDir::home().filePath(
        QStringLiteral("guanxi-backup-%1.sqlite3").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    const QString dest = FileDialog::getSaveFileName(this, tr("Back up to"), suggested,
                                                     tr("Guanxi database (*.sqlite3);;All files (*)"));
    if (dest.isEmpty())
        return;
    const QString source = m_ctx.db->path();
    Status s = BackgroundTask::run(this, tr("Backing up…"), [source, dest](const ProgressFn &progress) -> Status {
        auto db = openWorkspace(source);
        if (!db)
            return db.error();
        return OnlineBackup::backupTo(**db, dest, progress);
    });
    if (!s)
        showError(this, tr("Backup failed"), s.error());
    else
        MessageBox::information(this, tr("Backup"), tr("Backed up to %1.").arg(QDir::toNativeSeparators(dest)));
}

void SettingsPage::restore()
{
    RestoreDialog dialog(Snapshots(Snapshots::defaultFolder(), *m_ctx.clock).list(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenPath().isEmpty())
        return;
    const QString src = dialog.chosenPath();
    if (MessageBox::warning(this, tr("Restore"),
                            tr("Replace everything in the database with the backup %1? A snapshot of the current "
                               "state is taken first.")
                                .arg(QDir::toNativeSeparators(src)),
                            QMessageBox::Yes | QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    const QString target = m_ctx.db->path();
    const Clock *clock = m_ctx.clock;
    const QString own = m_ctx.presence ? m_ctx.presence->sessionId() : QString();
    Status s =
        BackgroundTask::run(this, tr("Restoring…"), [target, src, clock, own](const ProgressFn &progress) -> Status {
            auto db = openWorkspace(target);
            if (!db)
                return db.error();
            if (Status alone = Presence::requireAlone(**db, *clock, own); !alone)
                return alone;
            Snapshots safety(Snapshots::defaultFolder(), *clock, QSettings().value(kKeepKey, 7).toInt() + 1);
            if (Result<Snapshot> before = safety.take(**db); !before)
                return before.error();
            return OnlineBackup::restoreFrom(**db, src, progress);
        });
    if (!s) {
        showError(this, tr("Restore failed"), s.error());
        return;
    }
    m_users->reload();
    refreshSnapshotInfo();
    emit databaseReplaced();
    MessageBox::information(this, tr("Restore"), tr("The backup was restored."));
}

QWidget *SettingsPage::databaseGroup()
{
    auto *box = new QGroupBox(tr("Database"), this);
    auto *form = new QFormLayout(box);
    auto *path = new QLabel(QDir::toNativeSeparators(m_ctx.db->path()), box);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("File:"), path);
    form->addRow(tr("Journal:"),
                 new QLabel(m_ctx.db->journalMode() == Database::JournalMode::Wal ? tr("WAL (for this computer only)")
                                                                                  : tr("rollback journal (shared)"),
                            box));
    form->addRow(tr("Schema version:"), new QLabel(QString::number(m_ctx.db->schemaVersion()), box));
    auto *check = new QPushButton(tr("&Check database"), box);
    connect(check, &QPushButton::clicked, this, &SettingsPage::checkDatabase);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(check);
    checkRow->addStretch();
    form->addRow(QString(), checkRow);
    return box;
}

void SettingsPage::checkDatabase()
{
    Result<HealthReport> r = HealthCheck::run(*m_ctx.db);
    if (!r) {
        showError(this, tr("Check database"), r.error());
        return;
    }
    if (r->healthy())
        MessageBox::information(this, tr("Check database"), tr("The database is in good order."));
    else
        MessageBox::warning(this, tr("Check database"),
                            tr("The database has problems. Restore it from a backup.") + QStringLiteral("\n\n")
                                + r->problems.mid(0, 20).join(QLatin1Char('\n')));
}

} // namespace guanxi
