// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/ReportTable.h"

#include "core/importexport/TableWriters.h"
#include "core/money/Money.h"

#include <QLocale>

namespace guanxi {

QString ReportTable::display(int row, int column) const
{
    const QVariant &v = rows[row][column];
    switch (columns[column].kind) {
    case ReportValue::Money:
        return MoneyText::formatWithSymbol({v.toLongLong(), currency});
    case ReportValue::Percent:
        return v.isNull() ? QStringLiteral("—")
                          : QLocale().toString(v.toDouble() * 100.0, 'f', 1) + QStringLiteral(" %");
    case ReportValue::Number:
        return QLocale().toString(v.toDouble(), 'f', 2);
    case ReportValue::Integer:
        return QLocale().toString(v.toLongLong());
    case ReportValue::Text:
        break;
    }
    return v.toString();
}

QString ReportTable::plain(int row, int column) const
{
    const QVariant &v = rows[row][column];
    switch (columns[column].kind) {
    case ReportValue::Percent:
    case ReportValue::Number:
        return v.isNull() ? QString() : QString::number(v.toDouble(), 'g', 10);
    default:
        return v.toString();
    }
}

Status ReportExport::toFile(const ReportTable &table, const QString &path)
{
    Result<std::unique_ptr<TableWriter>> w = TableWriter::forPath(path);
    if (!w)
        return w.error();
    // Each figure goes out as a typed cell: money in yuan with two decimals, shares as percentages.
    QList<TableColumn> header;
    for (const ReportColumn &c : table.columns) {
        CellKind kind = CellKind::Text;
        switch (c.kind) {
        case ReportValue::Money:
            kind = CellKind::Money;
            break;
        case ReportValue::Percent:
            kind = CellKind::Percent;
            break;
        case ReportValue::Number:
            kind = CellKind::Number;
            break;
        case ReportValue::Integer:
            kind = CellKind::Integer;
            break;
        case ReportValue::Text:
            break;
        }
        header.append({c.header, kind, MoneyText::minorDigits(table.currency)});
    }
    if (Status s = (*w)->header(header); !s)
        return s;
    for (const QVariantList &row : table.rows)
        if (Status s = (*w)->row(row); !s)
            return s;
    return (*w)->finish();
}

QString ReportExport::toHtml(const ReportTable &t, const QString &chartImage)
{
    QString html = QStringLiteral("<html><body style=\"font-size:9pt\"><h2>%1</h2><p>%2</p>")
                       .arg(t.title.toHtmlEscaped(), t.subtitle.toHtmlEscaped());
    if (!chartImage.isEmpty())
        html +=
            QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"900\"></p>").arg(chartImage.toHtmlEscaped());
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><thead><tr>");
    for (const ReportColumn &c : t.columns)
        html += QStringLiteral("<th bgcolor=\"#e8edf2\">%1</th>").arg(c.header.toHtmlEscaped());
    html += QStringLiteral("</tr></thead><tbody>");
    for (int r = 0; r < t.rows.size(); ++r) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < t.columns.size(); ++c)
            html += QStringLiteral("<td%1>%2</td>")
                        .arg(t.columns[c].kind == ReportValue::Text ? QString() : QStringLiteral(" align=\"right\""),
                             t.display(r, c).toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</tbody></table>");
    for (const QString &n : t.notes)
        html += QStringLiteral("<p>%1</p>").arg(n.toHtmlEscaped());
    return html + QStringLiteral("</body></html>");
}

} // namespace guanxi
