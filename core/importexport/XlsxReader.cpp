// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importexport/XlsxReader.h"

#include "core/importexport/CsvReader.h"
#include "core/importexport/SheetCells.h"
#include "core/importexport/ZipReader.h"

#include <QDate>
#include <QHash>
#include <QXmlStreamReader>

#include <climits>
#include <cmath>
#include <map>

namespace guanxi {

namespace {

constexpr qint64 kMaxPartBytes = 256LL * 1024 * 1024; // a larger part is a zip bomb, not a sheet
constexpr int kMaxColumns = 16384;                    // Excel's XFD: a reference beyond it is broken
constexpr int kMaxRows = 1048576;
constexpr int kMaxKeptColumns = CsvReader::kMaxFields; // what an import keeps of a row

Result<QByteArray> readPart(const ZipReader &zip, const QString &name)
{
    Result<QByteArray> data = zip.read(name, kMaxPartBytes);
    if (data)
        return data;
    if (data.error().code == ErrorCode::NotFound)
        return Error{ErrorCode::Invalid, XlsxReader::tr("The workbook has no part %1.").arg(name), {}};
    if (data.error().message == QLatin1String("too large"))
        return Error{ErrorCode::Invalid, XlsxReader::tr("The workbook is too large to import."), {}};
    return Error{ErrorCode::Invalid, XlsxReader::tr("The workbook part %1 is damaged.").arg(name), {}};
}

QStringList sharedStrings(const QByteArray &xml)
{
    QStringList out;
    QXmlStreamReader r(xml);
    QString current;
    bool inSi = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("si")) {
            inSi = true;
            current.clear();
        } else if (r.isEndElement() && r.name() == QLatin1String("si")) {
            inSi = false;
            out.append(current);
        } else if (inSi && r.isStartElement() && r.name() == QLatin1String("t")) {
            current += r.readElementText();
        } else if (inSi && r.isStartElement() && r.name() == QLatin1String("rPh")) {
            r.skipCurrentElement(); // phonetic hints (furigana) are not part of the text
        }
    }
    return out;
}

struct SheetEntry {
    QString name;
    QString path;
    bool hidden = false;
};

// The workbook's sheets in tab order, with the one shown when it was saved (`active`).
QList<SheetEntry> sheetsOf(const ZipReader &zip, int *active)
{
    *active = 0;
    QList<SheetEntry> out;
    Result<QByteArray> workbook = readPart(zip, QStringLiteral("xl/workbook.xml"));
    Result<QByteArray> rels = readPart(zip, QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!workbook || !rels)
        return {{QStringLiteral("Sheet1"), QStringLiteral("xl/worksheets/sheet1.xml"), false}};
    QHash<QString, QString> targets;
    QXmlStreamReader x(*rels);
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == QLatin1String("Relationship")) {
            QString target = x.attributes().value(QLatin1String("Target")).toString();
            target = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
            targets.insert(x.attributes().value(QLatin1String("Id")).toString(), target);
        }
    }
    QXmlStreamReader w(*workbook);
    while (!w.atEnd()) {
        w.readNext();
        if (!w.isStartElement())
            continue;
        if (w.name() == QLatin1String("workbookView")) {
            *active = w.attributes().value(QLatin1String("activeTab")).toInt();
        } else if (w.name() == QLatin1String("sheet")) {
            SheetEntry e;
            e.name = w.attributes().value(QLatin1String("name")).toString();
            e.hidden = !w.attributes().value(QLatin1String("state")).isEmpty()
                && w.attributes().value(QLatin1String("state")) != QLatin1String("visible");
            for (const QXmlStreamAttribute &a : w.attributes())
                if (a.name() == QLatin1String("id"))
                    e.path = targets.value(a.value().toString());
            if (!e.path.isEmpty())
                out.append(e);
        }
    }
    if (out.isEmpty())
        out.append({QStringLiteral("Sheet1"), QStringLiteral("xl/worksheets/sheet1.xml"), false});
    if (*active < 0 || *active >= out.size())
        *active = 0;
    return out;
}

