// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/importexport/ImportTable.h"

#include <QCoreApplication>
#include <QList>

#include <map>

namespace guanxi {

// A worksheet's cells as a spreadsheet file holds them (XLSX or the old .xls), before they become
// an import table: rows numbered as the sheet shows them (from 1), columns from 0, only
// non-empty cells, and the merged ranges.
struct SheetCells {
    struct Range {
        int top = 0, left = 0, bottom = 0, right = 0; // inclusive
    };
    std::map<int, std::map<int, QString>> cells; // row -> column -> text
    QList<Range> merged;

    bool isEmpty() const { return cells.empty(); }
};

// How Chinese templates and exports lay a sheet out, read as a header and rows: a merged cell
// holds its value in every cell it covers (a company merged over its three contacts' rows is
// each row's company); title and note rows above the header ("客户导入模板", "带*为必填") are
// skipped; a two-row header under merged group titles ("联系人信息" over 姓名/手机/邮箱) is read as
// one, the lower names first.
class SheetTables {
    Q_DECLARE_TR_FUNCTIONS(SheetTables)
public:
    // `maxColumns`: cells beyond it were dropped by the reader already; merges stop there too.
    static ImportTable toTable(SheetCells sheet, int maxColumns);
};

} // namespace guanxi
