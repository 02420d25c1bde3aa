// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quotes/QuoteApprovalRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"

#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

namespace {

QVariant msOrNull(qint64 ms)
{
    return ms > 0 ? QVariant(ms) : QVariant(QMetaType::fromType<qint64>());
}

// The columns of a round, with the names of who asked and who answered; `r` the round.
const char *const kRoundColumns =
    "r.id, r.quote_id, coalesce(r.requested_by, ''), coalesce(ru.display_name, ''), coalesce(r.requested_at, 0), "
    "r.message, r.decision, coalesce(r.decided_by, ''), coalesce(du.display_name, ''), coalesce(r.decided_at, 0), "
    "r.reason, r.row_version";
const char *const kRoundJoins =
    " LEFT JOIN users ru ON ru.id = r.requested_by LEFT JOIN users du ON du.id = r.decided_by";

QuoteApprovalRound roundFrom(const QSqlQuery &q)
{
    QuoteApprovalRound r;
    int i = 0;
    r.id = q.value(i++).toString();
    r.quoteId = q.value(i++).toString();
    r.requestedById = q.value(i++).toString();
    r.requestedByName = q.value(i++).toString();
    r.requestedAt = q.value(i++).toLongLong();
    r.message = q.value(i++).toString();
    r.decision = approvalDecisionFromCode(q.value(i++).toString());
    r.decidedById = q.value(i++).toString();
    r.decidedByName = q.value(i++).toString();
    r.decidedAt = q.value(i++).toLongLong();
    r.reason = q.value(i++).toString();
    r.rowVersion = q.value(i++).toLongLong();
    return r;
}
constexpr int kRoundColumnCount = 12;

} // namespace

Status QuoteApprovalRepository::insert(const QuoteApprovalRound &r, qint64 now, const QString &actorId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO quote_approval_requests (id, quote_id, requested_by, requested_at, message, decision, decided_by, "
        "decided_at, reason, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         QVariantList{r.id, r.quoteId, sql::nullIfEmpty(r.requestedById), msOrNull(r.requestedAt), sql::text(r.message),
                      approvalDecisionCode(r.decision), sql::nullIfEmpty(r.decidedById), msOrNull(r.decidedAt),
                      sql::text(r.reason), now, now, sql::nullIfEmpty(actorId)})
        q.addBindValue(v);
    if (!q.exec())
        return toError(q);
    return {};
}

Result<bool> QuoteApprovalRepository::decide(const QString &roundId, ApprovalDecision decision,
                                             const QString &deciderId, const QString &reason, qint64 now)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "UPDATE quote_approval_requests SET decision = ?, decided_by = ?, decided_at = ?, reason = ?, updated_at = ?, "
        "updated_by = ?, row_version = row_version + 1 WHERE id = ? AND decision = 'pending' AND deleted_at IS NULL"));
    for (const QVariant &v : QVariantList{approvalDecisionCode(decision), sql::nullIfEmpty(deciderId), now,
                                          sql::text(reason), now, sql::nullIfEmpty(deciderId), roundId})
        q.addBindValue(v);
    if (!q.exec())
        return toError(q);
    return q.numRowsAffected() == 1;
}

Status QuoteApprovalRepository::withdrawOpen(const QString &quoteId, qint64 now, const QString &actorId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "UPDATE quote_approval_requests SET decision = 'withdrawn', decided_at = ?, updated_at = ?, updated_by = ?, "
        "row_version = row_version + 1 WHERE quote_id = ? AND decision = 'pending' AND deleted_at IS NULL"));
    for (const QVariant &v : QVariantList{now, now, sql::nullIfEmpty(actorId), quoteId})
        q.addBindValue(v);
    if (!q.exec())
        return toError(q);
    return {};
}

Result<QList<QuoteApprovalRound>> QuoteApprovalRepository::forQuote(const QString &quoteId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM quote_approval_requests r%2 WHERE r.quote_id = ? AND r.deleted_at IS NULL "
                             "ORDER BY r.created_at, r.id")
                  .arg(QLatin1String(kRoundColumns), QLatin1String(kRoundJoins)));
    q.addBindValue(quoteId);
    if (!q.exec())
        return toError(q);
    QList<QuoteApprovalRound> out;
    while (q.next())
        out.append(roundFrom(q));
    return out;
}

Result<QList<ApprovalQueueEntry>> QuoteApprovalRepository::entries(const QString &where, const QVariantList &binds,
                                                                   const QString &order, int limit, int *total)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, q.quote_no, q.version, q.customer_id, coalesce(c.name, ''), "
                             "  coalesce(u.display_name, ''), q.total_minor, q.currency "
                             "FROM quote_approval_requests r%2 JOIN quotes q ON q.id = r.quote_id "
                             "LEFT JOIN customers c ON c.id = q.customer_id LEFT JOIN users u ON u.id = q.owner_id "
                             "WHERE r.deleted_at IS NULL AND q.deleted_at IS NULL AND (%3) ORDER BY %4")
                  .arg(QLatin1String(kRoundColumns), QLatin1String(kRoundJoins), where, order));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return toError(q);
    QList<ApprovalQueueEntry> out;
    int count = 0;
    while (q.next()) {
        ++count;
        if (out.size() >= limit)
            continue;
        ApprovalQueueEntry e;
        e.round = roundFrom(q);
        int i = kRoundColumnCount;
        const QString number = q.value(i++).toString();
        const int version = q.value(i++).toInt();
        e.quoteNumber = version > 1 ? QStringLiteral("%1 v%2").arg(number).arg(version) : number;
        e.customerId = q.value(i++).toString();
        e.customerName = q.value(i++).toString();
        e.ownerName = q.value(i++).toString();
        e.totalMinor = q.value(i++).toLongLong();
        e.currency = q.value(i++).toString();
        out.append(e);
    }
    if (total)
        *total = count;
    return out;
}

Result<QList<ApprovalQueueEntry>>
QuoteApprovalRepository::open(const QString &visibility, const QVariantList &visibilityBinds, int limit, int *total)
{
    return entries(QStringLiteral("r.decision = 'pending' AND q.status = 'draft' AND q.approval = 'needed' AND ")
                       + visibility,
                   visibilityBinds, QStringLiteral("r.requested_at, r.id"), limit, total);
}

Result<QList<ApprovalQueueEntry>> QuoteApprovalRepository::askedBy(const QString &requesterId, qint64 sinceMs,
                                                                   int limit, int *total)
{
    return entries(QStringLiteral("r.requested_by = ? AND (r.decision = 'pending' OR "
                                  "(r.decision <> 'withdrawn' AND r.decided_at >= ?))"),
                   {requesterId, sinceMs}, QStringLiteral("coalesce(r.decided_at, r.requested_at) DESC, r.id"), limit,
                   total);
}

} // namespace guanxi
