// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace guanxi {

// What a column of an exported table holds. In .xlsx each kind is a typed cell with its number
// format, so that Excel and WPS sum, sort and filter them; in .csv a plain figure a spreadsheet
// reads as a number (no thousands separators, no currency symbol).
enum class CellKind {
    Text,     // QString
    Integer,  // qint64                      xlsx: 0        csv: 1234
    Number,   // double                      xlsx: #,##0.00 csv: 1234.5
    Money,    // qint64 minor units (fen)    xlsx: #,##0.00 csv: 1234.56 (digits: minorDigits)
    Percent,  // double fraction, 0.47       xlsx: 0.0%     csv: 47.0%
    Date,     // QDate or ISO text           xlsx: date     csv: 2026-12-01
    DateTime, // qint64 UTC ms, 0 = none     xlsx: date-time (local) csv: 2026-12-01 21:27
};

struct TableColumn {
    QString header;
    CellKind kind = CellKind::Text;
    int minorDigits = 2; // Money: the currency's minor digits (MoneyText::minorDigits; 0 for JPY)
};

// Where exported rows go, one at a time, so an export of 100,000 rows never holds them all.
class TableWriter {
public:
    virtual ~TableWriter() = default;
    virtual Status header(const QList<TableColumn> &columns) = 0;
    // One value per column, of the type its kind says; a null or empty value leaves the cell empty.
    virtual Status row(const QVariantList &values) = 0;
    // Writes the file (atomically: a failed export leaves no half file behind).
    virtual Status finish() = 0;

    // By extension: .csv (UTF-8 with BOM, so Excel reads Chinese right) or .xlsx.
    static Result<std::unique_ptr<TableWriter>> forPath(const QString &path);
};

class TableWriters {
    Q_DECLARE_TR_FUNCTIONS(TableWriters)
};

} // namespace guanxi
