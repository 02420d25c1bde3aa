// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <initializer_list>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace guanxi {

// A read-only table over a windowed model (quotes, orders, leads): whole rows selected one at a
// time, fixed row heights and column widths. Nothing measures the rows, since fitting rows or
// columns to their contents reads every row of the list (24 s over 500,000 orders).
// `widths`: each column's width in average characters (a Chinese character counts two).
QTableView *windowedListView(QAbstractItemModel *model, const QString &objectName, std::initializer_list<int> widths,
                             QWidget *parent);

} // namespace guanxi
