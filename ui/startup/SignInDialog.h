// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "users/User.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace guanxi {

class Database;
class Clock;

// 登录: who is signing in, checked against the Argon2id hash by UserService.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    SignInDialog(Database &db, const Clock &clock, QWidget *parent = nullptr);
    Session session() const { return m_session; }

public slots:
    void accept() override;

private:
    Database &m_db;
    const Clock &m_clock;
    QComboBox *m_user;
    QLineEdit *m_password;
    QLabel *m_problem;
    Session m_session;
};

} // namespace guanxi
