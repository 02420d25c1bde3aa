// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

namespace guanxi {

// What a report's cell holds; it decides how the cell is shown, printed and exported.
enum class ReportValue {
    Text,
    Integer,
    Money,
    Percent,
    Number
};

struct ReportColumn {
    QString key;    // for CSV/JSON and scripts
    QString header; // translated
    ReportValue kind = ReportValue::Text;
};

// A report's result as a table: the same for the report center, its print-out, its CSV and XLSX
// exports and guanxi-cli. Money is in minor units, percentages as fractions (0.25 for 25 %).
// `ids` holds, per row, the record a row leads to (a customer id, a segment code) for drill-down.
struct ReportTable {
    QString title;
    QString subtitle; // the parameters, in words
    QString currency;
    QList<ReportColumn> columns;
    QList<QVariantList> rows;
    QStringList ids;
    QStringList notes;    // definitions and remarks printed under the table
    int summaryRows = 0;  // trailing rows that sum up the others (a total): not drawn in charts
    int chartColumn = -1; // the figure a chart shows; -1: the first money column (else count, share)

    // A cell as people read it (money with its symbol, percentages with one decimal).
    QString display(int row, int column) const;
    // A cell as scripts read it: money in minor units, percentages as fractions, numbers plain.
    QString plain(int row, int column) const;
};

class ReportExport {
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
public:
    // By extension: .csv or .xlsx; written whole or not at all.
    static Status toFile(const ReportTable &table, const QString &path);
    // A printable page: title, parameters, the chart (an image resource of that name, if given),
    // the table with its header repeated, the notes.
    static QString toHtml(const ReportTable &table, const QString &chartImage = {});
};

} // namespace guanxi
