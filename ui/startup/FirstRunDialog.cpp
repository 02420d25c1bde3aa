// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/startup/FirstRunDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace guanxi {

FirstRunDialog::FirstRunDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to Guanxi"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("<h3>Welcome to Guanxi</h3>"
                                "<p>This is a new database. You are its administrator; add colleagues later in "
                                "Settings.</p>"
                                "<p><b>Load demo data</b> fills it with a sample company: a sales team in four "
                                "departments, a few thousand customers and three years of orders. Demo accounts "
                                "sign in with the password <b>guanxi123</b>.</p>"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    m_name->setText(user.isEmpty() || user == QLatin1String("root") ? tr("Administrator") : user);
    m_name->setObjectName(QStringLiteral("firstRunName"));
    form->addRow(tr("Your &name:"), m_name);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *empty = buttons->addButton(tr("Start &empty"), QDialogButtonBox::AcceptRole);
    QPushButton *demo = buttons->addButton(tr("Load &demo data"), QDialogButtonBox::AcceptRole);
    empty->setObjectName(QStringLiteral("startEmptyButton"));
    demo->setObjectName(QStringLiteral("loadDemoButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(empty, &QPushButton::clicked, this, [this] { m_choice = StartEmpty; });
    connect(demo, &QPushButton::clicked, this, [this] { m_choice = LoadDemo; });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 300);
}

QString FirstRunDialog::displayName() const
{
    const QString n = m_name->text().trimmed();
    return n.isEmpty() ? tr("Administrator") : n;
}

} // namespace guanxi
