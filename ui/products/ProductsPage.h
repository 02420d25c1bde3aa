// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/AppContext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace guanxi {

class LoadWhenShown;
class ProductListModel;

// 展厅: the products the company sells, found by code, name, specification or category. Managers
// and administrators add, change and delete them; salespeople look them up.
class ProductsPage : public QWidget {
    Q_OBJECT
public:
    ProductsPage(const AppContext &ctx, QWidget *parent = nullptr);

signals:
    void statusMessage(const QString &message);
    // A quote was made from the showroom ("Add to a new quote").
    void quotesChanged();

public slots:
    // Reads the page again now, or when it is next shown (LoadWhenShown).
    void reload();
    void newProduct();
    void openProduct();
    // A new quote with a line for each selected product (quantity 1, the starting price).
    void addSelectedToQuote();

private:
    void load(); // what reload() reads
    void removeProduct();
    // The categories in the filter as they are now, keeping the one chosen.
    void reloadCategories();
    void select(const QString &productId);

    AppContext m_ctx;
    ProductListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_category = nullptr;
    QCheckBox *m_showInactive = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    LoadWhenShown *m_whenShown;
};

} // namespace guanxi
