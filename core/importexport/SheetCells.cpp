// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importexport/SheetCells.h"

#include <QSet>

#include <algorithm>

namespace guanxi {

namespace {

constexpr qint64 kMaxFilledCells = 4'000'000; // a merge over a whole sheet must not fill a million rows
constexpr int kMaxTitleRows = 3;

// The distinct non-empty values of a row.
int distinctValues(const std::map<int, QString> &row)
{
    QSet<QString> seen;
    for (const auto &[col, text] : row)
        if (!text.trimmed().isEmpty())
            seen.insert(text.trimmed());
    return static_cast<int>(seen.size());
}

QStringList rowFields(const std::map<int, QString> &row)
{
    const int width = row.empty() ? 0 : row.rbegin()->first + 1;
    QStringList fields(width);
    for (const auto &[col, text] : row)
        fields[col] = text;
    return fields;
}

} // namespace

ImportTable SheetTables::toTable(SheetCells sheet, int maxColumns)
{
    ImportTable t;
    // Merged ranges: the top-left value in every cell of the range.
    qint64 filled = 0;
    QSet<int> mergedAcross; // rows where a range spans columns
    for (const SheetCells::Range &r : std::as_const(sheet.merged)) {
        const auto row = sheet.cells.find(r.top);
        if (row == sheet.cells.end())
            continue;
        const auto cell = row->second.find(r.left);
        if (cell == row->second.end())
            continue;
        const QString value = cell->second;
        if (r.right > r.left)
            mergedAcross.insert(r.top);
        for (int y = r.top; y <= r.bottom && filled < kMaxFilledCells; ++y)
            for (int x = r.left; x <= std::min(r.right, maxColumns - 1) && filled < kMaxFilledCells; ++x, ++filled)
                sheet.cells[y].emplace(x, value);
    }
    if (filled >= kMaxFilledCells)
        t.warnings.append(
            tr("Some merged cells cover more of the sheet than Guanxi fills in; part of them was left empty."));

    // Title and note rows: one value (a merged title repeats it) above a row of several.
    auto header = sheet.cells.begin();
    QStringList titles;
    for (int skipped = 0; header != sheet.cells.end() && skipped < kMaxTitleRows; ++skipped) {
        const auto next = std::find_if(std::next(header), sheet.cells.end(),
                                       [](const auto &r) { return distinctValues(r.second) >= 2; });
        if (distinctValues(header->second) != 1 || next == sheet.cells.end())
            break;
        titles.append(header->second.begin()->second.trimmed());
        ++header;
    }
    if (header == sheet.cells.end())
        return t;
    if (!titles.isEmpty())
        t.warnings.append(tr("The row(s) above the header were taken as titles and not imported: %1")
                              .arg(titles.join(QStringLiteral(" / "))));
    QStringList headers = rowFields(header->second);
    auto data = std::next(header);
    // A two-row header: group titles merged across columns, the names under them.
    if (mergedAcross.contains(header->first) && data != sheet.cells.end() && data->first == header->first + 1) {
        const QStringList lower = rowFields(data->second);
        for (int c = 0; c < std::max(headers.size(), lower.size()); ++c) {
            if (c >= headers.size())
                headers.append(QString());
            if (!lower.value(c).trimmed().isEmpty())
                headers[c] = lower.value(c);
        }
        ++data;
    }
    for (QString &h : headers)
        h = h.trimmed();
    t.headers = headers;
    for (; data != sheet.cells.end(); ++data)
        t.rows.append({data->first, rowFields(data->second), {}, {}});
    return t;
}

} // namespace guanxi
