// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/AddUserDialog.h"

#include "core/users/UserService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace guanxi {

AddUserDialog::AddUserDialog(const AppContext &ctx, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_name(new QLineEdit(this))
    , m_login(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_department(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Add user"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_login->setPlaceholderText(tr("letters and digits, e.g. zhangsan"));
    for (Role r : {Role::Salesperson, Role::Manager, Role::Admin})
        m_role->addItem(roleDisplayName(r), static_cast<int>(r));
    m_department->addItem(tr("(none)"), QString());
    if (auto depts = UserService(*ctx.db, *ctx.clock).departments())
        for (const Department &d : *depts)
            m_department->addItem(d.name, d.id);
    auto *newDept = new QPushButton(tr("New…"), this);
    connect(newDept, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New department"), tr("Department name:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        Result<Department> d = UserService(*m_ctx.db, *m_ctx.clock).addDepartment(m_ctx.session, name);
        if (!d) {
            m_problem->setText(d.error().message);
            m_problem->show();
            return;
        }
        m_department->addItem(d->name, d->id);
        m_department->setCurrentIndex(m_department->count() - 1);
    });
    auto *deptRow = new QHBoxLayout;
    deptRow->addWidget(m_department, 1);
    deptRow->addWidget(newDept);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Login"), m_login);
    form->addRow(tr("&Role"), m_role);
    form->addRow(tr("&Department"), deptRow);
    form->addRow(tr("&Password"), m_password);
    layout->addLayout(form);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void AddUserDialog::accept()
{
    NewUser u{m_login->text().trimmed(), m_name->text(), static_cast<Role>(m_role->currentData().toInt()),
              m_department->currentData().toString(), m_password->text()};
    Result<User> r = UserService(*m_ctx.db, *m_ctx.clock).addUser(m_ctx.session, u);
    if (!r) {
        m_problem->setText(r.error().message);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace guanxi
