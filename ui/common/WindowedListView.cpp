// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/WindowedListView.h"

#include <QHeaderView>
#include <QTableView>

namespace guanxi {

QTableView *windowedListView(QAbstractItemModel *model, const QString &objectName, std::initializer_list<int> widths,
                             QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->setObjectName(objectName);
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 10);
    t->horizontalHeader()->setStretchLastSection(true);
    const int character = t->fontMetrics().averageCharWidth();
    int column = 0;
    for (int w : widths)
        t->setColumnWidth(column++, w * character + 16);
    return t;
}

} // namespace guanxi
