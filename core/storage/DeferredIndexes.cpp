// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DeferredIndexes.h"

#include "core/storage/Database.h"
#include "core/storage/ResultRow.h"
#include "core/storage/SqlError.h"

#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

using namespace Qt::Literals::StringLiterals;

Status DeferredIndexes::drop(const QStringList &tables)
{
    QSqlQuery q(m_db.sql());
    QStringList names;
    for (const QString &table : tables) {
        q.prepare(QStringLiteral(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name = ?"));
        q.addBindValue(table);
        if (!q.exec())
            return toError(q);
        for (const ResultRow r(q); q.next();) {
            names << r.text("name"_L1);
            m_sql << r.text("sql"_L1);
        }
    }
    q.finish();
    for (const QString &name : std::as_const(names)) {
        if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name))) // names from sqlite_master
            return toError(q);
    }
    return {};
}

Status DeferredIndexes::rebuild()
{
    QSqlQuery q(m_db.sql());
    for (const QString &sql : std::as_const(m_sql)) {
        if (!q.exec(sql))
            return toError(q);
    }
    m_sql.clear();
    return {};
}

} // namespace guanxi
