// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/TableDescription.h"

#include "core/storage/Database.h"
#include "core/storage/SqlError.h"

namespace guanxi::tabledescription {

QSqlDatabase sqlOf(Database &db)
{
    return db.sql();
}

Status exec(QSqlQuery &q)
{
    if (!q.exec())
        return toError(q);
    return {};
}

} // namespace guanxi::tabledescription
