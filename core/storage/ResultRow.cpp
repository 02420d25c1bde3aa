// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ResultRow.h"

#include <QSqlRecord>
#include <QtGlobal>

namespace guanxi {

ResultRow::ResultRow(const QSqlQuery &q)
    : m_query(q)
{
    const QSqlRecord record = q.record();
    m_columns.reserve(static_cast<size_t>(record.count()));
    for (int i = 0; i < record.count(); ++i)
        m_columns.emplace_back(record.fieldName(i), i);
}

QVariant ResultRow::value(QLatin1StringView name) const
{
    for (const auto &[column, index] : m_columns)
        if (column == name)
            return m_query.value(index);
    // A name the SELECT does not give is a mistake in the program, caught by its tests.
    Q_ASSERT_X(false, "ResultRow::value", name.data());
    qWarning("ResultRow: the query has no column %s", name.data());
    return {};
}

} // namespace guanxi
