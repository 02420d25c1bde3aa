// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/quotes/Quote.h"
#include "core/util/Result.h"

#include <QVariantList>

namespace guanxi {

class Database;

// The rounds of asking for a quote's price approval (quote_approval_requests). Callers hold the
// write transaction and have checked who may do what (QuoteService).
class QuoteApprovalRepository {
public:
    explicit QuoteApprovalRepository(Database &db)
        : m_db(db)
    {
    }

    Status insert(const QuoteApprovalRound &round, qint64 now, const QString &actorId);
    // Answers the open round `roundId`; false when it was not open any more.
    Result<bool> decide(const QString &roundId, ApprovalDecision decision, const QString &deciderId,
                        const QString &reason, qint64 now);
    // Withdraws the quote's open round, if it has one.
    Status withdrawOpen(const QString &quoteId, qint64 now, const QString &actorId);
    // Every round of the quote, oldest first.
    Result<QList<QuoteApprovalRound>> forQuote(const QString &quoteId);

    // The open rounds of current draft quotes that still need approval, oldest request first;
    // `visibility` an AccessPolicy clause on the quote `q`. `total` counts them all.
    Result<QList<ApprovalQueueEntry>> open(const QString &visibility, const QVariantList &visibilityBinds, int limit,
                                           int *total);
    // The rounds `requesterId` asked for: those still open and those answered since `sinceMs`,
    // newest first.
    Result<QList<ApprovalQueueEntry>> askedBy(const QString &requesterId, qint64 sinceMs, int limit, int *total);

private:
    Result<QList<ApprovalQueueEntry>> entries(const QString &where, const QVariantList &binds, const QString &order,
                                              int limit, int *total);

    Database &m_db;
};

} // namespace guanxi
