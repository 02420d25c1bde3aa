// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importexport/ImportTable.h"

#include "core/importexport/CsvReader.h"
#include "core/importexport/TextDecoding.h"
#include "core/importexport/VCard.h"
#include "core/importexport/XlsReader.h"
#include "core/importexport/XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace guanxi {

namespace {

constexpr qint64 kMaxFileBytes = 512LL * 1024 * 1024;

// Values beyond the header have no column to go to: they are kept aside (the record's notes get
// them). Shorter rows stay short (many programs leave out empty trailing fields; a missing value
// reads as empty), so a wide header does not multiply the memory of every row.
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
    }
}

} // namespace

Result<ImportTable> ImportFiles::fromCsv(const QByteArray &bytes, const QString &encoding)
{
    DecodedText decoded;
    if (encoding.isEmpty())
        decoded = decodeText(bytes);
    else if (!decodeTextAs(bytes, encoding, &decoded))
        return Error{ErrorCode::Invalid,
                     tr("There is no encoding called \"%1\" (try GBK, Big5, Shift_JIS, EUC-KR, "
                        "windows-1251 or windows-1252).")
                         .arg(encoding.left(40)),
                     {}};
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
    t.encodingUncertain = decoded.uncertain;
    t.encodingCandidates = decoded.candidates;
    if (decoded.uncertain)
        t.warnings.append(tr("The file's encoding is not certain; it was read as %1. If the preview shows "
                             "garbled text, choose the encoding (the detector's guesses: %2).")
                              .arg(decoded.encodingName(), decoded.candidates.mid(0, 4).join(QStringLiteral(", "))));
    if (decoded.encoding == DecodedText::Encoding::Mixed)
        t.warnings.append(tr("The file mixes UTF-8 and GB18030 (GBK) text; each line was read in the encoding it "
                             "is written in. Check the preview."));
    if (decoded.replacedLines > 0)
        t.warnings.append(tr("%n line(s) contain bytes that are neither UTF-8 nor GB18030; they show as \uFFFD.", "",
                             decoded.replacedLines));
    int dropped = header.dropped;
    for (const CsvRecord &r : std::as_const(records)) {
        t.rows.append({r.line, r.fields, r.problem, {}});
        dropped += r.dropped;
    }
    if (dropped > 0)
        t.warnings.append(
            tr("%n value(s) beyond the %1th column were left out: Guanxi reads at most %1 columns.", "", dropped)
                .arg(CsvReader::kMaxFields));
    checkWidths(&t);
    return t;
}

Result<ImportTable> ImportFiles::read(const QString &path, const QString &encoding, const QString &sheet)
{
    // A pipe, a device or a directory named like a file would be read without end, or not at all.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Error{ErrorCode::Invalid, tr("%1 is not a regular file.").arg(QDir::toNativeSeparators(path)), {}};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{
            ErrorCode::NotFound, tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()), {}};
    if (f.size() > kMaxFileBytes)
        return Error{ErrorCode::Invalid, tr("%1 is larger than 512 MB; split it into smaller files.").arg(path), {}};
    const QByteArray bytes = f.readAll();
    const QString ext = QFileInfo(path).suffix().toLower();
    Result<ImportTable> t = Error{ErrorCode::Invalid, {}, {}};
    if (ext == QLatin1String("csv") || ext == QLatin1String("txt") || ext == QLatin1String("tsv"))
        t = fromCsv(bytes, encoding);
    else if (ext == QLatin1String("xlsx"))
        t = XlsxReader::read(bytes, sheet);
    else if (ext == QLatin1String("xls"))
        t = XlsReader::read(path, sheet);
    else if (ext == QLatin1String("vcf") || ext == QLatin1String("vcard"))
        t = VCard::toImportTable(bytes);
    else
        return Error{
            ErrorCode::Invalid,
            tr("Guanxi imports .csv, .xlsx, .xls and .vcf files; %1 is none of these.").arg(QFileInfo(path).fileName()),
            {}};
    if (t && t->headers.isEmpty())
        return Error{ErrorCode::Invalid, tr("The file has no header row."), {}};
    if (t && (ext == QLatin1String("xlsx") || ext == QLatin1String("xls")))
        checkWidths(&*t);
    return t;
}

} // namespace guanxi
