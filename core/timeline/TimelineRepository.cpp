// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timeline/TimelineRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"
#include "core/storage/VersionedUpdate.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

namespace {

const QString kInteractionColumns = QStringLiteral(
    "SELECT i.id, coalesce(i.customer_id, ''), coalesce(i.contact_id, ''), coalesce(i.lead_id, ''), i.kind, "
    "       i.occurred_at, i.subject, i.outcome, i.follow_up_on, i.follow_up_done, coalesce(i.author_id, ''), "
    "       coalesce(a.display_name, ''), coalesce(ct.name, ''), i.row_version "
    "FROM interactions i LEFT JOIN users a ON a.id = i.author_id LEFT JOIN contacts ct ON ct.id = i.contact_id ");

Interaction readInteraction(const QSqlQuery &q)
{
    Interaction i;
    i.id = q.value(0).toString();
    i.fields.customerId = q.value(1).toString();
    i.fields.contactId = q.value(2).toString();
    i.fields.leadId = q.value(3).toString();
    fromCode(q.value(4).toString(), &i.fields.kind);
    i.fields.occurredAt = q.value(5).toLongLong();
    i.fields.subject = q.value(6).toString();
    i.fields.outcome = q.value(7).toString();
    i.fields.followUpOn = q.value(8).toString();
    i.followUpDone = q.value(9).toBool();
    i.authorId = q.value(10).toString();
    i.authorName = q.value(11).toString();
    i.contactName = q.value(12).toString();
    i.rowVersion = q.value(13).toLongLong();
    return i;
}

TimelineEntry entryOf(const Interaction &i)
{
    TimelineEntry e;
    e.kind = codeOf(i.fields.kind);
    e.id = i.id;
    e.occurredAt = i.fields.occurredAt;
    e.title = i.fields.subject;
    e.outcome = i.fields.outcome;
    e.contactName = i.contactName;
    e.authorName = i.authorName;
    e.followUpOn = i.fields.followUpOn;
    e.followUpDone = i.followUpDone;
    return e;
}

const QString kCommitmentColumns = QStringLiteral(
    "SELECT m.id, m.customer_id, coalesce(m.contact_id, ''), m.description, m.due_on, m.state, "
    "       coalesce(m.closed_at, 0), coalesce(a.display_name, ''), coalesce(ct.name, ''), m.row_version "
    "FROM commitments m LEFT JOIN users a ON a.id = m.author_id LEFT JOIN contacts ct ON ct.id = m.contact_id ");

Commitment readCommitment(const QSqlQuery &q)
{
    Commitment c;
    c.id = q.value(0).toString();
    c.fields.customerId = q.value(1).toString();
    c.fields.contactId = q.value(2).toString();
    c.fields.description = q.value(3).toString();
    c.fields.dueOn = q.value(4).toString();
    fromCode(q.value(5).toString(), &c.state);
    c.closedAt = q.value(6).toLongLong();
    c.authorName = q.value(7).toString();
    c.contactName = q.value(8).toString();
    c.rowVersion = q.value(9).toLongLong();
    return c;
}

Status exec(QSqlQuery &q)
{
    if (!q.exec())
        return toError(q);
    return {};
}

} // namespace

Status TimelineRepository::insertInteraction(const Interaction &i, qint64 now, const QString &actorId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO interactions (id, customer_id, contact_id, lead_id, kind, occurred_at, subject, outcome, "
        "follow_up_on, follow_up_done, author_id, created_at, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)"));
    q.addBindValue(i.id);
    q.addBindValue(sql::nullIfEmpty(i.fields.customerId));
    q.addBindValue(sql::nullIfEmpty(i.fields.contactId));
    q.addBindValue(sql::nullIfEmpty(i.fields.leadId));
    q.addBindValue(codeOf(i.fields.kind));
    q.addBindValue(i.fields.occurredAt);
    q.addBindValue(sql::text(i.fields.subject));
    q.addBindValue(sql::text(i.fields.outcome));
    q.addBindValue(sql::text(i.fields.followUpOn));
    q.addBindValue(sql::nullIfEmpty(i.authorId));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(sql::nullIfEmpty(actorId));
    return exec(q);
}

Result<std::optional<Interaction>> TimelineRepository::findInteraction(const QString &id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(kInteractionColumns + QStringLiteral("WHERE i.id = ? AND i.deleted_at IS NULL"));
    q.addBindValue(id);
    if (!q.exec())
        return toError(q);
    if (!q.next())
        return std::optional<Interaction>();
    return std::optional<Interaction>(readInteraction(q));
}

Status TimelineRepository::completeOpenFollowUps(const QString &customerId, const QString &leadId, qint64 now,
                                                 const QString &actorId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "UPDATE interactions SET follow_up_done = 1, updated_at = ?, updated_by = ?, row_version = row_version + 1 "
        "WHERE deleted_at IS NULL AND follow_up_on <> '' AND follow_up_done = 0 "
        "AND (customer_id = ? OR lead_id = ?)"));
    q.addBindValue(now);
    q.addBindValue(sql::nullIfEmpty(actorId));
    q.addBindValue(sql::text(customerId));
    q.addBindValue(sql::text(leadId));
    return exec(q);
}

Result<bool> TimelineRepository::setFollowUpDone(const QString &id, qint64 expectedVersion, qint64 now,
                                                 const QString &actorId)
{
    return updateVersioned(m_db, QStringLiteral("interactions"), {QStringLiteral("follow_up_done")}, {1}, id,
                           expectedVersion, now, actorId);
}

