// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workbench/LogCallDialog.h"

#include "core/contacts/ContactService.h"
#include "core/i18n/DateTimeText.h"
#include "core/timeline/TimelineService.h"
#include "core/util/LocalDays.h"
#include "ui/common/CustomerPicker.h"
#include "ui/common/FormProblem.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace guanxi {

LogCallDialog::LogCallDialog(const AppContext &ctx, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_customer(new CustomerPicker(ctx, this))
    , m_kind(new QComboBox(this))
    , m_contact(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_outcome(new QPlainTextEdit(this))
    , m_followUp(new QCheckBox(tr("Next follow-up on"), this))
    , m_followUpOn(new QDateEdit(this))
    , m_problem(new FormProblem(this, "logCallProblem"))
{
    setObjectName(QStringLiteral("logCallDialog"));
    setWindowTitle(tr("Log a call"));
    m_customer->setObjectName(QStringLiteral("logCustomer"));
    m_customer->setPlaceholderText(tr("Name, pinyin initials, phone or a contact's name"));
    for (InteractionKind k : userInteractionKinds())
        m_kind->addItem(displayName(k), static_cast<int>(k));
    m_kind->setObjectName(QStringLiteral("logKind"));
    m_contact->setObjectName(QStringLiteral("logContact"));
    m_contact->addItem(tr("(nobody in particular)"), QString());
    m_subject->setObjectName(QStringLiteral("logSubject"));
    m_subject->setPlaceholderText(tr("What it was about, e.g. 报价跟进"));
    m_outcome->setObjectName(QStringLiteral("logOutcome"));
    m_outcome->setPlaceholderText(tr("What came of it"));
    m_outcome->setTabChangesFocus(true);
    m_outcome->setMaximumHeight(80);
    m_followUp->setObjectName(QStringLiteral("logFollowUp"));
    m_followUpOn->setObjectName(QStringLiteral("logFollowUpOn"));
    m_followUpOn->setCalendarPopup(true);
    m_followUpOn->setDisplayFormat(DateTimeText::datePattern());
    m_followUpOn->setDate(localdays::today(*ctx.clock).addDays(7));
    m_followUpOn->setEnabled(false);
    connect(m_followUp, &QCheckBox::toggled, m_followUpOn, &QWidget::setEnabled);
    connect(m_customer, &CustomerPicker::customerChosen, this, &LogCallDialog::loadContacts);

    auto *form = new QFormLayout;
    form->addRow(tr("Customer"), m_customer);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("With"), m_contact);
    form->addRow(tr("&Subject"), m_subject);
    form->addRow(tr("Outcome"), m_outcome);
    auto *next = new QHBoxLayout;
    next->addWidget(m_followUp);
    next->addWidget(m_followUpOn);
    next->addStretch();
    form->addRow(next);
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LogCallDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void LogCallDialog::setCustomer(const QString &customerId, const QString &name)
{
    m_customer->setCustomer(customerId, name);
    loadContacts(customerId);
    m_subject->setFocus();
}

void LogCallDialog::setLead(const QString &leadId, const QString &name)
{
    m_leadId = leadId;
    m_customer->setText(name);
    m_customer->setEnabled(false);
    m_contact->setEnabled(false);
    m_subject->setFocus();
}

void LogCallDialog::setSubject(const QString &subject)
{
    m_subject->setText(subject);
}

void LogCallDialog::loadContacts(const QString &customerId)
{
    m_contact->clear();
    m_contact->addItem(tr("(nobody in particular)"), QString());
    if (customerId.isEmpty())
        return;
    Result<QList<Contact>> contacts =
        ContactService(*m_ctx.db, *m_ctx.clock).listForCustomer(m_ctx.session, customerId);
    if (!contacts)
        return;
    for (const Contact &c : *contacts)
        m_contact->addItem(c.fields.title.isEmpty() ? c.fields.name : tr("%1 (%2)").arg(c.fields.name, c.fields.title),
                           c.id);
}

void LogCallDialog::accept()
{
    InteractionDraft d;
    d.leadId = m_leadId;
    if (m_leadId.isEmpty()) {
        d.customerId = m_customer->customerId();
        if (d.customerId.isEmpty()) {
            m_problem->report(tr("Choose the customer: type part of its name and pick it from the list."), m_customer);
            return;
        }
        d.contactId = m_contact->currentData().toString();
    }
    d.kind = static_cast<InteractionKind>(m_kind->currentData().toInt());
    d.subject = m_subject->text();
    d.outcome = m_outcome->toPlainText();
    if (m_followUp->isChecked())
        d.followUpOn = localdays::iso(m_followUpOn->date());
    Result<Interaction> r = TimelineService(*m_ctx.db, *m_ctx.clock).log(m_ctx.session, d);
    if (!r) {
        m_problem->report(r.error(), {{"subject", m_subject}, {"followUpOn", m_followUpOn}, {"outcome", m_outcome}});
        return;
    }
    QDialog::accept();
}

} // namespace guanxi
