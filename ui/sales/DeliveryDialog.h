// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/orders/Order.h"
#include "ui/common/AppContext.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTableWidget;

namespace guanxi {

class FormProblem;

// A delivery note for an order: how much of each line leaves now (at most what is still to
// deliver; the rest stays for a later delivery), the day and the address.
class DeliveryDialog : public QDialog {
    Q_OBJECT
public:
    DeliveryDialog(const AppContext &ctx, const Order &order, QWidget *parent = nullptr);

    // Sets the quantity to deliver now on one line, as the user types it.
    void setQuantity(int row, const QString &quantity);
    const Order &order() const { return m_order; }

public slots:
    void accept() override;

private:
    AppContext m_ctx;
    Order m_order;
    QTableWidget *m_lines;
    QDateEdit *m_date;
    QLineEdit *m_address;
    FormProblem *m_problem;
};

// A payment against one of an order's receivables.
class PaymentDialog : public QDialog {
    Q_OBJECT
public:
    PaymentDialog(const AppContext &ctx, const Order &order, QWidget *parent = nullptr);

    const Order &order() const { return m_order; }

public slots:
    void accept() override;

private:
    AppContext m_ctx;
    Order m_order;
    QComboBox *m_receivable;
    QLineEdit *m_amount;
    QDateEdit *m_date;
    QLineEdit *m_method;
    QLineEdit *m_reference;
    FormProblem *m_problem;
};

} // namespace guanxi
