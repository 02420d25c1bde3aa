// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/products/ProductsPage.h"

#include "core/products/ProductService.h"
#include "models/products/ProductListModel.h"
#include "ui/common/ErrorBox.h"
#include "ui/common/LoadWhenShown.h"
#include "ui/common/MessageBox.h"
#include "ui/products/PriceListsDialog.h"
#include "ui/products/ProductDialog.h"
#include "ui/sales/QuoteDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace guanxi {

ProductsPage::ProductsPage(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    m_whenShown = new LoadWhenShown(this, [this] { load(); });
    setObjectName(QStringLiteral("productsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("productSearch"));
    m_search->setPlaceholderText(tr("Code, name, specification or category"));
    m_search->setClearButtonEnabled(true);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("productCategoryFilter"));
    m_showInactive = new QCheckBox(tr("Also those no longer offered"), this);
    m_showInactive->setObjectName(QStringLiteral("productShowInactive"));
    filters->addWidget(m_search, 1);
    filters->addWidget(new QLabel(tr("Category:"), this));
    filters->addWidget(m_category);
    filters->addWidget(m_showInactive);
    m_count = new QLabel(this);
    filters->addWidget(m_count);
    layout->addLayout(filters);

    m_model = new ProductListModel(*ctx.db, *ctx.clock, ctx.session, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("productsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // several to put on a quote
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    const auto button = [this, buttons](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        buttons->addWidget(b);
        return b;
    };
    const bool mayEdit = ProductService::maySeeCost(ctx.session);
    QPushButton *add = button(tr("&New product…"), "newProduct");
    QPushButton *open = button(mayEdit ? tr("&Edit…") : tr("&Open…"), "openProduct");
    QPushButton *remove = button(tr("&Delete"), "deleteProduct");
    QPushButton *priceLists = button(tr("&Price lists…"), "priceLists");
    buttons->addStretch();
    QPushButton *toQuote = button(tr("Add to a new &quote…"), "addToQuote");
    toQuote->setToolTip(tr("A new quote with the selected products, for a customer you choose"));
    connect(toQuote, &QPushButton::clicked, this, &ProductsPage::addSelectedToQuote);
    layout->addLayout(buttons);
    add->setVisible(mayEdit);
    remove->setVisible(mayEdit);

    connect(add, &QPushButton::clicked, this, &ProductsPage::newProduct);
    connect(priceLists, &QPushButton::clicked, this, [this] {
        PriceListsDialog dialog(m_ctx, this);
        dialog.exec();
    });
    connect(open, &QPushButton::clicked, this, &ProductsPage::openProduct);
    connect(remove, &QPushButton::clicked, this, &ProductsPage::removeProduct);
    connect(m_table, &QTableView::doubleClicked, this, &ProductsPage::openProduct);
    connect(m_search, &QLineEdit::textChanged, this, &ProductsPage::reload);
    connect(m_category, &QComboBox::currentIndexChanged, this, &ProductsPage::reload);
    connect(m_showInactive, &QCheckBox::toggled, this, &ProductsPage::reload);
    reloadCategories();
    reload();
}

void ProductsPage::reloadCategories()
{
    const QString chosen = m_category->currentData().toString();
    const QSignalBlocker block(m_category);
    m_category->clear();
    m_category->addItem(tr("All"), QString());
    if (Result<QStringList> categories = ProductService(*m_ctx.db, *m_ctx.clock).categories())
        for (const QString &c : *categories)
            m_category->addItem(c, c);
    m_category->setCurrentIndex(qMax(0, m_category->findData(chosen)));
}

void ProductsPage::reload()
{
    m_whenShown->request();
}

void ProductsPage::load()
{
    ProductFilter filter;
    filter.text = m_search->text();
    filter.category = m_category->currentData().toString();
    filter.activeOnly = !m_showInactive->isChecked();
    if (!m_model->reload(filter))
        showError(this, tr("The products cannot be shown"), m_model->lastError());
    // A catalogue is short: every code and name in full, with some air between the columns.
    m_table->resizeColumnsToContents();
    for (int c = 0; c + 1 < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, m_table->columnWidth(c) + 16);
    m_count->setText(tr("%n product(s)", nullptr, m_model->rowCount()));
}

void ProductsPage::addSelectedToQuote()
{
    QStringList ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        if (const Product *p = m_model->productAt(row.row()))
            ids.append(p->id);
    if (ids.isEmpty()) {
        emit statusMessage(tr("Select the products for the quote first (Ctrl+click for several)."));
        return;
    }
    QuoteDialog dialog(m_ctx, {}, {}, {}, this);
    for (const QString &id : std::as_const(ids))
        dialog.addProduct(id, 1000);
    dialog.exec();
    if (!dialog.quoteId().isEmpty()) {
        emit quotesChanged();
        emit statusMessage(tr("Quote %1 saved.").arg(dialog.quote().displayNumber()));
    }
}

void ProductsPage::select(const QString &productId)
{
    const int row = m_model->rowOf(productId);
    if (row >= 0)
        m_table->selectRow(row);
}

void ProductsPage::newProduct()
{
    ProductDialog dialog(m_ctx, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadCategories();
    reload();
    select(dialog.productId());
    emit statusMessage(tr("Product saved."));
}

void ProductsPage::openProduct()
{
    const Product *p = m_model->productAt(m_table->currentIndex().row());
    if (!p)
        return;
    const QString id = p->id;
    ProductDialog dialog(m_ctx, id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadCategories();
    reload();
    select(id);
    emit statusMessage(tr("Product saved."));
}

void ProductsPage::removeProduct()
{
    const Product *p = m_model->productAt(m_table->currentIndex().row());
    if (!p)
        return;
    if (MessageBox::question(this, tr("Delete product"),
                             tr("Delete %1 (%2) from the showroom? Documents that already name it keep it.")
                                 .arg(p->fields.name, p->fields.code))
        != QMessageBox::Yes)
        return;
    if (Status s = ProductService(*m_ctx.db, *m_ctx.clock).remove(m_ctx.session, p->id, p->rowVersion); !s) {
        showError(this, tr("The product was not deleted"), s.error());
        return;
    }
    reloadCategories();
    reload();
    emit statusMessage(tr("Product deleted."));
}

} // namespace guanxi
