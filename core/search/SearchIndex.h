// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/search/SearchDoc.h"
#include "core/storage/Statement.h"
#include "core/util/Progress.h"
#include "core/util/Result.h"

#include <optional>

namespace guanxi {

class Database;

// Keeps search_docs and search_grams in step with the records. Services call refresh() for each
// record they wrote, inside their own write transaction, so search never shows a state that was
// not committed and never misses one that was.
class SearchIndex {
public:
    explicit SearchIndex(Database &db)
        : m_db(db)
    {
    }

    // Re-reads the record and updates its entry; a deleted or missing record leaves the index.
    // Refreshing a customer also updates what its contacts' entries show and who may see them.
    Status refresh(SearchKind kind, const QString &entityId);
    // Builds the whole index again from the records, in the caller's transaction.
    Status rebuild(const ProgressFn &progress = {});

    // Around adding many entries in one transaction (a rebuild, a large import): the index's
    // segments are merged once at the end instead of again and again while inserting, then the
    // usual incremental merging comes back for the edits that follow. `optimize` merges
    // everything into one segment (a rebuild); otherwise only as much as a large import needs.
    Status beginBulkInsert();
    Status endBulkInsert(bool optimize);

    // Adds entries for records that have none yet, with its statements prepared once (rebuilds and
    // imports add hundreds of thousands).
    class Appender {
    public:
        explicit Appender(Database &db);
        Status add(const SearchDoc &doc);
        // With the index text already worked out (`doc.indexText()`, perhaps on another thread).
        Status add(const SearchDoc &doc, const SearchDoc::IndexText &text);

    private:
        Statement m_doc;
        Statement m_grams;
    };

    // The record as the index would hold it, read from its tables (nullopt: deleted or missing).
    Result<std::optional<SearchDoc>> load(SearchKind kind, const QString &entityId);

private:
    Status put(const SearchDoc &doc);
    Status remove(SearchKind kind, const QString &entityId);

    Database &m_db;
};

} // namespace guanxi
