// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/AppContext.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace guanxi {

// Adding an account (administrators only; the rule is UserService's).
class AddUserDialog : public QDialog {
    Q_OBJECT
public:
    AddUserDialog(const AppContext &ctx, QWidget *parent = nullptr);

public slots:
    void accept() override;

private:
    AppContext m_ctx;
    QLineEdit *m_name;
    QLineEdit *m_login;
    QComboBox *m_role;
    QComboBox *m_department;
    QLineEdit *m_password;
    QLabel *m_problem;
};

} // namespace guanxi
