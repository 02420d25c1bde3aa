// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/care/CareDaysTab.h"

#include "core/care/CareEventService.h"
#include "core/contacts/ContactService.h"
#include "core/i18n/DateTimeText.h"
#include "core/util/LocalDays.h"
#include "ui/common/FormProblem.h"
#include "ui/common/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace guanxi {

CareDaysTab::CareDaysTab(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_list(new QTreeWidget(this))
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_day(new QDateEdit(this))
    , m_yearly(new QCheckBox(tr("Every year"), this))
    , m_contact(new QComboBox(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_problem(new FormProblem(this, "careProblem"))
{
    setObjectName(QStringLiteral("careDaysTab"));
    m_list->setObjectName(QStringLiteral("careDays"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Day"), tr("Next"), tr("Kind"), tr("What"), tr("Contact")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (CareKind k : careKinds())
        m_kind->addItem(displayName(k), static_cast<int>(k));
    m_kind->setObjectName(QStringLiteral("careKind"));
    m_title->setObjectName(QStringLiteral("careTitle"));
    m_title->setPlaceholderText(tr("e.g. 公司成立纪念日, 结婚纪念日, 中秋"));
    m_day->setObjectName(QStringLiteral("careDay"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(DateTimeText::datePattern());
    m_day->setDate(localdays::today(*ctx.clock));
    m_yearly->setObjectName(QStringLiteral("careYearly"));
    m_yearly->setChecked(true);
    m_contact->setObjectName(QStringLiteral("careContact"));
    m_add->setObjectName(QStringLiteral("addCareDay"));
    m_remove->setObjectName(QStringLiteral("removeCareDay"));

    auto *box = new QGroupBox(tr("Add a care day"), this);
    auto *form = new QFormLayout(box);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("What"), m_title);
    auto *when = new QHBoxLayout;
    when->addWidget(m_day);
    when->addWidget(m_yearly);
    when->addStretch();
    form->addRow(tr("Day"), when);
    form->addRow(tr("For"), m_contact);
    auto *row = new QHBoxLayout;
    row->addWidget(m_add);
    row->addStretch();
    row->addWidget(m_remove);
    form->addRow(row);
    form->addRow(m_problem);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(box);
    connect(m_add, &QPushButton::clicked, this, &CareDaysTab::add);
    connect(m_remove, &QPushButton::clicked, this, &CareDaysTab::removeSelected);
}

void CareDaysTab::setCustomer(const QString &customerId, bool canEdit)
{
    m_customerId = customerId;
    m_canEdit = canEdit && !customerId.isEmpty();
    m_add->setEnabled(m_canEdit);
    m_remove->setEnabled(m_canEdit);
    m_contact->clear();
    m_contact->addItem(tr("(the company)"), QString());
    if (!customerId.isEmpty()) {
        Result<QList<Contact>> contacts =
            ContactService(*m_ctx.db, *m_ctx.clock).listForCustomer(m_ctx.session, customerId);
        if (contacts)
            for (const Contact &c : *contacts)
                m_contact->addItem(c.fields.name, c.id);
    }
    reload();
}

void CareDaysTab::reload()
{
    m_list->clear();
    if (m_customerId.isEmpty())
        return;
    Result<QList<CareEvent>> events =
        CareEventService(*m_ctx.db, *m_ctx.clock).forCustomer(m_ctx.session, m_customerId);
    if (!events) {
        m_problem->report(events.error().message);
        return;
    }
    const QDate today = localdays::today(*m_ctx.clock);
    for (const CareEvent &e : *events) {
        const QDate next = e.fields.yearly ? localdays::nextYearly(e.fields.onDay, today)
                                           : QDate::fromString(e.fields.onDay, Qt::ISODate);
        auto *item = new QTreeWidgetItem(m_list,
                                         {e.fields.onDay, next >= today ? DateTimeText::date(next) : QString(),
                                          displayName(e.fields.kind), e.fields.title, e.contactName});
        item->setData(0, Qt::UserRole, e.id);
        item->setData(0, Qt::UserRole + 1, e.rowVersion);
    }
}

void CareDaysTab::add()
{
    CareEventDraft d;
    d.customerId = m_customerId;
    d.contactId = m_contact->currentData().toString();
    d.kind = static_cast<CareKind>(m_kind->currentData().toInt());
    d.title = m_title->text();
    d.onDay = localdays::iso(m_day->date());
    d.yearly = m_yearly->isChecked();
    Result<CareEvent> r = CareEventService(*m_ctx.db, *m_ctx.clock).add(m_ctx.session, d);
    if (!r) {
        m_problem->report(r.error(), {{"title", m_title}, {"onDay", m_day}, {"contact", m_contact}});
        return;
    }
    m_problem->report(QString());
    m_title->clear();
    reload();
}

void CareDaysTab::removeSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    if (MessageBox::question(this, tr("Remove care day"),
                             tr("Remove \"%1\" from this customer's care days?").arg(item->text(3)))
        != QMessageBox::Yes)
        return;
    const Status s = CareEventService(*m_ctx.db, *m_ctx.clock)
                         .remove(m_ctx.session, item->data(0, Qt::UserRole).toString(),
                                 item->data(0, Qt::UserRole + 1).toLongLong());
    m_problem->report(s ? QString() : s.error().message);
    reload();
}

} // namespace guanxi
