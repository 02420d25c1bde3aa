// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace guanxi {

// A file to import, read into rows: whatever the format (CSV, XLSX, vCard), the importer sees a
// header and rows of text. Rows keep their line (or sheet row) number for the report.
struct ImportRow {
    int line = 0;
    QStringList fields;
    QString problem;   // translated; set when the row could not be read as it stands
    QStringList extra; // values beyond the header's last column
};

struct ImportTable {
    QStringList headers;
    QList<ImportRow> rows;
    QString format;                 // "CSV (GB18030)", "CSV (Shift_JIS, 83 %)", "XLSX", "vCard"
    QStringList warnings;           // translated notes about the file as a whole
    bool encodingUncertain = false; // a CSV whose encoding nobody could be sure of
    QStringList encodingCandidates; // then: the detector's guesses, best first
    // What separates several values in one cell: empty, any of ; , 、 / and newlines (a CSV's
    // "138…; 139…"); vCard tables put one value per line, since a vCard value may hold ';'.
    QString valueSeparator;
    QStringList sheets; // a workbook's visible sheets, for the user to choose among
    QString sheet;      // the one read

    QString value(const ImportRow &row, int column) const
    {
        return column >= 0 && column < row.fields.size() ? row.fields.at(column) : QString();
    }
};

class ImportFiles {
    Q_DECLARE_TR_FUNCTIONS(ImportFiles)
public:
    // By the file's extension (.csv/.txt, .xlsx, .vcf), with a clear message for anything else,
    // an unreadable file or one without a header.
    // `encoding`: a CSV's encoding as the user chose it (an ICU name); empty: detected.
    // `sheet`: a workbook's sheet as the user chose it; empty: see XlsxReader.
    static Result<ImportTable> read(const QString &path, const QString &encoding = {}, const QString &sheet = {});
    static Result<ImportTable> fromCsv(const QByteArray &bytes, const QString &encoding = {});
};

} // namespace guanxi
