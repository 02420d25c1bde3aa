// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/OpenWorkspace.h"

#include "core/contacts/PhoneRules.h"
#include "core/customers/CustomerRepository.h"
#include "core/duplicates/DuplicatePolicy.h"
#include "core/search/DerivedIndexes.h"

namespace guanxi {

Result<std::unique_ptr<Database>> openWorkspace(const QString &path, Database::OpenMode mode,
                                                const ProgressFn &progress)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, mode);
    if (!db)
        return db;
    // Numbers without a country code are read as the company's country's, whoever reads them, and
    // the mail domains the company counts as public are known (match keys depend on them). A file
    // opened read-only (over a FUSE mount, mid-save elsewhere) opens even when they cannot be read
    // yet: the defaults serve, and the file says itself why it cannot be written.
    for (const Status &s : {PhoneRules(**db).apply(), DuplicateRules(**db).apply()})
        if (!s && !(*db)->isReadOnly())
            return s.error();
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
