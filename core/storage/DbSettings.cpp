// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DbSettings.h"

#include "core/storage/Database.h"
#include "core/storage/SqlError.h"

#include <QSqlQuery>
#include <QVariant>

namespace guanxi::dbsettings {

Result<QString> value(Database &db, const QString &key, const QString &fallback)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT value FROM db_settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return toError(q);
    return q.next() && !q.value(0).isNull() ? q.value(0).toString() : fallback;
}

Status setValue(Database &db, const QString &key, const QString &value)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO db_settings (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return toError(q);
    return {};
}

} // namespace guanxi::dbsettings
