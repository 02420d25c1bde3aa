// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importexport/CsvReader.h"

namespace guanxi {

QChar CsvReader::guessSeparator(const QString &text)
{
    // Count candidates on the first line outside quotes; the most frequent wins, comma on a tie.
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++comma;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolon;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tab;
    }
    if (tab > comma && tab >= semicolon)
        return QLatin1Char('\t');
    if (semicolon > comma)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

QList<CsvRecord> CsvReader::parse(const QString &text, QChar sep)
{
    QList<CsvRecord> records;
    CsvRecord rec;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool recordStarted = false;
    int line = 1;
    rec.line = 1;
    const qsizetype n = text.size();

    auto endField = [&]() {
        if (rec.fields.size() < kMaxFields)
            rec.fields.append(field);
        else
            ++rec.dropped;
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&]() {
        endField();
        // A line with nothing on it is no record.
        if (!(rec.fields.size() == 1 && rec.fields.first().isEmpty() && rec.problem.isEmpty()))
            records.append(rec);
        rec = CsvRecord{};
        recordStarted = false;
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (!recordStarted) {
            rec.line = line;
            recordStarted = true;
        }
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (field.isEmpty() && !fieldWasQuoted) {
                inQuotes = true;
                fieldWasQuoted = true;
            } else {
                field.append(c); // a stray quote inside a field: keep it
            }
        } else if (c == sep) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord();
        } else {
            field.append(c);
        }
    }
    if (inQuotes)
        rec.problem =
            tr("A quote opened on line %1 is never closed; the rest of the file was read as one field.").arg(rec.line);
    if (recordStarted)
        endRecord();
    return records;
}

QString CsvReader::formatRecord(const QStringList &fields, QChar sep)
{
    QStringList out;
    for (const QString &f : fields) {
        if (f.contains(sep) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n'))
            || f.contains(QLatin1Char('\r'))) {
            QString q = f;
            q.replace(QLatin1Char('"'), QLatin1String("\"\""));
            out.append(QLatin1Char('"') + q + QLatin1Char('"'));
        } else {
            out.append(f);
        }
    }
    return out.join(sep);
}

} // namespace guanxi
