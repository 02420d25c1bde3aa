// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/DerivedIndexes.h"

#include "core/duplicates/MatchKeyIndex.h"
#include "core/search/SearchIndex.h"
#include "core/storage/Database.h"
#include "core/storage/DbSettings.h"
#include "core/storage/SqlError.h"
#include "core/storage/WriteTransaction.h"

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
    return dbsettings::setValue(db, kVersionSetting, QString::number(kDerivedIndexVersion));
}

Status rebuildDerivedIndexesIfStale(Database &db, const ProgressFn &progress)
{
    Result<QString> built = dbsettings::value(db, kVersionSetting);
    if (!built)
        return built.error();
    if (built->toInt() == kDerivedIndexVersion)
        return {};

    return inWriteTransaction(db, [&]() -> Status {
        if (Status s = rebuildDerivedIndexes(db, progress); !s)
            return s;
        return Status{};
    });
}

} // namespace guanxi