// "BC12" → column 54 (0-based), or -1.
int columnOf(QStringView ref)
{
    int col = 0;
    int letters = 0;
    for (QChar c : ref) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) {
            col = col * 26 + (c.unicode() - 'A' + 1);
            if (++letters > 3)
                return -1;
        } else {
            break;
        }
    }
    return letters == 0 || col > kMaxColumns ? -1 : col - 1;
}

// Which cell styles (the s="N" of a cell) show their number as a date or a time: the built-in
// number formats 14–22, 27–36, 45–47 and 50–58 (the CJK date formats), and custom formats whose
// code holds y, m, d, h or s outside quotes and [brackets] (yyyy-mm-dd, yyyy"年"m"月"d"日").
QList<bool> dateStyles(const QByteArray &stylesXml)
{
    QHash<int, QString> custom;
    QList<bool> out;
    QXmlStreamReader r(stylesXml);
    bool inCellXfs = false;
    const auto isDateCode = [](const QString &code) {
        bool quoted = false;
        int bracket = 0;
        for (QChar c : code) {
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (!quoted && c == QLatin1Char('['))
                ++bracket;
            else if (!quoted && c == QLatin1Char(']'))
                bracket = qMax(0, bracket - 1);
            else if (!quoted && bracket == 0 && QStringLiteral("ymdhsYMDHS").contains(c))
                return true;
        }
        return false;
    };
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("numFmt")) {
            custom.insert(r.attributes().value(QLatin1String("numFmtId")).toInt(),
                          r.attributes().value(QLatin1String("formatCode")).toString());
        } else if (r.isStartElement() && r.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (r.isEndElement() && r.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        } else if (inCellXfs && r.isStartElement() && r.name() == QLatin1String("xf")) {
            const int id = r.attributes().value(QLatin1String("numFmtId")).toInt();
            const bool builtInDate =
                (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
            out.append(custom.contains(id) ? isDateCode(custom.value(id)) : builtInDate);
        }
    }
    return out;
}

// A date cell's serial number (days since 1899-12-30, or since 1904-01-01 in a 1904 workbook)
// as ISO text: 2026-12-01, or 2026-12-01 21:27 when it has a time of day.
QString dateText(const QString &v, bool from1904)
{
    bool ok = false;
    const double serial = v.toDouble(&ok);
    if (!ok || serial < 0 || serial > 2958465) // 9999-12-31
        return v;
    const QDate epoch = from1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
    const auto days = static_cast<qint64>(serial);
    // Whole minutes, as hh:mm shows them (the epsilon absorbs the serial's binary fraction).
    const auto minutes = static_cast<qint64>(std::floor((serial - static_cast<double>(days)) * 24 * 60 + 1e-6));
    const QDate day = epoch.addDays(days + minutes / (24 * 60));
    const qint64 rest = minutes % (24 * 60);
    if (rest == 0)
        return day.toString(Qt::ISODate);
    return day.toString(Qt::ISODate)
        + QStringLiteral(" %1:%2").arg(rest / 60, 2, 10, QLatin1Char('0')).arg(rest % 60, 2, 10, QLatin1Char('0'));
}

QString numberText(const QString &v)
{
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok)
        return v;
    return QString::number(d, 'g', 15);
}

// "A1:C2" -> the range, 1-based rows, 0-based columns; false when broken.
bool rangeOf(QStringView ref, SheetCells::Range *out)
{
    const qsizetype colon = ref.indexOf(QLatin1Char(':'));
    const QStringView from = colon < 0 ? ref : ref.left(colon), to = colon < 0 ? ref : ref.mid(colon + 1);
    const auto rowOf = [](QStringView cell) {
        qsizetype i = 0;
        while (i < cell.size() && cell.at(i).isLetter())
            ++i;
        return cell.mid(i).toInt();
    };
    out->left = columnOf(from);
    out->right = columnOf(to);
    out->top = rowOf(from);
    out->bottom = rowOf(to);
    return out->left >= 0 && out->right >= out->left && out->top > 0 && out->bottom >= out->top
        && out->bottom <= kMaxRows;
}

} // namespace

