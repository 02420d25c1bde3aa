// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/users/User.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace guanxi {

class Database;
class Clock;
class SecretStore;

// 登录: who is signing in, checked against the Argon2id hash by UserService. A password the user
// asks to remember is kept in the system keychain, per database file and login, and filled in
// next time.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    // `secrets` keeps a password the user asked to remember; null: no remembering offered.
    SignInDialog(Database &db, const Clock &clock, SecretStore *secrets, QWidget *parent = nullptr);
    Session session() const { return m_session; }

public slots:
    void accept() override;

private:
    QString secretKey() const;
    void fillRememberedPassword();

    Database &m_db;
    SecretStore *m_secrets;
    QCheckBox *m_remember;
    const Clock &m_clock;
    QComboBox *m_user;
    QLineEdit *m_password;
    QLabel *m_problem;
    Session m_session;
};

} // namespace guanxi
