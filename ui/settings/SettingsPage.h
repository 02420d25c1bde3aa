// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/AppContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;

namespace guanxi {

class UserListModel;

// 设置: language, the team's accounts, backups and the database file.
class SettingsPage : public QWidget {
    Q_OBJECT
public:
    SettingsPage(const AppContext &ctx, QWidget *parent = nullptr);

    // Replaces the database with a snapshot or backup the user picks (everyone else out first).
    void restore();

protected:
    void showEvent(QShowEvent *event) override;

signals:
    // The database's contents were replaced (a restore): every page must re-read.
    void databaseReplaced();

private:
    QWidget *languageGroup();
    QWidget *usersGroup();
    QWidget *backupGroup();
    QWidget *databaseGroup();
    void addUser();
    void setPassword();
    void backUpNow();
    void checkDatabase();
    void refreshSnapshotInfo();

    AppContext m_ctx;
    UserListModel *m_users = nullptr;
    QTableView *m_userView = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_snapshotInfo = nullptr;
    QSpinBox *m_keep = nullptr;
};

} // namespace guanxi