Result<ImportTable> XlsxReader::read(const QByteArray &bytes, const QString &sheetName)
{
    const ZipReader zip(bytes);
    if (!zip.isOpen())
        return Error{ErrorCode::Invalid, tr("This is not an Excel workbook (.xlsx): it is not a zip archive."), {}};
    QStringList strings;
    if (zip.contains(QStringLiteral("xl/sharedStrings.xml"))) {
        Result<QByteArray> ss = readPart(zip, QStringLiteral("xl/sharedStrings.xml"));
        if (!ss)
            return ss.error();
        strings = sharedStrings(*ss);
    }
    QList<bool> dates;
    if (zip.contains(QStringLiteral("xl/styles.xml"))) {
        Result<QByteArray> styles = readPart(zip, QStringLiteral("xl/styles.xml"));
        if (!styles)
            return styles.error();
        dates = dateStyles(*styles);
    }
    bool from1904 = false;
    if (Result<QByteArray> workbook = readPart(zip, QStringLiteral("xl/workbook.xml"))) {
        QXmlStreamReader w(*workbook);
        while (!w.atEnd()) {
            w.readNext();
            if (w.isStartElement() && w.name() == QLatin1String("workbookPr")) {
                const QStringView flag = w.attributes().value(QLatin1String("date1904"));
                from1904 = flag == QLatin1String("1") || flag == QLatin1String("true");
                break;
            }
        }
    }
    // One sheet's cells (up to kMaxKeptColumns; those beyond are counted, not kept) and merges.
    qint64 beyond = 0;
    const auto readSheet = [&](const QString &sheetPath) -> Result<SheetCells> {
        Result<QByteArray> sheet = readPart(zip, sheetPath);
        if (!sheet && zip.contains(sheetPath))
            return sheet.error(); // there, but too large (a zip bomb) or damaged: say which
        if (!sheet)
            return Error{ErrorCode::Invalid, tr("This is not an Excel workbook (.xlsx): it has no worksheet."), {}};
        SheetCells out;
        QXmlStreamReader r(*sheet);
        int rowNo = 0;
        int nextCol = 0;
        while (!r.atEnd()) {
            r.readNext();
            if (!r.isStartElement())
                continue;
            if (r.name() == QLatin1String("row")) {
                const int n = r.attributes().value(QLatin1String("r")).toInt();
                rowNo = n > 0 ? n : rowNo + 1;
                nextCol = 0;
                if (rowNo > kMaxRows)
                    return Error{ErrorCode::Invalid, tr("The worksheet has more rows than Excel allows."), {}};
            } else if (r.name() == QLatin1String("mergeCell")) {
                SheetCells::Range range;
                if (rangeOf(r.attributes().value(QLatin1String("ref")), &range) && out.merged.size() < 100000)
                    out.merged.append(range);
            } else if (r.name() == QLatin1String("c")) {
                const QXmlStreamAttributes a = r.attributes();
                const QString ref = a.value(QLatin1String("r")).toString();
                const int col = ref.isEmpty() ? nextCol : columnOf(ref);
                if (col < 0)
                    return Error{
                        ErrorCode::Invalid, tr("The worksheet has a cell with a broken reference (%1).").arg(ref), {}};
                nextCol = col + 1;
                const QString type = a.value(QLatin1String("t")).toString();
                const bool isDate = dates.value(a.value(QLatin1String("s")).toInt(), false);
                QString value;
                while (!(r.isEndElement() && r.name() == QLatin1String("c")) && !r.atEnd()) {
                    r.readNext();
                    if (r.isStartElement() && r.name() == QLatin1String("rPh"))
                        r.skipCurrentElement(); // furigana of an inline string
                    else if (r.isStartElement() && (r.name() == QLatin1String("v") || r.name() == QLatin1String("t")))
                        value += r.readElementText(QXmlStreamReader::IncludeChildElements);
                }
                if (type == QLatin1String("s") && value.trimmed().isEmpty()) {
                    value.clear(); // <v/>: an empty text, as some writers leave it; not a broken workbook
                } else if (type == QLatin1String("s")) {
                    bool ok = false;
                    const int index = value.toInt(&ok);
                    if (!ok || index < 0 || index >= strings.size())
                        return Error{ErrorCode::Invalid,
                                     tr("The worksheet refers to a text that the workbook does not have."),
                                     {}};
                    value = strings.at(index);
                } else if (type == QLatin1String("b")) {
                    value = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                } else if ((type.isEmpty() || type == QLatin1String("n")) && isDate) {
                    value = dateText(value, from1904);
                } else if (type.isEmpty() || type == QLatin1String("n")) {
                    value = numberText(value);
                }
                if (value.isEmpty())
                    continue;
                if (col >= kMaxKeptColumns) {
                    ++beyond; // a cell in column XFD must not make every row 16,384 wide
                    continue;
                }
                out.cells[rowNo][col] = value;
            }
        }
        if (r.hasError())
            return Error{ErrorCode::Invalid, tr("The worksheet is damaged: %1").arg(r.errorString()), {}};
        return out;
    };

    // The sheet the user named; else the one shown when the workbook was saved if it holds data,
    // else the first that does (a template's "说明" sheet of instructions is often first and empty).
    int active = 0;
    const QList<SheetEntry> sheets = sheetsOf(zip, &active);
    QList<int> order;
    if (!sheetName.isEmpty()) {
        for (int i = 0; i < sheets.size(); ++i)
            if (sheets.at(i).name == sheetName)
                order.append(i);
        if (order.isEmpty()) {
            QStringList names;
            for (const SheetEntry &e : sheets)
                names.append(e.name);
            return Error{ErrorCode::Invalid,
                         tr("The workbook has no sheet \"%1\" (its sheets: %2).")
                             .arg(sheetName, names.join(QStringLiteral(", "))),
                         {}};
        }
    } else {
        if (!sheets.at(active).hidden)
            order.append(active);
        for (int i = 0; i < sheets.size(); ++i)
            if (i != active && !sheets.at(i).hidden)
                order.append(i);
        if (order.isEmpty())
            order.append(0);
    }
    SheetCells chosen;
    int chosenIndex = order.first();
    for (int i : order) {
        Result<SheetCells> cells = readSheet(sheets.at(i).path);
        if (!cells)
            return cells.error();
        chosenIndex = i;
        chosen = std::move(*cells);
        if (!chosen.isEmpty())
            break;
    }
    if (chosen.isEmpty())
        return Error{ErrorCode::Invalid,
                     sheets.size() > 1 ? tr("Every worksheet of the workbook is empty.")
                                       : tr("The first worksheet is empty."),
                     {}};

    ImportTable t = SheetTables::toTable(std::move(chosen), kMaxKeptColumns);
    t.format =
        sheets.size() > 1 ? QStringLiteral("XLSX (%1)").arg(sheets.at(chosenIndex).name) : QStringLiteral("XLSX");
    for (const SheetEntry &e : sheets)
        if (!e.hidden)
            t.sheets.append(e.name);
    t.sheet = sheets.at(chosenIndex).name;
    if (beyond > 0)
        t.warnings.append(tr("%n cell(s) beyond column %1 were left out: Guanxi reads at most %1 columns.", "",
                             int(std::min<qint64>(beyond, INT_MAX)))
                              .arg(kMaxKeptColumns));
    return t;
}

} // namespace guanxi
