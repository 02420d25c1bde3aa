// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/contacts/ContactsTab.h"

#include "core/contacts/ContactService.h"
#include "ui/common/ErrorBox.h"
#include "ui/common/MessageBox.h"
#include "ui/contacts/ContactDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace guanxi {

ContactsTab::ContactsTab(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    auto *layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("contactsList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Title"), tr("Level"), tr("Mobile"), tr("E-mail")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add contact…"), this);
    m_add->setObjectName(QStringLiteral("addContact"));
    m_remove = new QPushButton(tr("&Remove"), this);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] { openContact({}); });
    connect(m_remove, &QPushButton::clicked, this, &ContactsTab::removeSelected);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { openContact(item->data(0, Qt::UserRole).toString()); });
}

void ContactsTab::setCustomer(const QString &customerId, bool canEdit)
{
    m_customerId = customerId;
    m_canEdit = canEdit;
    m_add->setEnabled(canEdit && !customerId.isEmpty());
    m_remove->setEnabled(canEdit && !customerId.isEmpty());
    reload();
}

void ContactsTab::reload()
{
    m_list->clear();
    if (m_customerId.isEmpty())
        return;
    Result<QList<Contact>> contacts =
        ContactService(*m_ctx.db, *m_ctx.clock).listForCustomer(m_ctx.session, m_customerId);
    if (!contacts)
        return;
    for (const Contact &c : *contacts) {
        QStringList mobiles, emails;
        for (const ContactChannel &ch : c.fields.channels) {
            if (ch.kind == ChannelKind::Mobile)
                mobiles.append(ch.value);
            else if (ch.kind == ChannelKind::Email)
                emails.append(ch.value);
        }
        auto *item = new QTreeWidgetItem(m_list,
                                         {c.fields.name, c.fields.title, displayName(c.fields.level),
                                          mobiles.join(QStringLiteral(", ")), emails.join(QStringLiteral(", "))});
        item->setData(0, Qt::UserRole, c.id);
        item->setData(0, Qt::UserRole + 1, c.rowVersion);
    }
}

void ContactsTab::openContact(const QString &contactId)
{
    ContactDialog dialog(m_ctx, m_customerId, contactId, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit changed();
    }
}

void ContactsTab::removeSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    if (MessageBox::question(this, tr("Remove contact"),
                             tr("Remove %1 from this customer's contacts?").arg(item->text(0)))
        != QMessageBox::Yes)
        return;
    Result<Contact> r = ContactService(*m_ctx.db, *m_ctx.clock)
                            .remove(m_ctx.session, item->data(0, Qt::UserRole).toString(),
                                    item->data(0, Qt::UserRole + 1).toLongLong());
    if (!r)
        showError(this, tr("The contact was not removed"), r.error());
    reload();
    emit changed();
}

} // namespace guanxi
