// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/DerivedIndexes.h"

#include "duplicates/MatchKeyIndex.h"
#include "search/SearchIndex.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

Status refreshDerivedIndexes(Database &db, SearchKind kind, const QString &entityId)
{
    if (Status s = SearchIndex(db).refresh(kind, entityId); !s)
        return s;
    return MatchKeyIndex(db).refresh(kind, entityId);
}

namespace {
const QString kVersionSetting = QStringLiteral("search.index.version");
}

Status rebuildDerivedIndexes(Database &db, const ProgressFn &progress)
{
    if (Status s = MatchKeyIndex(db).rebuild(); !s)
        return s;
    if (Status s = SearchIndex(db).rebuild(progress); !s)
        return s;
    QSqlQuery mark(db.sql());
    mark.prepare(QStringLiteral("INSERT OR REPLACE INTO db_settings (key, value) VALUES (?, ?)"));
    mark.addBindValue(kVersionSetting);
    mark.addBindValue(kDerivedIndexVersion);
    if (!mark.exec())
        return toError(mark);
    return {};
}

Status rebuildDerivedIndexesIfStale(Database &db, const ProgressFn &progress)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT value FROM db_settings WHERE key = ?"));
    q.addBindValue(kVersionSetting);
    if (!q.exec())
        return toError(q);
    if (q.next() && q.value(0).toInt() == kDerivedIndexVersion)
        return {};
    q.finish();

    WriteTransaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = rebuildDerivedIndexes(db, progress); !s)
        return s;
    return tx.commit();
}

} // namespace guanxi
