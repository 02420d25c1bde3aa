// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/OpenWorkspace.h"

#include "customers/CustomerRepository.h"
#include "search/DerivedIndexes.h"

namespace guanxi {

Result<std::unique_ptr<Database>> openWorkspace(const QString &path, Database::OpenMode mode, const ProgressFn &progress)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, mode);
    if (!db)
        return db;
    // A read-only file is read as it is: its sort keys and search index stay as they were made;
    // one opened only to be shared is left alone until it is.
    if ((*db)->isReadOnly() || mode == Database::OpenMode::ToShare)
        return db;
    if (Status s = CustomerRepository(**db).refreshNameKeysIfStale(); !s)
        return s.error();
    if (Status s = rebuildDerivedIndexesIfStale(**db, progress); !s)
        return s.error();
    return db;
}

} // namespace guanxi
