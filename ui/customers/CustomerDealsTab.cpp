// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/CustomerDealsTab.h"

#include "core/money/Money.h"
#include "core/opportunities/OpportunityService.h"
#include "core/orders/OrderService.h"
#include "core/quotes/QuoteService.h"
#include "ui/opportunities/OpportunityDialog.h"
#include "ui/sales/OrderDialog.h"
#include "ui/sales/QuoteDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace guanxi {

namespace {
constexpr int KindRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;
} // namespace

CustomerDealsTab::CustomerDealsTab(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("customerDealsTab"));
    auto *layout = new QVBoxLayout(this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("customerDeals"));
    m_tree->setHeaderLabels({tr("What"), tr("Amount"), tr("Stage or state"), tr("Date"), tr("Salesperson")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setRootIsDecorated(true);
    layout->addWidget(m_tree, 1);
    auto *buttons = new QHBoxLayout;
    m_newOpportunity = new QPushButton(tr("New &opportunity…"), this);
    m_newOpportunity->setObjectName(QStringLiteral("customerNewOpportunity"));
    m_newQuote = new QPushButton(tr("New &quote…"), this);
    m_newQuote->setObjectName(QStringLiteral("customerNewQuote"));
    buttons->addWidget(m_newOpportunity);
    buttons->addWidget(m_newQuote);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (!item->data(0, IdRole).toString().isEmpty())
            open(item->data(0, KindRole).toString(), item->data(0, IdRole).toString());
    });
    connect(m_newOpportunity, &QPushButton::clicked, this, [this] {
        OpportunityDialog dialog(m_ctx, {}, m_customerId, this);
        if (dialog.exec() == QDialog::Accepted)
            reload();
    });
    connect(m_newQuote, &QPushButton::clicked, this, [this] {
        QuoteDialog dialog(m_ctx, {}, m_customerId, {}, this);
        dialog.exec();
        reload();
    });
}

void CustomerDealsTab::setCustomer(const QString &customerId, bool canEdit)
{
    m_customerId = customerId;
    m_newOpportunity->setEnabled(!customerId.isEmpty() && canEdit);
    m_newQuote->setEnabled(!customerId.isEmpty() && canEdit);
    reload();
}

void CustomerDealsTab::reload()
{
    m_tree->clear();
    if (m_customerId.isEmpty())
        return;
    const auto group = [this](const QString &title) {
        auto *g = new QTreeWidgetItem(m_tree, {title});
        QFont bold = g->font(0);
        bold.setBold(true);
        g->setFont(0, bold);
        g->setExpanded(true);
        return g;
    };
    const auto row = [](QTreeWidgetItem *parent, const char *kind, const QString &id, const QStringList &cells) {
        auto *item = new QTreeWidgetItem(parent, cells);
        item->setData(0, KindRole, QLatin1String(kind));
        item->setData(0, IdRole, id);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    };
    OpportunityService opportunities(*m_ctx.db, *m_ctx.clock);
    OpportunityFilter filter;
    filter.customerId = m_customerId;
    Result<Pipeline> pipeline = opportunities.pipeline();
    if (Result<QList<Opportunity>> deals = opportunities.list(m_ctx.session, filter); deals && pipeline) {
        QTreeWidgetItem *g = group(tr("Opportunities (%1)").arg(deals->size()));
        for (const Opportunity &o : *deals) {
            const PipelineStage *stage = pipeline->find(o.stage);
            row(g, "opportunity", o.id,
                {o.name, MoneyText::formatWithSymbol({o.amountMinor, o.currency}),
                 stage ? stage->displayName() : o.stage, o.closedOn.isEmpty() ? o.expectedCloseOn : o.closedOn,
                 o.ownerName});
        }
    }
    QuoteFilter quotesOf;
    quotesOf.customerId = m_customerId;
    if (Result<QList<Quote>> quotes = QuoteService(*m_ctx.db, *m_ctx.clock).list(m_ctx.session, quotesOf)) {
        QTreeWidgetItem *g = group(tr("Quotes (%1)").arg(quotes->size()));
        for (const Quote &q : *quotes)
            row(g, "quote", q.id,
                {q.displayNumber(), MoneyText::formatWithSymbol({q.totals.total, q.currency}),
                 quoteStatusDisplayName(q.status), q.issuedOn, q.ownerName});
    }
    if (Result<QList<Order>> orders = OrderService(*m_ctx.db, *m_ctx.clock).list(m_ctx.session, m_customerId)) {
        QTreeWidgetItem *g = group(tr("Orders (%1)").arg(orders->size()));
        for (const Order &o : *orders)
            row(g, "order", o.id,
                {o.number, MoneyText::formatWithSymbol({o.totals.total, o.currency}), orderStatusDisplayName(o.status),
                 o.orderedOn, o.ownerName});
    }
    for (int c = 1; c < m_tree->columnCount(); ++c)
        m_tree->resizeColumnToContents(c);
}

void CustomerDealsTab::open(const QString &kind, const QString &id)
{
    if (kind == QLatin1String("opportunity")) {
        OpportunityDialog dialog(m_ctx, id, {}, this);
        dialog.exec();
    } else if (kind == QLatin1String("quote")) {
        QuoteDialog dialog(m_ctx, id, {}, {}, this);
        dialog.exec();
    } else {
        OrderDialog dialog(m_ctx, id, this);
        dialog.exec();
    }
    reload();
}

} // namespace guanxi
