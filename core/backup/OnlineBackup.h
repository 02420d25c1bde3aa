// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Progress.h"
#include "core/util/Result.h"

namespace guanxi {

class Database;

// Copies through SQLite's online backup API: consistent while others keep writing, page by page
// so progress can be shown and the copy cancelled.
namespace OnlineBackup {

// Writes a copy of `db` to `destPath` (replacing it). A cancelled or failed copy leaves no file.
Status backupTo(Database &db, const QString &destPath, const ProgressFn &progress = {});

// Replaces the contents of `db` with the database at `sourcePath`, after checking that the source
// is a healthy Guanxi database this program can open. Other connections see the restored data on
// their next read.
Status restoreFrom(Database &db, const QString &sourcePath, const ProgressFn &progress = {});

} // namespace OnlineBackup
} // namespace guanxi
