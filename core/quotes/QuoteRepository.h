// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/quotes/Quote.h"
#include "core/storage/KeysetList.h"
#include "core/util/Result.h"

#include <QVariantList>

#include <optional>

namespace guanxi {

class Database;

struct QuoteFilter {
    QString customerId;
    QString opportunityId;
    bool currentOnly = true; // leave out superseded versions
};

class QuoteRepository {
public:
    explicit QuoteRepository(Database &db)
        : m_db(db)
    {
    }

    Status insert(const Quote &q, const QString &actorId);
    // Writes the header (everything but number, version, customer and owner) at `expectedVersion`.
    Result<bool> updateHeader(const Quote &q, qint64 expectedVersion, qint64 now, const QString &actorId);
    // The quote's lines become `lines` (the old ones are tombstoned).
    Status replaceLines(const QString &quoteId, const QList<QuoteLine> &lines, qint64 now, const QString &actorId);
    Result<std::optional<Quote>> findById(const QString &id);
    // Headers only, newest first; `visibility` an AccessPolicy clause on `q`.
    Result<QList<Quote>> list(const QuoteFilter &filter, const QString &visibility, const QVariantList &visibilityBinds,
                              int limit);
    // The same headers as a list read a page at a time (QuoteListQuery): newest first, by day and
    // then id (a later version after an earlier one), over quotes_by_day_id.
    static KeysetList pagedList(const QuoteFilter &filter, const QString &visibility,
                                const QVariantList &visibilityBinds);
    Result<QList<Quote>> page(const KeysetList &list, const std::optional<PageCursor> &cursor, bool inclusive,
                              int limit);

private:
    Status insertLines(const QString &quoteId, const QList<QuoteLine> &lines, qint64 now, const QString &actorId);

    Database &m_db;
};

} // namespace guanxi
