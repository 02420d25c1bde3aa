// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/ImportTable.h"

#include "importexport/CsvReader.h"
#include "importexport/TextDecoding.h"
#include "importexport/VCard.h"
#include "importexport/XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace guanxi {

namespace {

constexpr qint64 kMaxFileBytes = 512LL * 1024 * 1024;

// Values beyond the header have no column to go to: they are kept aside (the record's notes get
// them); shorter rows are padded, since many programs leave out empty trailing fields.
void checkWidths(ImportTable *t)
{
    const qsizetype width = t->headers.size();
    for (ImportRow &r : t->rows) {
        while (r.fields.size() > width && r.fields.last().trimmed().isEmpty())
            r.fields.removeLast();
        if (r.fields.size() > width) {
            r.extra = r.fields.mid(width);
            r.fields.resize(width);
        }
        while (r.fields.size() < width)
            r.fields.append(QString());
    }
}

} // namespace

Result<ImportTable> ImportFiles::fromCsv(const QByteArray &bytes)
{
    const DecodedText decoded = decodeText(bytes);
    QList<CsvRecord> records = CsvReader::parse(decoded.text);
    if (records.isEmpty())
        return Error{ErrorCode::Invalid, tr("The file is empty."), {}};
    ImportTable t;
    t.format = QStringLiteral("CSV (%1)").arg(decoded.encodingName());
    const CsvRecord header = records.takeFirst();
    if (!header.problem.isEmpty())
        return Error{ErrorCode::Invalid, header.problem, {}};
    for (const QString &h : header.fields)
        t.headers.append(h.trimmed());
    if (decoded.encoding == DecodedText::Encoding::Mixed)
        t.warnings.append(tr("The file mixes UTF-8 and GB18030 (GBK) text; each line was read in the encoding it "
                             "is written in. Check the preview."));
    if (decoded.replacedLines > 0)
        t.warnings.append(tr("%n line(s) contain bytes that are neither UTF-8 nor GB18030; they show as \uFFFD.", "",
                             decoded.replacedLines));
    for (const CsvRecord &r : std::as_const(records))
        t.rows.append({r.line, r.fields, r.problem, {}});
    checkWidths(&t);
    return t;
}

Result<ImportTable> ImportFiles::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound, tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()), {}};
    if (f.size() > kMaxFileBytes)
        return Error{ErrorCode::Invalid, tr("%1 is larger than 512 MB; split it into smaller files.").arg(path), {}};
    const QByteArray bytes = f.readAll();
    const QString ext = QFileInfo(path).suffix().toLower();
    Result<ImportTable> t = Error{ErrorCode::Invalid, {}, {}};
    if (ext == QLatin1String("csv") || ext == QLatin1String("txt") || ext == QLatin1String("tsv"))
        t = fromCsv(bytes);
    else if (ext == QLatin1String("xlsx"))
        t = XlsxReader::read(bytes);
    else if (ext == QLatin1String("vcf") || ext == QLatin1String("vcard"))
        t = VCard::toImportTable(bytes);
    else
        return Error{ErrorCode::Invalid,
                     tr("Guanxi imports .csv, .xlsx and .vcf files; %1 is none of these.").arg(QFileInfo(path).fileName()),
                     {}};
    if (t && t->headers.isEmpty())
        return Error{ErrorCode::Invalid, tr("The file has no header row."), {}};
    if (t && ext == QLatin1String("xlsx"))
        checkWidths(&*t);
    return t;
}

} // namespace guanxi
