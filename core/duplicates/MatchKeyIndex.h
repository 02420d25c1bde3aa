// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/search/SearchDoc.h"
#include "core/storage/Statement.h"
#include "core/util/Result.h"

namespace guanxi {

class Database;

// Keeps match_keys in step with customers and contacts (see MatchKeys for what the keys are).
class MatchKeyIndex {
public:
    explicit MatchKeyIndex(Database &db)
        : m_db(db)
    {
    }

    // Files the record again under its current keys; a deleted record is taken out. Leads have no
    // keys of their own: they are checked against customers when they are converted.
    Status refresh(SearchKind kind, const QString &entityId);
    Status rebuild();

    // Files new records' keys with one prepared statement (rebuilds, imports).
    class Appender {
    public:
        explicit Appender(Database &db);
        Status add(SearchKind kind, const QString &entityId, const QStringList &keys);

    private:
        Statement m_insert;
    };
    static QStringList customerKeys(const QString &name, bool company, const QString &phone, const QString &email,
                                    const QString &website);

private:
    Status replaceKeys(SearchKind kind, const QString &entityId, const QStringList &keys);

    Database &m_db;
};

} // namespace guanxi
