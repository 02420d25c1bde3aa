// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/orders/Order.h"
#include "ui/common/AppContext.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace guanxi {

class PrintActions;

// One order (合同订单): its lines with what is delivered and what is left, the delivery notes,
// the receivables with what is paid, and the state. From here the user delivers (part of) it,
// records payments, prints the contract and the delivery notes (also the warehouse copy), and
// closes it once everything is delivered and paid.
class OrderDialog : public QDialog {
    Q_OBJECT
public:
    OrderDialog(const AppContext &ctx, const QString &orderId, QWidget *parent = nullptr);

    const Order &order() const { return m_order; }

public slots:
    void deliver();
    void recordPayment();
    void closeOrder();
    void printContract();
    void printDelivery(bool warehouseCopy);
    void deliveryPdf(bool warehouseCopy);

signals:
    void changed();

private:
    void reload();
    void show(const Order &o);
    QString selectedDeliveryId() const;

    AppContext m_ctx;
    Order m_order;
    QLabel *m_header;
    QTableWidget *m_lines;
    QListWidget *m_deliveries;
    QTableWidget *m_receivables;
    QTableWidget *m_payments = nullptr; // what came in, when, how
    // Enabled as OrderService::allowedActions says for the order shown.
    QPushButton *m_deliver = nullptr;
    QPushButton *m_pay = nullptr;
    QPushButton *m_close = nullptr;
    PrintActions *m_print;
};

} // namespace guanxi
