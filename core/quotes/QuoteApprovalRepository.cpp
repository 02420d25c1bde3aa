// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quotes/QuoteApprovalRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"
#include "core/storage/TableDescription.h"

#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

namespace {

// A round of approval as stored: the round, and when the row was made and last written.
struct RoundRow {
    QuoteApprovalRound round;
    Stamps stamps;
};

// The approval rounds table, said once, with the names of who asked and who answered. The
// decision and who made it are moved by decide() and withdrawOpen(), never by an edit.
const TableDescription<RoundRow> &roundTable()
{
    using namespace columns;
    using R = RoundRow;
    using A = QuoteApprovalRound;
    const auto of = [](auto A::*m) {
        return [m](auto &r) -> auto &
        {
            return r.round.*m;
        };
    };
    static const TableDescription<RoundRow> t(
        QStringLiteral("quote_approval_requests"),
        {referenceAt<R>(QStringLiteral("id"), of(&A::id), ColumnRole::Key),
         fixed(referenceAt<R>(QStringLiteral("quote_id"), of(&A::quoteId))),
         fixed(referenceAt<R>(QStringLiteral("requested_by"), of(&A::requestedById))),
         joinedAt<R>(QStringLiteral("coalesce(ru.display_name, '')"), of(&A::requestedByName)),
         fixed(momentAt<R>(QStringLiteral("requested_at"), of(&A::requestedAt))),
         fixed(textAt<R>(QStringLiteral("message"), of(&A::message))),
         as(ColumnRole::State,
            convertedAt<R>(QStringLiteral("decision"), of(&A::decision), &approvalDecisionCode,
                           [](const QVariant &v) { return approvalDecisionFromCode(v.toString()); })),
         as(ColumnRole::State, referenceAt<R>(QStringLiteral("decided_by"), of(&A::decidedById))),
         joinedAt<R>(QStringLiteral("coalesce(du.display_name, '')"), of(&A::decidedByName)),
         as(ColumnRole::State, momentAt<R>(QStringLiteral("decided_at"), of(&A::decidedAt))),
         as(ColumnRole::State, textAt<R>(QStringLiteral("reason"), of(&A::reason))),
         readOnly(ColumnRole::Stamp, valueAt<R>(QStringLiteral("row_version"), of(&A::rowVersion)))},
        &R::stamps);
    return t;
}
const char *const kRoundJoins =
    " LEFT JOIN users ru ON ru.id = r.requested_by LEFT JOIN users du ON du.id = r.decided_by";

// A line of a queue: the round, and what the queue shows of its quote.
struct QueueRow {
    ApprovalQueueEntry entry;
    QString number;
    int version = 1;
};

const TableDescription<QueueRow> &queueColumns()
{
    using namespace columns;
    using R = QueueRow;
    using E = ApprovalQueueEntry;
    static const TableDescription<QueueRow> t(
        QStringLiteral("quotes"),
        {joinedAt<R>(QStringLiteral("q.quote_no"), memberOf(&R::number)),
         joinedAt<R>(QStringLiteral("q.version"), memberOf(&R::version)),
         joinedAt<R>(QStringLiteral("q.customer_id"), memberOf(&R::entry, &E::customerId)),
         joinedAt<R>(QStringLiteral("coalesce(c.name, '')"), memberOf(&R::entry, &E::customerName)),
         joinedAt<R>(QStringLiteral("coalesce(u.display_name, '')"), memberOf(&R::entry, &E::ownerName)),
         joinedAt<R>(QStringLiteral("q.total_minor"), memberOf(&R::entry, &E::totalMinor)),
         joinedAt<R>(QStringLiteral("q.currency"), memberOf(&R::entry, &E::currency))});
    return t;
}

} // namespace

Status QuoteApprovalRepository::insert(const QuoteApprovalRound &r, qint64 now, const QString &actorId)
{
    return roundTable().insert(m_db, {r, Stamps::at(now)}, actorId);
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
                  .arg(roundTable().selectList(QStringLiteral("r")), QLatin1String(kRoundJoins)));
    q.addBindValue(quoteId);
    if (!q.exec())
        return toError(q);
    QList<QuoteApprovalRound> out;
    while (q.next())
        out.append(roundTable().read(q).round);
    return out;
}

Result<QList<ApprovalQueueEntry>> QuoteApprovalRepository::entries(const QString &where, const QVariantList &binds,
                                                                   const QString &order, int limit, int *total)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, %5 FROM quote_approval_requests r%2 JOIN quotes q ON q.id = r.quote_id "
                             "LEFT JOIN customers c ON c.id = q.customer_id LEFT JOIN users u ON u.id = q.owner_id "
                             "WHERE r.deleted_at IS NULL AND q.deleted_at IS NULL AND (%3) ORDER BY %4")
                  .arg(roundTable().selectList(QStringLiteral("r")), QLatin1String(kRoundJoins), where, order,
                       queueColumns().selectList()));
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
        RoundRow round;
        QueueRow row;
        queueColumns().read(q, &row, roundTable().read(q, &round));
        ApprovalQueueEntry e = row.entry;
        e.round = round.round;
        e.quoteNumber = row.version > 1 ? QStringLiteral("%1 v%2").arg(row.number).arg(row.version) : row.number;
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
