// SPDX-License-Identifier: GPL-3.0-or-later
// XLSX import: zip archive, sheets, shared strings, worksheet XML, cell references, merged
// ranges, title rows; the rows read into drafts.
#include "core/importexport/XlsxReader.h"

#include "PlanRows.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    guanxi::Result<guanxi::ImportTable> table = guanxi::XlsxReader::read(bytes);
    if (table) {
        for (const guanxi::ImportRow &r : table->rows)
            if (r.line <= 0)
                __builtin_trap();
        planRowsOf(*table);
    }
    return 0;
}
