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

} // namespace guanxi::sql
