// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QStringList>
#include <QTextStream>

namespace guanxi::cli {

// Rows printed as an aligned table for people, CSV (RFC 4180) or JSON for scripts.
enum class Format {
    Table,
    Csv,
    Json
};

bool parseFormat(const QString &text, Format *out);

struct Table {
    QStringList keys;    // JSON keys and CSV header
    QStringList headers; // translated column titles for the table format
    QList<QVariantList> rows;
};

void print(QTextStream &out, const Table &table, Format format);
void printJson(QTextStream &out, const QJsonValue &value);

} // namespace guanxi::cli
