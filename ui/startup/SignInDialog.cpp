// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/startup/SignInDialog.h"

#include "core/secrets/SecretStore.h"
#include "core/storage/Database.h"
#include "core/users/UserService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QVBoxLayout>

namespace guanxi {

namespace {
const QString kLastLoginKey = QStringLiteral("signIn/lastLogin");
}

SignInDialog::SignInDialog(Database &db, const Clock &clock, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_secrets(secrets)
    , m_remember(new QCheckBox(tr("&Remember my password on this computer"), this))
    , m_clock(clock)
    , m_user(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to Guanxi"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    if (auto users = UserService(db, clock).users()) {
        for (const User &u : *users)
            m_user->addItem(QStringLiteral("%1 (%2)").arg(u.displayName, u.login), u.login);
    }
    m_user->setCurrentIndex(std::max(0, m_user->findData(QSettings().value(kLastLoginKey))));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("password"));
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setVisible(m_secrets != nullptr);
    layout->addWidget(m_remember);
    connect(m_user, &QComboBox::currentIndexChanged, this, &SignInDialog::fillRememberedPassword);
    fillRememberedPassword();
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_password->setFocus();
    resize(380, 160);
}

QString SignInDialog::secretKey() const
{
    return QStringLiteral("sign-in:%1:%2").arg(m_db.path(), m_user->currentData().toString());
}

void SignInDialog::fillRememberedPassword()
{
    if (!m_secrets)
        return;
    Result<std::optional<QString>> stored = m_secrets->read(secretKey());
    const bool found = stored && stored->has_value();
    m_password->setText(found ? **stored : QString());
    m_remember->setChecked(found);
}

void SignInDialog::accept()
{
    const QString login = m_user->currentData().toString();
    Result<Session> s = UserService(m_db, m_clock).signIn(login, m_password->text());
    if (!s) {
        m_problem->setText(s.error().message);
        m_problem->show();
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    QSettings().setValue(kLastLoginKey, login);
    if (m_secrets) {
        // A keychain that cannot be reached does not stop the sign-in; it only cannot remember.
        Status kept = m_remember->isChecked() ? m_secrets->write(secretKey(), m_password->text())
                                              : m_secrets->remove(secretKey());
        if (!kept)
            qWarning("%s", qPrintable(kept.error().message));
    }
    m_session = *s;
    QDialog::accept();
}

} // namespace guanxi
