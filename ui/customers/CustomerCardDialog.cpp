// SPDX-License-Identifier: GPL-3.0-or-later
#include "customers/CustomerCardDialog.h"

#include "common/ErrorBox.h"
#include "customers/CustomerListQuery.h"
#include "customers/CustomerService.h"
#include "users/AccessPolicy.h"
#include "users/UserService.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace guanxi {

CustomerCardDialog::CustomerCardDialog(const AppContext &ctx, const QString &customerId, QWidget *parent)
    : QDialog(parent), m_ctx(ctx)
{
    setObjectName(QStringLiteral("customerCard"));
    buildForm();
    if (customerId.isEmpty()) {
        setWindowTitle(tr("New customer"));
        m_owner->setCurrentIndex(m_owner->findData(ctx.session.userId));
        m_version->setText(tr("New record"));
    } else {
        m_customer.id = customerId;
        load();
    }
}

void CustomerCardDialog::buildForm()
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(CustomerValidator::kMaxName);
    m_name->setPlaceholderText(tr("Company or person, e.g. 杭州瑞丰贸易有限公司"));
    m_tier = new QComboBox(this);
    m_tier->setObjectName(QStringLiteral("tier"));
    for (Tier t : {Tier::Normal, Tier::Important, Tier::Vip})
        m_tier->addItem(tierDisplayName(t), static_cast<int>(t));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setPlaceholderText(tr("e.g. 138 0013 8000 or 0571-8888 6666"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("region"));
    m_region->setEditable(true);
    m_industry = new QComboBox(this);
    m_industry->setObjectName(QStringLiteral("industry"));
    m_industry->setEditable(true);
    if (auto regions = CustomerListQuery::regions(*m_ctx.db))
        m_region->addItems(*regions);
    if (auto industries = CustomerListQuery::industries(*m_ctx.db))
        m_industry->addItems(*industries);
    m_region->setCurrentText(QString());
    m_industry->setCurrentText(QString());
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("owner"));
    fillOwners();
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);

    form->addRow(tr("&Name *"), m_name);
    form->addRow(tr("&Tier"), m_tier);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("&E-mail"), m_email);
    form->addRow(tr("&Region"), m_region);
    form->addRow(tr("&Industry"), m_industry);
    form->addRow(tr("&Owner"), m_owner);
    form->addRow(tr("N&otes"), m_notes);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    m_version = new QLabel(this);
    m_version->setObjectName(QStringLiteral("version"));
    m_version->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(m_version);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CustomerCardDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CustomerCardDialog::reject);
    layout->addWidget(m_buttons);
    resize(520, 480);
}

void CustomerCardDialog::fillOwners()
{
    m_owner->clear();
    m_owner->addItem(tr("(public pool)"), QString());
    Result<QList<User>> users = UserService(*m_ctx.db, *m_ctx.clock).users();
    if (!users)
        return;
    for (const User &u : *users)
        m_owner->addItem(u.departmentName.isEmpty() ? u.displayName
                                                    : QStringLiteral("%1 (%2)").arg(u.displayName, u.departmentName),
                         u.id);
    // A salesperson's customers are their own; only managers and administrators hand them over.
    m_owner->setEnabled(m_ctx.session.role != Role::Salesperson);
}

void CustomerCardDialog::load()
{
    Result<Customer> c = CustomerService(*m_ctx.db, *m_ctx.clock).get(m_ctx.session, m_customer.id);
    if (!c) {
        m_loadFailed = true;
        showError(parentWidget(), tr("Customer"), c.error());
        return;
    }
    m_customer = *c;
    m_canEdit = AccessPolicy(m_ctx.session).canEdit(m_customer.fields.ownerId, m_customer.ownerDepartmentId)
                && m_customer.deletedAt == 0;
    showCustomer();
}

void CustomerCardDialog::showCustomer()
{
    const CustomerDraft &f = m_customer.fields;
    setWindowTitle(f.name);
    m_name->setText(f.name);
    m_tier->setCurrentIndex(m_tier->findData(static_cast<int>(f.tier)));
    m_phone->setText(f.phone);
    m_email->setText(f.email);
    m_region->setCurrentText(f.region);
    m_industry->setCurrentText(f.industry);
    int ownerIndex = m_owner->findData(f.ownerId);
    if (ownerIndex < 0) {
        m_owner->addItem(m_customer.ownerName, f.ownerId);
        ownerIndex = m_owner->count() - 1;
    }
    m_owner->setCurrentIndex(ownerIndex);
    m_notes->setPlainText(f.notes);
    const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_customer.updatedAt), QLocale::ShortFormat);
    m_version->setText(tr("Version %1 · last changed by %2 on %3")
                           .arg(m_customer.rowVersion)
                           .arg(m_customer.updatedByName.isEmpty() ? tr("unknown") : m_customer.updatedByName, when));
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_tier, m_phone, m_email, m_region, m_industry, m_notes})
        w->setEnabled(m_canEdit);
    if (!m_canEdit) {
        m_owner->setEnabled(false);
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
        m_problem->setText(m_customer.deletedAt ? tr("This customer is in the recycle bin. Restore it to edit it.")
                                                : tr("This customer belongs to %1; you can look but not change it.")
                                                      .arg(m_customer.ownerName));
        m_problem->setStyleSheet(QString());
        m_problem->show();
    }
}

CustomerDraft CustomerCardDialog::draftFromForm() const
{
    CustomerDraft d;
    d.name = m_name->text();
    d.tier = static_cast<Tier>(m_tier->currentData().toInt());
    d.phone = m_phone->text();
    d.email = m_email->text();
    d.region = m_region->currentText();
    d.industry = m_industry->currentText();
    d.ownerId = m_owner->currentData().toString();
    d.notes = m_notes->toPlainText();
    return d;
}

void CustomerCardDialog::showProblem(const QString &field, const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
    QWidget *target = findChild<QWidget *>(field);
    if (target)
        target->setFocus();
}

void CustomerCardDialog::accept()
{
    if (!m_canEdit) {
        QDialog::reject();
        return;
    }
    CustomerService service(*m_ctx.db, *m_ctx.clock);
    CustomerDraft draft = draftFromForm();
    // Field problems first, shown beside the form without a round trip.
    const QList<FieldProblem> problems = CustomerService::validate(&draft);
    if (!problems.isEmpty()) {
        showProblem(problems.first().field, problems.first().message);
        return;
    }
    Result<Customer> saved = m_customer.id.isEmpty()
                                 ? service.create(m_ctx.session, draft)
                                 : service.update(m_ctx.session, m_customer.id, draft, m_customer.rowVersion);
    if (!saved) {
        const Error &e = saved.error();
        if (e.code == ErrorCode::Invalid) {
            showProblem(e.detail, e.message);
            return;
        }
        if (e.code == ErrorCode::Conflict) {
            QMessageBox box(QMessageBox::Warning, tr("Changed by someone else"), e.message,
                            QMessageBox::NoButton, this);
            QPushButton *reload = box.addButton(tr("Reload (discard my changes)"), QMessageBox::AcceptRole);
            box.addButton(tr("Keep editing"), QMessageBox::RejectRole);
            box.exec();
            if (box.clickedButton() == reload)
                load();
            return;
        }
        showError(this, tr("The customer was not saved"), e);
        return;
    }
    m_customer = *saved;
    QDialog::accept();
}

} // namespace guanxi
