// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/importexport/ImportTable.h"

#include <QCoreApplication>

namespace guanxi {

// A worksheet of an old Excel workbook (.xls, Excel 97–2003), read with FreeXL: the sheet named,
// else the first that holds data; its header found as for XLSX (SheetTables). Dates come out as
// yyyy-MM-dd, numbers in their shortest form. FreeXL reads from a path, not from memory.
class XlsReader {
    Q_DECLARE_TR_FUNCTIONS(XlsReader)
public:
    static Result<ImportTable> read(const QString &path, const QString &sheetName = {});
};

} // namespace guanxi
