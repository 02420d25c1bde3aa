// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/importexport/ImportTable.h"

#include <QCoreApplication>

namespace guanxi {

// A worksheet of an .xlsx workbook as an import table (see SheetTables for how its header is
// found): the one named, else the one shown when the workbook was saved if it holds data, else
// the first that does. Cell values come out as text: shared and inline strings as they are, numbers in their
// shortest form, booleans as TRUE/FALSE (dates stay Excel serial numbers; the importer reads
// them). Only what an import needs of Office Open XML, read with minizip and QXmlStreamReader.
class XlsxReader {
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    static Result<ImportTable> read(const QByteArray &bytes, const QString &sheetName = {});
};

} // namespace guanxi
