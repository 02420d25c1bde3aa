// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/AppContext.h"

#include <QDialog>

class QListWidget;
class QTableWidget;

namespace guanxi {

class FormProblem;

// Price lists (价目表) for managers: member prices per customer tier and channel prices, each a
// price per product; a product with no price on a list keeps its list price there. Salespeople
// see the lists and their prices.
class PriceListsDialog : public QDialog {
    Q_OBJECT
public:
    explicit PriceListsDialog(const AppContext &ctx, QWidget *parent = nullptr);

    void newList(const QString &name, bool tier, int customerTier);
    // Sets a product's price on the selected list as typed ("" takes it off the list).
    void setPrice(int productRow, const QString &price);

private:
    void reloadLists(const QString &select = {});
    void showPrices();

    AppContext m_ctx;
    QListWidget *m_lists;
    QTableWidget *m_prices;
    FormProblem *m_problem;
    bool m_filling = false;
};

} // namespace guanxi
