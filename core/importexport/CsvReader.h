// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace guanxi {

// One record of a CSV file, with the line it starts on (for messages) and, when it could not be
// read cleanly, why.
struct CsvRecord {
    int line = 0;
    QStringList fields;
    QString problem; // translated; empty when the record is fine
    int dropped = 0; // values beyond CsvReader::kMaxFields, left out
};

// RFC 4180 CSV as spreadsheets and other CRMs write it: quoted fields with doubled quotes and
// line breaks inside, the separator guessed from the header (comma, semicolon or tab), CRLF or
// LF. Forgiving where the meaning is clear (a stray quote inside an unquoted field is kept as a
// character), and explicit where it is not (an unterminated quote ends the file with a problem).
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    // The most values a record keeps: a file of 20 MB of commas must not become 20 million fields.
    static constexpr int kMaxFields = 1024;

    static QChar guessSeparator(const QString &text);
    static QList<CsvRecord> parse(const QString &text, QChar separator);
    static QList<CsvRecord> parse(const QString &text) { return parse(text, guessSeparator(text)); }

    // One record back to CSV (quoted where needed), for the rejected-rows file and exports.
    static QString formatRecord(const QStringList &fields, QChar separator = QLatin1Char(','));
};

} // namespace guanxi
