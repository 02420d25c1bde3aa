// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sales/OrderDialog.h"

#include "core/i18n/DateTimeText.h"
#include "core/money/ChineseCapitals.h"
#include "core/money/Money.h"
#include "core/money/Quantities.h"
#include "core/orders/OrderService.h"
#include "ui/common/ErrorBox.h"
#include "ui/printing/PrintActions.h"
#include "ui/printing/PrintLogDialog.h"
#include "ui/sales/DeliveryDialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guanxi {

namespace {

QTableWidget *readOnlyTable(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(QLatin1String(name));
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        if (c > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, c, item);
    }
}

} // namespace

OrderDialog::OrderDialog(const AppContext &ctx, const QString &orderId, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_print(new PrintActions(ctx, this))
{
    setObjectName(QStringLiteral("orderDialog"));
    auto *layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("orderHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    layout->addWidget(m_header);
    m_lines = readOnlyTable(this, "orderLines",
                            {tr("Product"), tr("Ordered"), tr("Delivered"), tr("Still to deliver"), tr("Amount")});
    layout->addWidget(m_lines, 2);
    auto *lower = new QGridLayout;
    lower->addWidget(new QLabel(tr("Delivery notes"), this), 0, 0);
    lower->addWidget(new QLabel(tr("Receivables"), this), 0, 1);
    m_deliveries = new QListWidget(this);
    m_deliveries->setObjectName(QStringLiteral("orderDeliveries"));
    lower->addWidget(m_deliveries, 1, 0);
    m_receivables =
        readOnlyTable(this, "orderReceivables", {tr("For"), tr("Due"), tr("Amount"), tr("Paid"), tr("Owed")});
    lower->addWidget(m_receivables, 1, 1);
    // The payment history: each payment with the instalment it paid.
    lower->addWidget(new QLabel(tr("Payments"), this), 0, 2);
    m_payments =
        readOnlyTable(this, "orderPayments", {tr("Paid on"), tr("For"), tr("Amount"), tr("Method"), tr("Reference")});
    m_payments->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_payments->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    lower->addWidget(m_payments, 1, 2);
    lower->setColumnStretch(0, 2);
    lower->setColumnStretch(1, 3);
    lower->setColumnStretch(2, 3);
    layout->addLayout(lower, 1);

    auto *actions = new QHBoxLayout;
    const auto button = [this, actions](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        actions->addWidget(b);
        return b;
    };
    m_deliver = button(tr("&Deliver…"), "deliverOrder");
    connect(m_deliver, &QPushButton::clicked, this, &OrderDialog::deliver);
    m_pay = button(tr("Record &payment…"), "recordPayment");
    connect(m_pay, &QPushButton::clicked, this, &OrderDialog::recordPayment);
    connect(button(tr("Print &contract…"), "printContract"), &QPushButton::clicked, this, &OrderDialog::printContract);
    connect(button(tr("Contract P&DF…"), "contractPdf"), &QPushButton::clicked, this,
            [this] { m_print->exportPdf(PrintKind::Order, m_order.id); });
    connect(button(tr("Print delivery &note…"), "printDelivery"), &QPushButton::clicked, this,
            [this] { printDelivery(false); });
    connect(button(tr("&Warehouse copy…"), "printWarehouseCopy"), &QPushButton::clicked, this,
            [this] { printDelivery(true); });
    connect(button(tr("Delivery note PD&F…"), "deliveryPdf"), &QPushButton::clicked, this,
            [this] { deliveryPdf(false); });
    connect(button(tr("Print lo&g…"), "orderPrintLog"), &QPushButton::clicked, this, [this] {
        QStringList ids = {m_order.id};
        for (const Delivery &d : std::as_const(m_order.deliveries))
            ids.append(d.id);
        PrintLogDialog dialog(m_ctx, ids, this);
        dialog.exec();
    });
    actions->addStretch();
    m_close = button(tr("C&lose order"), "closeOrder");
    connect(m_close, &QPushButton::clicked, this, &OrderDialog::closeOrder);
    connect(button(tr("Close"), "closeOrderDialog"), &QPushButton::clicked, this, &QDialog::accept);
    layout->addLayout(actions);

    if (Result<Order> o = OrderService(*ctx.db, *ctx.clock).get(ctx.session, orderId))
        show(*o);
    else
        m_header->setText(o.error().message);
    resize(1000, 640);
}

void OrderDialog::reload()
{
    if (Result<Order> o = OrderService(*m_ctx.db, *m_ctx.clock).get(m_ctx.session, m_order.id))
        show(*o);
    emit changed();
}

void OrderDialog::show(const Order &o)
{
    m_order = o;
    const OrderActions allowed = OrderService::allowedActions(m_ctx.session, o);
    m_deliver->setEnabled(allowed.deliver);
    m_pay->setEnabled(allowed.pay);
    m_close->setEnabled(allowed.close);
    setWindowTitle(tr("Order %1 — %2").arg(o.number, o.customerName));
    const QString words =
        o.currency == QLatin1String("CNY") ? tr(" (%1)").arg(chineseCapitals(o.totals.total)) : QString();
    m_header->setText(tr("Order %1 of %2 for %3, by %4.\nTotal %5%6 · paid %7 · owed %8 · state: %9")
                          .arg(o.number, DateTimeText::dateOfIso(o.orderedOn), o.customerName, o.ownerName,
                               MoneyText::formatWithSymbol({o.totals.total, o.currency}), words,
                               MoneyText::formatWithSymbol({o.paidMinor(), o.currency}),
                               MoneyText::formatWithSymbol({o.outstandingMinor(), o.currency}),
                               orderStatusDisplayName(o.status)));
    m_lines->setRowCount(int(o.lines.size()));
    for (int r = 0; r < o.lines.size(); ++r) {
        const OrderLine &l = o.lines.at(r);
        setRow(m_lines, r,
               {QStringLiteral("%1  %2").arg(l.productCode, l.description),
                QStringLiteral("%1 %2").arg(quantities::text(l.quantityMilli), l.unit),
                QStringLiteral("%1 %2").arg(quantities::text(l.deliveredMilli), l.unit),
                QStringLiteral("%1 %2").arg(quantities::text(l.remainingMilli()), l.unit),
                MoneyText::format({l.amounts.total, o.currency})});
    }
    m_deliveries->clear();
    for (const Delivery &d : o.deliveries) {
        auto *item = new QListWidgetItem(tr("%1 on %2 (%n line(s))", nullptr, int(d.lines.size()))
                                             .arg(d.number, DateTimeText::dateOfIso(d.deliveredOn)),
                                         m_deliveries);
        item->setData(Qt::UserRole, d.id);
    }
    if (m_deliveries->count() > 0)
        m_deliveries->setCurrentRow(m_deliveries->count() - 1);
    m_receivables->setRowCount(int(o.receivables.size()));
    for (int r = 0; r < o.receivables.size(); ++r) {
        const Receivable &rc = o.receivables.at(r);
        setRow(m_receivables, r,
               {rc.description, DateTimeText::dateOfIso(rc.dueOn), MoneyText::format({rc.amountMinor, rc.currency}),
                MoneyText::format({rc.paidMinor, rc.currency}),
                MoneyText::format({rc.outstandingMinor(), rc.currency})});
    }
    QHash<QString, QString> instalment;
    for (const Receivable &rc : o.receivables)
        instalment.insert(rc.id, rc.description);
    m_payments->setRowCount(int(o.payments.size()));
    for (int r = 0; r < o.payments.size(); ++r) {
        const Payment &p = o.payments.at(r);
        setRow(m_payments, r,
               {DateTimeText::dateOfIso(p.paidOn), instalment.value(p.receivableId),
                MoneyText::format({p.amountMinor, o.currency}), p.method, p.reference});
        // Only the amount is a figure; the rest reads from the left.
        for (int c : {1, 3, 4})
            m_payments->item(r, c)->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    }
}

QString OrderDialog::selectedDeliveryId() const
{
    const QListWidgetItem *item = m_deliveries->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void OrderDialog::deliver()
{
    DeliveryDialog dialog(m_ctx, m_order, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void OrderDialog::recordPayment()
{
    PaymentDialog dialog(m_ctx, m_order, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void OrderDialog::closeOrder()
{
    Result<Order> o = OrderService(*m_ctx.db, *m_ctx.clock).close(m_ctx.session, m_order.id, m_order.rowVersion);
    if (!o) {
        showError(this, tr("The order stays open"), o.error());
        return;
    }
    reload();
}

void OrderDialog::printContract()
{
    m_print->preview(PrintKind::Order, m_order.id);
}

void OrderDialog::printDelivery(bool warehouseCopy)
{
    const QString id = selectedDeliveryId();
    if (id.isEmpty()) {
        showError(this, tr("Nothing to print"),
                  Error{ErrorCode::Invalid, tr("The order has no delivery note yet."), {}});
        return;
    }
    m_print->preview(PrintKind::Delivery, id, warehouseCopy);
}

void OrderDialog::deliveryPdf(bool warehouseCopy)
{
    const QString id = selectedDeliveryId();
    if (id.isEmpty()) {
        showError(this, tr("Nothing to print"),
                  Error{ErrorCode::Invalid, tr("The order has no delivery note yet."), {}});
        return;
    }
    m_print->exportPdf(PrintKind::Delivery, id, warehouseCopy);
}

} // namespace guanxi
