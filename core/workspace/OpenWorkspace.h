// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

namespace guanxi {

// Opens a Guanxi database the way the GUI and guanxi-cli both need it: pragmas, schema migrated,
// and the upkeep that depends on this machine (name sort keys rebuilt when the ICU collation
// rules differ from those the keys were made with).
Result<std::unique_ptr<Database>> openWorkspace(const QString &path,
                                                Database::OpenMode mode = Database::OpenMode::OpenExisting);

} // namespace guanxi
