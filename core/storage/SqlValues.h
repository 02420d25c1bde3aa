// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

namespace guanxi::sql {

// QSQLITE binds a null QString as SQL NULL; text columns declared NOT NULL DEFAULT '' need ''.
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}

// For optional references (owner_id, department_id): an empty string is stored as NULL.
inline QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// A pattern for `LIKE ? ESCAPE '\'` that finds `text` anywhere, taken literally: its own % and _
// (and the escape character) are escaped, so "50%" finds "50%", not "500".
inline QString containing(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace guanxi::sql
