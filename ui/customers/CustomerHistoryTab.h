// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/AppContext.h"

#include <QVariant>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace guanxi {

// 历史: who changed which field of the customer, from what to what, and when (from the audit
// log); a value can be put back from here, through the service, so versions hold.
class CustomerHistoryTab : public QWidget {
    Q_OBJECT
public:
    explicit CustomerHistoryTab(const AppContext &ctx, QWidget *parent = nullptr);
    void setCustomer(const QString &customerId, bool canEdit);
    void reload();
    int rowCount() const;
    void selectRow(int row);

signals:
    // The user wants `field` to have `value` again.
    void putBackRequested(const QString &field, const QVariant &value);

private:
    AppContext m_ctx;
    QString m_customerId;
    bool m_canEdit = false;
    QTableWidget *m_table = nullptr;
    QPushButton *m_putBack = nullptr;
};

} // namespace guanxi
