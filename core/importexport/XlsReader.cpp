// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importexport/XlsReader.h"

#include "core/importexport/CsvReader.h"
#include "core/importexport/SheetCells.h"

#include <QFile>

#include <freexl.h>

#include <cmath>
#include <memory>

namespace guanxi {

namespace {

constexpr unsigned kMaxKeptColumns = CsvReader::kMaxFields;

struct Closer {
    void operator()(const void *h) const { freexl_close(h); }
};
using Handle = std::unique_ptr<const void, Closer>;

// "13800138000", "12.5": as a spreadsheet shows a plain number.
QString numberText(double v)
{
    if (std::isfinite(v) && std::floor(v) == v && std::fabs(v) < 1e15)
        return QString::number(static_cast<qint64>(v));
    return QString::number(v, 'g', 15);
}

} // namespace

Result<ImportTable> XlsReader::read(const QString &path, const QString &sheetName)
{
    const void *raw = nullptr;
    const int opened = freexl_open(QFile::encodeName(path).constData(), &raw);
    Handle h(raw);
    if (opened != FREEXL_OK || !raw)
        return Error{ErrorCode::Invalid, tr("This is not an Excel 97–2003 workbook (.xls), or it is damaged."), {}};
    if (unsigned password = 0;
        freexl_get_info(raw, FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK && password == FREEXL_BIFF_OBFUSCATED)
        return Error{ErrorCode::Invalid,
                     tr("The workbook is protected by a password; save it without one and import it again."),
                     {}};
    unsigned count = 0;
    if (freexl_get_info(raw, FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK || count == 0)
        return Error{ErrorCode::Invalid, tr("The workbook has no worksheet."), {}};
    QStringList names;
    for (unsigned i = 0; i < count; ++i) {
        const char *name = nullptr;
        freexl_get_worksheet_name(raw, static_cast<unsigned short>(i), &name);
        names.append(name ? QString::fromUtf8(name) : QStringLiteral("Sheet%1").arg(i + 1));
    }
    if (!sheetName.isEmpty() && !names.contains(sheetName))
        return Error{
            ErrorCode::Invalid,
            tr("The workbook has no sheet \"%1\" (its sheets: %2).").arg(sheetName, names.join(QStringLiteral(", "))),
            {}};

    qint64 beyond = 0;
    const auto readSheet = [&](unsigned index, SheetCells *out) -> Status {
        if (freexl_select_active_worksheet(raw, static_cast<unsigned short>(index)) != FREEXL_OK)
            return Error{ErrorCode::Invalid, tr("The worksheet %1 cannot be read.").arg(names.value(index)), {}};
        unsigned rows = 0;
        unsigned short columns = 0;
        if (freexl_worksheet_dimensions(raw, &rows, &columns) != FREEXL_OK)
            return Error{ErrorCode::Invalid, tr("The worksheet %1 cannot be read.").arg(names.value(index)), {}};
        for (unsigned r = 0; r < rows; ++r) {
            for (unsigned c = 0; c < columns; ++c) {
                FreeXL_CellValue cell;
                if (freexl_get_cell_value(raw, r, static_cast<unsigned short>(c), &cell) != FREEXL_OK)
                    continue;
                QString text;
                switch (cell.type) {
                case FREEXL_CELL_INT:
                    text = QString::number(cell.value.int_value);
                    break;
                case FREEXL_CELL_DOUBLE:
                    text = numberText(cell.value.double_value);
                    break;
                case FREEXL_CELL_TEXT:
                case FREEXL_CELL_SST_TEXT:
                case FREEXL_CELL_DATE:
                case FREEXL_CELL_DATETIME:
                case FREEXL_CELL_TIME:
                    text = cell.value.text_value ? QString::fromUtf8(cell.value.text_value) : QString();
                    break;
                default:
                    break;
                }
                if (text.isEmpty())
                    continue;
                if (c >= kMaxKeptColumns) {
                    ++beyond;
                    continue;
                }
                out->cells[static_cast<int>(r) + 1][static_cast<int>(c)] = text;
            }
        }
        return {};
    };

    SheetCells chosen;
    int chosenIndex = 0;
    for (unsigned i = 0; i < count; ++i) {
        if (!sheetName.isEmpty() && names.at(static_cast<int>(i)) != sheetName)
            continue;
        chosen = {};
        if (Status s = readSheet(i, &chosen); !s)
            return s.error();
        chosenIndex = static_cast<int>(i);
        if (!chosen.isEmpty())
            break;
    }
    if (chosen.isEmpty())
        return Error{ErrorCode::Invalid, tr("Every worksheet of the workbook is empty."), {}};
    ImportTable t = SheetTables::toTable(std::move(chosen), static_cast<int>(kMaxKeptColumns));
    t.format = count > 1 ? QStringLiteral("XLS (%1)").arg(names.at(chosenIndex)) : QStringLiteral("XLS");
    t.sheets = names;
    t.sheet = names.at(chosenIndex);
    if (beyond > 0)
        t.warnings.append(
            tr("%n cell(s) beyond column %1 were left out: Guanxi reads at most %1 columns.", "", int(beyond))
                .arg(kMaxKeptColumns));
    return t;
}

} // namespace guanxi
