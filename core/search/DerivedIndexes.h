// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/search/SearchDoc.h"
#include "core/util/Progress.h"
#include "core/util/Result.h"

namespace guanxi {

class Database;

// The data derived from records for finding them: the search index and the duplicate guard's keys.
// Every service that writes a customer, contact or lead refreshes both inside its transaction.
Status refreshDerivedIndexes(Database &db, SearchKind kind, const QString &entityId);
// Both built again from scratch, in the caller's transaction (after seeding or a bulk import).
Status rebuildDerivedIndexes(Database &db, const ProgressFn &progress = {});

// The version of the rules that make the derived data (folding, pinyin readings, tokens, keys).
// Raise it when they change: a database built under other rules is rebuilt when it is opened.
inline constexpr int kDerivedIndexVersion = 4; // 4: no domain keys for private persons
// Rebuilds, in a transaction of its own, when the database was built under other rules (or by a
// version that had no search index yet).
Status rebuildDerivedIndexesIfStale(Database &db, const ProgressFn &progress = {});

} // namespace guanxi
