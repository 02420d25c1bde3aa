// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/AppContext.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace guanxi {

// The contacts tab of the customer card: the people at the customer, with their level, role and
// how to reach them; add, open and remove.
class ContactsTab : public QWidget {
    Q_OBJECT
public:
    ContactsTab(const AppContext &ctx, QWidget *parent = nullptr);
    void setCustomer(const QString &customerId, bool canEdit);

signals:
    void changed();

private:
    void reload();
    void openContact(const QString &contactId);
    void removeSelected();

    AppContext m_ctx;
    QString m_customerId;
    bool m_canEdit = false;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace guanxi
