// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/XlsxReader.h"

#include "importexport/ZipReader.h"

#include <QXmlStreamReader>

#include <map>

namespace guanxi {

namespace {

constexpr qint64 kMaxPartBytes = 256LL * 1024 * 1024;   // a larger part is a zip bomb, not a sheet
constexpr int kMaxColumns = 16384;
constexpr int kMaxRows = 1048576;

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
            r.skipCurrentElement();   // phonetic hints (furigana) are not part of the text
        }
    }
    return out;
}

// "worksheets/sheet1.xml" for the first sheet, from the workbook and its relationships.
QString firstSheetPath(const ZipReader &zip)
{
    const QString fallback = QStringLiteral("xl/worksheets/sheet1.xml");
    Result<QByteArray> workbook = readPart(zip, QStringLiteral("xl/workbook.xml"));
    Result<QByteArray> rels = readPart(zip, QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!workbook || !rels)
        return fallback;
    QString rid;
    QXmlStreamReader w(*workbook);
    while (!w.atEnd() && rid.isEmpty()) {
        w.readNext();
        if (w.isStartElement() && w.name() == QLatin1String("sheet"))
            for (const QXmlStreamAttribute &a : w.attributes())
                if (a.name() == QLatin1String("id"))
                    rid = a.value().toString();
    }
    QXmlStreamReader x(*rels);
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == QLatin1String("Relationship")
            && x.attributes().value(QLatin1String("Id")) == rid) {
            QString target = x.attributes().value(QLatin1String("Target")).toString();
            if (target.startsWith(QLatin1Char('/')))
                return target.mid(1);
            return QStringLiteral("xl/") + target;
        }
    }
    return fallback;
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

QString numberText(const QString &v)
{
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok)
        return v;
    return QString::number(d, 'g', 15);
}

} // namespace

Result<ImportTable> XlsxReader::read(const QByteArray &bytes)
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
    const QString sheetPath = firstSheetPath(zip);
    Result<QByteArray> sheet = readPart(zip, sheetPath);
    if (!sheet)
        return Error{ErrorCode::Invalid, tr("This is not an Excel workbook (.xlsx): it has no worksheet."), {}};

    // Rows by number; cells by column.
    std::map<int, std::map<int, QString>> cells;
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
        } else if (r.name() == QLatin1String("c")) {
            const QXmlStreamAttributes a = r.attributes();
            const QString ref = a.value(QLatin1String("r")).toString();
            const int col = ref.isEmpty() ? nextCol : columnOf(ref);
            if (col < 0)
                return Error{ErrorCode::Invalid, tr("The worksheet has a cell with a broken reference (%1).").arg(ref), {}};
            nextCol = col + 1;
            const QString type = a.value(QLatin1String("t")).toString();
            QString value;
            while (!(r.isEndElement() && r.name() == QLatin1String("c")) && !r.atEnd()) {
                r.readNext();
                if (r.isStartElement() && (r.name() == QLatin1String("v") || r.name() == QLatin1String("t")))
                    value += r.readElementText(QXmlStreamReader::IncludeChildElements);
            }
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= strings.size())
                    return Error{ErrorCode::Invalid, tr("The worksheet refers to a text that the workbook does not have."), {}};
                value = strings.at(index);
            } else if (type == QLatin1String("b")) {
                value = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type.isEmpty() || type == QLatin1String("n")) {
                value = numberText(value);
            }
            if (!value.isEmpty())
                cells[rowNo][col] = value;
        }
    }
    if (r.hasError())
        return Error{ErrorCode::Invalid, tr("The worksheet is damaged: %1").arg(r.errorString()), {}};

    ImportTable t;
    t.format = QStringLiteral("XLSX");
    bool headerDone = false;
    for (const auto &[number, row] : cells) {
        const int width = row.empty() ? 0 : row.rbegin()->first + 1;
        QStringList fields(width);
        for (const auto &[col, text] : row)
            fields[col] = text;
        if (!headerDone) {
            for (QString &h : fields)
                h = h.trimmed();
            t.headers = fields;
            headerDone = true;
        } else {
            t.rows.append({number, fields, {}});
        }
    }
    if (!headerDone)
        return Error{ErrorCode::Invalid, tr("The first worksheet is empty."), {}};
    return t;
}

} // namespace guanxi
