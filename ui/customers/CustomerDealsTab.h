// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/AppContext.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace guanxi {

// The customer card's deals (销售): the customer's opportunities with their stage, its quotes
// (current versions) and its orders with their state. A new opportunity or quote starts here for
// this customer; double-clicking opens any of them.
class CustomerDealsTab : public QWidget {
    Q_OBJECT
public:
    explicit CustomerDealsTab(const AppContext &ctx, QWidget *parent = nullptr);

    void setCustomer(const QString &customerId, bool canEdit);
    QTreeWidget *tree() const { return m_tree; }

public slots:
    void reload();

private:
    void open(const QString &kind, const QString &id);

    AppContext m_ctx;
    QString m_customerId;
    QTreeWidget *m_tree;
    QPushButton *m_newOpportunity;
    QPushButton *m_newQuote;
};

} // namespace guanxi
