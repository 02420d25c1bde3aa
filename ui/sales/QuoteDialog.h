// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/quotes/Quote.h"
#include "ui/common/AppContext.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QTimer;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace guanxi {

class CustomerPicker;
class FormProblem;
class PrintActions;

// One quote (报价单): the customer and contact, the deal it belongs to, the price list, lines
// from the showroom (quantity, price, discount, tax), totals with the amount in Chinese capitals,
// terms. From here it is saved, approved by a manager when a price is below the floor, sent,
// revised, printed or saved as PDF, and made into an order.
class QuoteDialog : public QDialog {
    Q_OBJECT
public:
    // An empty id makes a new quote, for `customerId` (and `opportunityId`) when given.
    QuoteDialog(const AppContext &ctx, const QString &quoteId, const QString &customerId = {},
                const QString &opportunityId = {}, QWidget *parent = nullptr);

    QString quoteId() const { return m_quote.id; }
    const Quote &quote() const { return m_quote; }
    // The order made from the quote in this dialog, if any.
    QString orderId() const { return m_orderId; }

    // Adds a line for a product (as the "Add" button does with the picked product).
    void addProduct(const QString &productId, qint64 quantityMilli = 1000);
    // Sets the discount of a line, in percent as a user types it.
    void setLineDiscount(int row, const QString &percent);

public slots:
    bool save();
    void requestApproval();
    void approve();
    void refuse();
    void markSent();
    void makeOrder();
    void revise();
    void printPreview();
    void savePdf();

signals:
    void changed();

private:
    void buildLines(QWidget *parent);
    void fillCustomerChoices();
    void load(const Quote &q);
    void showLines();
    void showState();
    // Who asked for approval and who answered, newest last, as one line each.
    QString approvalHistory() const;
    // The form as a draft; `report` says what is wrong beside the field (a preview does not).
    bool readDraft(QuoteDraft *d, bool report = true);
    void previewAmounts();
    // Saves first when there are changes; false when that failed.
    bool saved();

    AppContext m_ctx;
    Quote m_quote;
    QString m_orderId;
    bool m_dirty = false;
    CustomerPicker *m_customer;
    QComboBox *m_contact;
    QComboBox *m_opportunity;
    QComboBox *m_priceList;
    QComboBox *m_currency;
    QCheckBox *m_includesTax;
    QDateEdit *m_validUntil;
    QComboBox *m_productPicker;
    QTableWidget *m_lines;
    QLabel *m_totals;
    QTimer *m_preview = nullptr;
    QLabel *m_state;
    QPlainTextEdit *m_terms;
    QPlainTextEdit *m_notes;
    FormProblem *m_problem;
    QPushButton *m_requestApproval;
    QPushButton *m_approve;
    QPushButton *m_refuse;
    QPushButton *m_send;
    QPushButton *m_order;
    QPushButton *m_revise;
    PrintActions *m_print;
};

} // namespace guanxi
