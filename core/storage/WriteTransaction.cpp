// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/WriteTransaction.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QSqlQuery>

namespace guanxi {

WriteTransaction::WriteTransaction(Database &db) : m_db(db.sql()) {}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

Status WriteTransaction::begin()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return toError(q);
    m_active = true;
    return {};
}

Status WriteTransaction::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        Error e = toError(q);
        rollback();
        return e;
    }
    m_active = false;
    return {};
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace guanxi
