// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <utility>
#include <vector>

namespace guanxi {

// The current line of a query's result, read by the names its SELECT gives (`c.name AS
// customer_name`). For the read-only projections that join several tables (a workbench panel, a
// report's rows, a window of a list), as TableDescription is for a table's own rows: a column added
// to or moved in the SELECT cannot shift what is read. The names are looked up once, when the row
// is made after exec().
class ResultRow {
public:
    explicit ResultRow(const QSqlQuery &q);

    QVariant value(QLatin1StringView name) const;
    QString text(QLatin1StringView name) const { return value(name).toString(); }
    qint64 integer(QLatin1StringView name) const { return value(name).toLongLong(); }
    int number(QLatin1StringView name) const { return value(name).toInt(); }
    bool flag(QLatin1StringView name) const { return value(name).toInt() != 0; }
    double real(QLatin1StringView name) const { return value(name).toDouble(); }
    // A day stored as yyyy-MM-dd; invalid when empty.
    QDate day(QLatin1StringView name) const { return QDate::fromString(text(name), Qt::ISODate); }

private:
    const QSqlQuery &m_query;
    std::vector<std::pair<QString, int>> m_columns;
};

} // namespace guanxi
