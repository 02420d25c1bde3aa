// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Output.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace guanxi::cli {

namespace {

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))
        && !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// Width on a terminal: East Asian wide characters take two columns.
int displayWidth(const QString &s)
{
    int w = 0;
    for (QChar c : s) {
        const ushort u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
            || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
            || (u >= 0xFFE0 && u <= 0xFFE6);
        w += wide ? 2 : 1;
    }
    return w;
}

} // namespace

bool parseFormat(const QString &text, Format *out)
{
    if (text == QLatin1String("table"))
        *out = Format::Table;
    else if (text == QLatin1String("csv"))
        *out = Format::Csv;
    else if (text == QLatin1String("json"))
        *out = Format::Json;
    else
        return false;
    return true;
}

void printJson(QTextStream &out, const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

void print(QTextStream &out, const Table &t, Format format)
{
    if (format == Format::Json) {
        QJsonArray array;
        for (const QVariantList &row : t.rows) {
            QJsonObject o;
            for (qsizetype i = 0; i < t.keys.size() && i < row.size(); ++i)
                o.insert(t.keys.at(i), QJsonValue::fromVariant(row.at(i)));
            array.append(o);
        }
        printJson(out, array);
        return;
    }
    if (format == Format::Csv) {
        out << t.keys.join(QLatin1Char(',')) << "\r\n";
        for (const QVariantList &row : t.rows) {
            QStringList fields;
            for (const QVariant &v : row)
                fields.append(csvField(v.toString()));
            out << fields.join(QLatin1Char(',')) << "\r\n";
        }
        return;
    }
    QList<int> widths;
    for (const QString &h : t.headers)
        widths.append(displayWidth(h));
    for (const QVariantList &row : t.rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row.at(i).toString()));
    auto line = [&](const QStringList &cells) {
        QString s;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            s += cells.at(i);
            if (i + 1 < cells.size())
                s += QString(widths[i] - displayWidth(cells.at(i)) + 2, QLatin1Char(' '));
        }
        out << s << '\n';
    };
    line(t.headers);
    for (const QVariantList &row : t.rows) {
        QStringList cells;
        for (const QVariant &v : row)
            cells.append(v.toString());
        line(cells);
    }
}

} // namespace guanxi::cli