Status TimelineRepository::touchLastContact(const QString &customerId, const QString &leadId, qint64 at)
{
    // Derived from the timeline, so it changes neither row_version nor updated_at: touching it
    // must not make a colleague's open card conflict.
    for (const auto &[table, id] :
         {std::pair{QStringLiteral("customers"), customerId}, std::pair{QStringLiteral("leads"), leadId}}) {
        if (id.isEmpty())
            continue;
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("UPDATE %1 SET last_contact_at = max(last_contact_at, ?) WHERE id = ?").arg(table));
        q.addBindValue(at);
        q.addBindValue(id);
        if (Status s = exec(q); !s)
            return s;
    }
    return {};
}

Result<QList<TimelineEntry>> TimelineRepository::customerTimeline(const QString &customerId, int limit)
{
    QList<TimelineEntry> out;
    QSqlQuery q(m_db.sql());
    q.prepare(kInteractionColumns
              + QStringLiteral(
                  "WHERE i.customer_id = ? AND i.deleted_at IS NULL ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?"));
    q.addBindValue(customerId);
    q.addBindValue(limit);
    if (!q.exec())
        return toError(q);
    while (q.next())
        out.append(entryOf(readInteraction(q)));

    // Orders are touch points too; their day becomes noon UTC so they sort among the day's entries.
    QSqlQuery o(m_db.sql());
    o.prepare(QStringLiteral(
        "SELECT o.id, o.order_no, o.ordered_on, o.total_minor, o.currency, o.status, coalesce(u.display_name, '') "
        "FROM orders o LEFT JOIN users u ON u.id = o.owner_id "
        "WHERE o.customer_id = ? AND o.deleted_at IS NULL ORDER BY o.ordered_on DESC LIMIT ?"));
    o.addBindValue(customerId);
    o.addBindValue(limit);
    if (!o.exec())
        return toError(o);
    while (o.next()) {
        TimelineEntry e;
        e.kind = QStringLiteral("order");
        e.id = o.value(0).toString();
        e.title = o.value(1).toString();
        e.occurredAt =
            QDateTime(QDate::fromString(o.value(2).toString(), Qt::ISODate), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        e.amountMinor = o.value(3).toLongLong();
        e.currency = o.value(4).toString();
        e.outcome = o.value(5).toString();
        e.authorName = o.value(6).toString();
        out.append(e);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) { return a.occurredAt > b.occurredAt; });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

Result<QList<TimelineEntry>> TimelineRepository::leadTimeline(const QString &leadId, int limit)
{
    QList<TimelineEntry> out;
    QSqlQuery q(m_db.sql());
    q.prepare(kInteractionColumns
              + QStringLiteral(
                  "WHERE i.lead_id = ? AND i.deleted_at IS NULL ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?"));
    q.addBindValue(leadId);
    q.addBindValue(limit);
    if (!q.exec())
        return toError(q);
    while (q.next())
        out.append(entryOf(readInteraction(q)));
    return out;
}

Status TimelineRepository::insertCommitment(const Commitment &c, qint64 now, const QString &actorId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("INSERT INTO commitments (id, customer_id, contact_id, description, due_on, state, author_id, "
                       "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, 'open', ?, ?, ?, ?)"));
    q.addBindValue(c.id);
    q.addBindValue(c.fields.customerId);
    q.addBindValue(sql::nullIfEmpty(c.fields.contactId));
    q.addBindValue(c.fields.description);
    q.addBindValue(c.fields.dueOn);
    q.addBindValue(sql::nullIfEmpty(actorId));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(sql::nullIfEmpty(actorId));
    return exec(q);
}

Result<std::optional<Commitment>> TimelineRepository::findCommitment(const QString &id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(kCommitmentColumns + QStringLiteral("WHERE m.id = ? AND m.deleted_at IS NULL"));
    q.addBindValue(id);
    if (!q.exec())
        return toError(q);
    if (!q.next())
        return std::optional<Commitment>();
    return std::optional<Commitment>(readCommitment(q));
}

Result<bool> TimelineRepository::setCommitmentState(const QString &id, CommitmentState state, qint64 expectedVersion,
                                                    qint64 now, const QString &actorId)
{
    return updateVersioned(
        m_db, QStringLiteral("commitments"), {QStringLiteral("state"), QStringLiteral("closed_at")},
        {codeOf(state), state == CommitmentState::Open ? QVariant(QMetaType::fromType<qint64>()) : QVariant(now)}, id,
        expectedVersion, now, actorId);
}

Result<QList<Commitment>> TimelineRepository::commitments(const QString &customerId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(kCommitmentColumns
              + QStringLiteral("WHERE m.customer_id = ? AND m.deleted_at IS NULL "
                               "ORDER BY m.state <> 'open', m.due_on, m.id"));
    q.addBindValue(customerId);
    if (!q.exec())
        return toError(q);
    QList<Commitment> out;
    while (q.next())
        out.append(readCommitment(q));
    return out;
}

Status TimelineRepository::moveLeadHistory(const QString &leadId, const QString &customerId, qint64 now,
                                           const QString &actorId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE interactions SET customer_id = ?, updated_at = ?, updated_by = ?, "
                             "row_version = row_version + 1 WHERE lead_id = ? AND customer_id IS NULL"));
    q.addBindValue(customerId);
    q.addBindValue(now);
    q.addBindValue(sql::nullIfEmpty(actorId));
    q.addBindValue(leadId);
    return exec(q);
}

Status TimelineRepository::moveCustomerHistory(const QString &fromId, const QString &toId, qint64 now,
                                               const QString &actorId)
{
    for (const QString &table : {QStringLiteral("interactions"), QStringLiteral("commitments")})
        if (Status s = reassignCustomer(m_db, table, fromId, toId, now, actorId); !s)
            return s;
    return {};
}

} // namespace guanxi
