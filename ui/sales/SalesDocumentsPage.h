// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/AppContext.h"

#include <QWidget>

class QTableView;
class QTabWidget;

namespace guanxi {

class LoadWhenShown;
class OrderListModel;
class QuoteListModel;

// Quotes and orders (报价与订单): the quotes the user may see, current versions, newest first,
// with what waits for approval marked; and the orders with their state. Opens the quote and order
// dialogs, where everything is done.
class SalesDocumentsPage : public QWidget {
    Q_OBJECT
public:
    explicit SalesDocumentsPage(const AppContext &ctx, QWidget *parent = nullptr);

    QuoteListModel *quotes() const { return m_quotes; }
    OrderListModel *orders() const { return m_orders; }

public slots:
    // Reads the page again now, or when it is next shown (LoadWhenShown).
    void reload();
    void newQuote(const QString &customerId = {}, const QString &opportunityId = {});
    void openQuote(const QString &id);
    void openOrder(const QString &id);

signals:
    void statusMessage(const QString &message);
    // Something that moves the funnel changed (a quote became an order: its deal is won).
    void dealsChanged();

private:
    void load(); // what reload() reads
    AppContext m_ctx;
    QTabWidget *m_tabs;
    QuoteListModel *m_quotes;
    OrderListModel *m_orders;
    QTableView *m_quoteTable;
    QTableView *m_orderTable;
    LoadWhenShown *m_whenShown;
    LoadWhenShown *m_quotesWhenShown;
    LoadWhenShown *m_ordersWhenShown;
};

} // namespace guanxi
