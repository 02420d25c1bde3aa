// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"
#include "core/util/Progress.h"

namespace guanxi {

// Opens a Guanxi database the way the GUI and guanxi-cli both need it: pragmas, schema migrated,
// and the upkeep that depends on this machine (name sort keys rebuilt when the ICU collation
// rules differ from those the keys were made with, the search index when it was made under other
// rules). `progress` hears of the one long step, rebuilding the search index of a large file.
Result<std::unique_ptr<Database>> openWorkspace(const QString &path,
                                                Database::OpenMode mode = Database::OpenMode::OpenExisting,
                                                const ProgressFn &progress = {});

} // namespace guanxi
