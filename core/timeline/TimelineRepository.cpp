// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timeline/TimelineRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"
#include "core/storage/TableDescription.h"
#include "core/storage/VersionedUpdate.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

namespace {

// The interactions table, said once. Whether the follow-up was done is moved by its own write.
const TableDescription<Interaction> &interactionTable()
{
    using namespace columns;
    using I = Interaction;
    using D = InteractionDraft;
    static const TableDescription<Interaction> t(
        QStringLiteral("interactions"),
        {own(QStringLiteral("id"), ColumnRole::Key, &I::id),
         reference(QStringLiteral("customer_id"), &I::fields, &D::customerId),
         reference(QStringLiteral("contact_id"), &I::fields, &D::contactId),
         reference(QStringLiteral("lead_id"), &I::fields, &D::leadId),
         code(QStringLiteral("kind"), &I::fields, &D::kind),
         value(QStringLiteral("occurred_at"), &I::fields, &D::occurredAt),
         text(QStringLiteral("subject"), &I::fields, &D::subject),
         text(QStringLiteral("outcome"), &I::fields, &D::outcome),
         text(QStringLiteral("follow_up_on"), &I::fields, &D::followUpOn),
         as(ColumnRole::State, flagAt<I>(QStringLiteral("follow_up_done"), memberOf(&I::followUpDone))),
         fixed(referenceAt<I>(QStringLiteral("author_id"), memberOf(&I::authorId))),
         joined(QStringLiteral("coalesce(a.display_name, '')"), &I::authorName),
         joined(QStringLiteral("coalesce(ct.name, '')"), &I::contactName),
         own(QStringLiteral("created_at"), ColumnRole::Stamp, &I::createdAt),
         own(QStringLiteral("updated_at"), ColumnRole::Stamp, &I::updatedAt),
         own(QStringLiteral("row_version"), ColumnRole::Stamp, &I::rowVersion, false)});
    return t;
}

QString selectInteractions()
{
    return QStringLiteral("SELECT %1 FROM interactions i LEFT JOIN users a ON a.id = i.author_id "
                          "LEFT JOIN contacts ct ON ct.id = i.contact_id ")
        .arg(interactionTable().selectList(QStringLiteral("i")));
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

// The commitments table, said once. Its state and when it was closed are moved by its own write.
const TableDescription<Commitment> &commitmentTable()
{
    using namespace columns;
    using C = Commitment;
    using D = CommitmentDraft;
    static const TableDescription<Commitment> t(
        QStringLiteral("commitments"),
        {own(QStringLiteral("id"), ColumnRole::Key, &C::id),
         text(QStringLiteral("customer_id"), &C::fields, &D::customerId),
         reference(QStringLiteral("contact_id"), &C::fields, &D::contactId),
         text(QStringLiteral("description"), &C::fields, &D::description),
         text(QStringLiteral("due_on"), &C::fields, &D::dueOn),
         as(ColumnRole::State, codeAt<C>(QStringLiteral("state"), memberOf(&C::state))),
         as(ColumnRole::State, momentAt<C>(QStringLiteral("closed_at"), memberOf(&C::closedAt))),
         fixed(referenceAt<C>(QStringLiteral("author_id"), memberOf(&C::authorId))),
         joined(QStringLiteral("coalesce(a.display_name, '')"), &C::authorName),
         joined(QStringLiteral("coalesce(ct.name, '')"), &C::contactName),
         own(QStringLiteral("created_at"), ColumnRole::Stamp, &C::createdAt),
         own(QStringLiteral("updated_at"), ColumnRole::Stamp, &C::updatedAt),
         own(QStringLiteral("row_version"), ColumnRole::Stamp, &C::rowVersion, false)});
    return t;
}

QString selectCommitments()
{
    return QStringLiteral("SELECT %1 FROM commitments m LEFT JOIN users a ON a.id = m.author_id "
                          "LEFT JOIN contacts ct ON ct.id = m.contact_id ")
        .arg(commitmentTable().selectList(QStringLiteral("m")));
}

// An order as a line of its customer's timeline: read only, its day at noon UTC so that it sorts
// among the day's entries.
const TableDescription<TimelineEntry> &orderEntries()
{
    using namespace columns;
    using E = TimelineEntry;
    static const TableDescription<TimelineEntry> t(
        QStringLiteral("orders"),
        {own(QStringLiteral("id"), ColumnRole::Key, &E::id),
         own(QStringLiteral("order_no"), ColumnRole::Fixed, &E::title),
         {QStringLiteral("ordered_on"), ColumnRole::Fixed, nullptr,
          [](E &e, const QVariant &v) {
              e.occurredAt =
                  QDateTime(QDate::fromString(v.toString(), Qt::ISODate), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
          }},
         own(QStringLiteral("total_minor"), ColumnRole::Field, &E::amountMinor),
         own(QStringLiteral("currency"), ColumnRole::Field, &E::currency),
         own(QStringLiteral("status"), ColumnRole::Field, &E::outcome),
         joined(QStringLiteral("coalesce(u.display_name, '')"), &E::authorName)});
    return t;
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
    Interaction row = i;
    row.followUpDone = false;
    row.createdAt = now;
    row.updatedAt = now;
    return interactionTable().insert(m_db, row, actorId);
}

Result<std::optional<Interaction>> TimelineRepository::findInteraction(const QString &id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(selectInteractions() + QStringLiteral("WHERE i.id = ? AND i.deleted_at IS NULL"));
    q.addBindValue(id);
    if (!q.exec())
        return toError(q);
    if (!q.next())
        return std::optional<Interaction>();
    return std::optional<Interaction>(interactionTable().read(q));
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
    q.prepare(selectInteractions()
              + QStringLiteral(
                  "WHERE i.customer_id = ? AND i.deleted_at IS NULL ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?"));
    q.addBindValue(customerId);
    q.addBindValue(limit);
    if (!q.exec())
        return toError(q);
    while (q.next())
        out.append(entryOf(interactionTable().read(q)));

    // Orders are touch points too; their day becomes noon UTC so they sort among the day's entries.
    QSqlQuery o(m_db.sql());
    o.prepare(QStringLiteral("SELECT %1 FROM orders o LEFT JOIN users u ON u.id = o.owner_id "
                             "WHERE o.customer_id = ? AND o.deleted_at IS NULL ORDER BY o.ordered_on DESC LIMIT ?")
                  .arg(orderEntries().selectList(QStringLiteral("o"))));
    o.addBindValue(customerId);
    o.addBindValue(limit);
    if (!o.exec())
        return toError(o);
    while (o.next()) {
        TimelineEntry e = orderEntries().read(o);
        e.kind = QStringLiteral("order");
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
    q.prepare(selectInteractions()
              + QStringLiteral(
                  "WHERE i.lead_id = ? AND i.deleted_at IS NULL ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?"));
    q.addBindValue(leadId);
    q.addBindValue(limit);
    if (!q.exec())
        return toError(q);
    while (q.next())
        out.append(entryOf(interactionTable().read(q)));
    return out;
}

Status TimelineRepository::insertCommitment(const Commitment &c, qint64 now, const QString &actorId)
{
    Commitment row = c;
    row.state = CommitmentState::Open;
    row.closedAt = 0;
    row.authorId = actorId;
    row.createdAt = now;
    row.updatedAt = now;
    return commitmentTable().insert(m_db, row, actorId);
}

Result<std::optional<Commitment>> TimelineRepository::findCommitment(const QString &id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(selectCommitments() + QStringLiteral("WHERE m.id = ? AND m.deleted_at IS NULL"));
    q.addBindValue(id);
    if (!q.exec())
        return toError(q);
    if (!q.next())
        return std::optional<Commitment>();
    return std::optional<Commitment>(commitmentTable().read(q));
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
    q.prepare(selectCommitments()
              + QStringLiteral("WHERE m.customer_id = ? AND m.deleted_at IS NULL "
                               "ORDER BY m.state <> 'open', m.due_on, m.id"));
    q.addBindValue(customerId);
    if (!q.exec())
        return toError(q);
    QList<Commitment> out;
    while (q.next())
        out.append(commitmentTable().read(q));
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
