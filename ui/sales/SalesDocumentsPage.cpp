// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sales/SalesDocumentsPage.h"

#include "core/orders/OrderService.h"
#include "core/quotes/QuoteService.h"
#include "models/sales/OrderListModel.h"
#include "models/sales/QuoteListModel.h"
#include "ui/common/ErrorBox.h"
#include "ui/common/LoadWhenShown.h"
#include "ui/common/WindowedListView.h"
#include "ui/sales/OrderDialog.h"
#include "ui/sales/QuoteDialog.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace guanxi {

SalesDocumentsPage::SalesDocumentsPage(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_quotes(new QuoteListModel(this))
    , m_orders(new OrderListModel(this))
{
    m_whenShown = new LoadWhenShown(
        this, [this] { load(); }, LoadWhenShown::Reading::EveryTimeShown);
    setObjectName(QStringLiteral("salesDocumentsPage"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("salesDocumentsTabs"));

    auto *quotesTab = new QWidget(m_tabs);
    auto *quotesLayout = new QVBoxLayout(quotesTab);
    m_quoteTable =
        windowedListView(m_quotes, QStringLiteral("quotesTable"), {20, 24, 11, 11, 15, 16, 10, 10}, quotesTab);
    quotesLayout->addWidget(m_quoteTable, 1);
    auto *quoteButtons = new QHBoxLayout;
    auto *newQuoteButton = new QPushButton(tr("&New quote…"), quotesTab);
    newQuoteButton->setObjectName(QStringLiteral("newQuote"));
    auto *openQuoteButton = new QPushButton(tr("&Open…"), quotesTab);
    openQuoteButton->setObjectName(QStringLiteral("openQuote"));
    quoteButtons->addWidget(newQuoteButton);
    quoteButtons->addWidget(openQuoteButton);
    quoteButtons->addStretch();
    quotesLayout->addLayout(quoteButtons);
    m_tabs->addTab(quotesTab, tr("&Quotes"));
    // Each list is read when its tab is on screen: at a million orders the orders list's count is
    // most of what the page costs, and it waits until the user turns to it.
    m_quotesWhenShown = new LoadWhenShown(
        quotesTab, [this] { m_quotes->setQuery(QuoteService(*m_ctx.db, *m_ctx.clock).pagedList(m_ctx.session)); });

    auto *ordersTab = new QWidget(m_tabs);
    m_ordersWhenShown = new LoadWhenShown(
        ordersTab, [this] { m_orders->setQuery(OrderService(*m_ctx.db, *m_ctx.clock).pagedList(m_ctx.session)); });
    auto *ordersLayout = new QVBoxLayout(ordersTab);
    m_orderTable = windowedListView(m_orders, QStringLiteral("ordersTable"), {20, 28, 11, 15, 10, 10}, ordersTab);
    ordersLayout->addWidget(m_orderTable, 1);
    auto *orderButtons = new QHBoxLayout;
    auto *openOrderButton = new QPushButton(tr("O&pen…"), ordersTab);
    openOrderButton->setObjectName(QStringLiteral("openOrder"));
    orderButtons->addWidget(openOrderButton);
    orderButtons->addStretch();
    ordersLayout->addLayout(orderButtons);
    m_tabs->addTab(ordersTab, tr("O&rders"));
    layout->addWidget(m_tabs);

    connect(newQuoteButton, &QPushButton::clicked, this, [this] { newQuote(); });
    const auto openSelectedQuote = [this] {
        if (const Quote *q = m_quotes->quoteAt(m_quoteTable->currentIndex().row()))
            openQuote(q->id);
    };
    const auto openSelectedOrder = [this] {
        if (const Order *o = m_orders->orderAt(m_orderTable->currentIndex().row()))
            openOrder(o->id);
    };
    connect(m_quotes, &QuoteListModel::errorOccurred, this, &SalesDocumentsPage::statusMessage);
    connect(m_orders, &OrderListModel::errorOccurred, this, &SalesDocumentsPage::statusMessage);
    connect(openQuoteButton, &QPushButton::clicked, this, openSelectedQuote);
    connect(m_quoteTable, &QTableView::doubleClicked, this, openSelectedQuote);
    connect(openOrderButton, &QPushButton::clicked, this, openSelectedOrder);
    connect(m_orderTable, &QTableView::doubleClicked, this, openSelectedOrder);
    reload();
}

void SalesDocumentsPage::reload()
{
    m_whenShown->request();
}

void SalesDocumentsPage::load()
{
    // Every quote and order, read a page at a time as the lists scroll (a failed read reports itself
    // through the models' errorOccurred); the list on the hidden tab when that tab is shown.
    m_quotesWhenShown->request();
    m_ordersWhenShown->request();
}

void SalesDocumentsPage::newQuote(const QString &customerId, const QString &opportunityId)
{
    QuoteDialog dialog(m_ctx, {}, customerId, opportunityId, this);
    connect(&dialog, &QuoteDialog::changed, this, &SalesDocumentsPage::reload);
    dialog.exec();
    reload();
    if (!dialog.orderId().isEmpty()) {
        emit dealsChanged();
        openOrder(dialog.orderId());
    }
}

void SalesDocumentsPage::openQuote(const QString &id)
{
    QuoteDialog dialog(m_ctx, id, {}, {}, this);
    connect(&dialog, &QuoteDialog::changed, this, &SalesDocumentsPage::reload);
    dialog.exec();
    reload();
    if (!dialog.orderId().isEmpty()) {
        emit dealsChanged();
        m_tabs->setCurrentIndex(1);
        openOrder(dialog.orderId());
    }
}

void SalesDocumentsPage::openOrder(const QString &id)
{
    OrderDialog dialog(m_ctx, id, this);
    connect(&dialog, &OrderDialog::changed, this, &SalesDocumentsPage::reload);
    dialog.exec();
    reload();
    m_orderTable->selectRow(m_orders->rowOf(id));
}

} // namespace guanxi
