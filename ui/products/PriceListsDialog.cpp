// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/products/PriceListsDialog.h"

#include "core/customers/Customer.h"
#include "core/money/Money.h"
#include "core/pricing/PriceListService.h"
#include "core/products/ProductService.h"
#include "core/users/AccessPolicy.h"
#include "ui/common/ErrorBox.h"
#include "ui/common/FormProblem.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guanxi {

namespace {
enum PriceColumn {
    CodeColumn,
    NameColumn,
    ListPriceColumn,
    ThisListColumn
};
constexpr int ProductIdRole = Qt::UserRole + 1;
constexpr int CurrencyRole = Qt::UserRole + 2;
} // namespace

PriceListsDialog::PriceListsDialog(const AppContext &ctx, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("priceListsDialog"));
    setWindowTitle(tr("Price lists"));
    auto *layout = new QVBoxLayout(this);
    auto *split = new QSplitter(this);
    m_lists = new QListWidget(split);
    m_lists->setObjectName(QStringLiteral("priceLists"));
    m_prices = new QTableWidget(0, 4, split);
    m_prices->setObjectName(QStringLiteral("priceListPrices"));
    m_prices->setHorizontalHeaderLabels({tr("Code"), tr("Product"), tr("List price"), tr("Price on this list")});
    m_prices->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_prices->verticalHeader()->hide();
    split->addWidget(m_lists);
    split->addWidget(m_prices);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    m_problem = new FormProblem(this, "priceListProblem");
    layout->addWidget(m_problem);
    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("&New price list…"), this);
    add->setObjectName(QStringLiteral("newPriceList"));
    row->addWidget(add);
    row->addStretch();
    auto *close = new QPushButton(tr("Close"), this);
    row->addWidget(close);
    layout->addLayout(row);
    const bool manages = AccessPolicy(ctx.session).leadsTeam();
    add->setVisible(manages);
    m_prices->setEditTriggers(manages ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);

    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_lists, &QListWidget::currentRowChanged, this, &PriceListsDialog::showPrices);
    connect(m_prices, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_filling && item->column() == ThisListColumn)
            setPrice(item->row(), item->text());
    });
    connect(add, &QPushButton::clicked, this, [this] {
        QDialog ask(this);
        ask.setWindowTitle(tr("New price list"));
        auto *form = new QFormLayout(&ask);
        auto *name = new QLineEdit(&ask);
        auto *kind = new QComboBox(&ask);
        kind->addItem(tr("Channel prices (chosen on a quote)"), -1);
        for (Tier t : {Tier::Normal, Tier::Important, Tier::Vip})
            kind->addItem(tr("Member prices for %1 customers").arg(tierDisplayName(t)), int(t));
        form->addRow(tr("Name"), name);
        form->addRow(tr("Kind"), kind);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
        connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
        form->addRow(buttons);
        if (ask.exec() == QDialog::Accepted)
            newList(name->text(), kind->currentData().toInt() >= 0, kind->currentData().toInt());
    });
    reloadLists();
    resize(900, 560);
}

void PriceListsDialog::reloadLists(const QString &select)
{
    m_lists->clear();
    Result<QList<PriceList>> lists = PriceListService(*m_ctx.db, *m_ctx.clock).lists();
    if (!lists)
        return;
    for (const PriceList &l : *lists) {
        const QString label = l.kind == PriceList::Kind::Tier
            ? tr("%1 (members: %2)").arg(l.name, tierDisplayName(static_cast<Tier>(*l.customerTier)))
            : tr("%1 (channel)").arg(l.name);
        auto *item = new QListWidgetItem(label, m_lists);
        item->setData(Qt::UserRole, l.id);
        item->setData(CurrencyRole, l.currency);
        if (l.id == select)
            m_lists->setCurrentItem(item);
    }
    if (!m_lists->currentItem() && m_lists->count() > 0)
        m_lists->setCurrentRow(0);
    showPrices();
}

void PriceListsDialog::showPrices()
{
    m_filling = true;
    m_prices->setRowCount(0);
    const QListWidgetItem *list = m_lists->currentItem();
    if (list) {
        QHash<QString, qint64> onList;
        if (Result<QList<PriceListItem>> items =
                PriceListService(*m_ctx.db, *m_ctx.clock).items(list->data(Qt::UserRole).toString()))
            for (const PriceListItem &i : *items)
                onList.insert(i.productId, i.priceMinor);
        if (Result<QList<Product>> products = ProductService(*m_ctx.db, *m_ctx.clock).list(m_ctx.session)) {
            for (const Product &p : *products) {
                if (p.fields.currency != list->data(CurrencyRole).toString())
                    continue;
                const int row = m_prices->rowCount();
                m_prices->insertRow(row);
                const auto fixed = [&](int column, const QString &text) {
                    auto *item = new QTableWidgetItem(text);
                    item->setFlags(Qt::ItemIsEnabled);
                    item->setData(ProductIdRole, p.id);
                    m_prices->setItem(row, column, item);
                };
                fixed(CodeColumn, p.fields.code);
                fixed(NameColumn, p.fields.name);
                fixed(ListPriceColumn, MoneyText::format({p.fields.listPriceMinor, p.fields.currency}));
                auto *price = new QTableWidgetItem(
                    onList.contains(p.id) ? MoneyText::format({onList.value(p.id), p.fields.currency}) : QString());
                price->setData(ProductIdRole, p.id);
                m_prices->setItem(row, ThisListColumn, price);
            }
        }
    }
    m_filling = false;
}

void PriceListsDialog::newList(const QString &name, bool tier, int customerTier)
{
    PriceList l;
    l.name = name;
    l.kind = tier ? PriceList::Kind::Tier : PriceList::Kind::Channel;
    if (tier)
        l.customerTier = customerTier;
    Result<PriceList> made = PriceListService(*m_ctx.db, *m_ctx.clock).create(m_ctx.session, l);
    if (!made) {
        m_problem->report(made.error().message);
        return;
    }
    m_problem->report(QString());
    reloadLists(made->id);
}

void PriceListsDialog::setPrice(int productRow, const QString &text)
{
    const QListWidgetItem *list = m_lists->currentItem();
    QTableWidgetItem *item = m_prices->item(productRow, ThisListColumn);
    if (!list || !item)
        return;
    qint64 price = -1;
    if (!text.trimmed().isEmpty()) {
        Result<qint64> parsed = MoneyText::parse(text, list->data(CurrencyRole).toString());
        if (!parsed) {
            m_problem->report(parsed.error().message, m_prices);
            return;
        }
        price = *parsed;
    }
    Status s =
        PriceListService(*m_ctx.db, *m_ctx.clock)
            .setPrice(m_ctx.session, list->data(Qt::UserRole).toString(), item->data(ProductIdRole).toString(), price);
    if (!s) {
        m_problem->report(s.error().message);
        return;
    }
    m_problem->report(QString());
    m_filling = true;
    item->setText(price >= 0 ? MoneyText::format({price, list->data(CurrencyRole).toString()}) : QString());
    m_filling = false;
}

} // namespace guanxi
