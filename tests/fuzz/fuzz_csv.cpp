// SPDX-License-Identifier: GPL-3.0-or-later
// CSV import: decoding (UTF-8, UTF-16, GB18030, detected), parsing, header mapping, rows read into
// drafts, and the rejects file.
#include "core/importexport/ColumnMapping.h"
#include "core/importexport/ImportTable.h"
#include "core/importexport/Importer.h"

#include "PlanRows.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    guanxi::Result<guanxi::ImportTable> table = guanxi::ImportFiles::fromCsv(bytes);
    if (!table)
        return 0;
    planRowsOf(*table);
    guanxi::ImportReport report;
    for (const guanxi::ImportRow &r : table->rows)
        report.rejected.append({r.line, r.problem, r.fields});
    // The rejects file must read back with the same number of rows.
    guanxi::Result<guanxi::ImportTable> back =
        guanxi::ImportFiles::fromCsv(guanxi::Importer::rejectsCsv(*table, report));
    if (!back || back->rows.size() != table->rows.size())
        __builtin_trap();
    return 0;
}
