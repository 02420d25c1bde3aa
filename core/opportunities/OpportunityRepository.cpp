// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/opportunities/OpportunityRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"
#include "core/storage/Statement.h"
#include "core/storage/VersionedUpdate.h"
#include "core/util/Uuid7.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace guanxi {

namespace {

const QStringList kEditable = {QStringLiteral("customer_id"),
                               QStringLiteral("name"),
                               QStringLiteral("amount_minor"),
                               QStringLiteral("currency"),
                               QStringLiteral("stage"),
                               QStringLiteral("probability_pct"),
                               QStringLiteral("expected_close_on"),
                               QStringLiteral("closed_on"),
                               QStringLiteral("source"),
                               QStringLiteral("competitors"),
                               QStringLiteral("next_step"),
                               QStringLiteral("outcome_reason"),
                               QStringLiteral("notes"),
                               QStringLiteral("owner_id"),
                               QStringLiteral("stage_entered_at"),
                               QStringLiteral("reached_stage")};

QVariantList editableValues(const Opportunity &o)
{
    return {o.customerId,
            o.name,
            o.amountMinor,
            o.currency,
            o.stage,
            o.probabilityPct,
            sql::text(o.expectedCloseOn),
            sql::text(o.closedOn),
            sql::text(o.source),
            sql::text(o.competitors),
            sql::text(o.nextStep),
            sql::text(o.outcomeReason),
            sql::text(o.notes),
            sql::nullIfEmpty(o.ownerId),
            o.stageEnteredAt,
            sql::text(o.reachedStage)};
}

const char *const kSelect =
    "SELECT o.id, o.customer_id, coalesce(c.name, ''), o.name, o.amount_minor, o.currency, o.stage, o.probability_pct, "
    "       o.expected_close_on, o.closed_on, o.source, o.competitors, o.next_step, o.outcome_reason, o.notes, "
    "       coalesce(o.lead_id, ''), coalesce(o.owner_id, ''), coalesce(u.display_name, ''), "
    "       coalesce(u.department_id, ''), o.stage_entered_at, o.created_at, o.updated_at, o.row_version, "
    "       o.reached_stage "
    "FROM opportunities o LEFT JOIN customers c ON c.id = o.customer_id LEFT JOIN users u ON u.id = o.owner_id "
    "WHERE o.deleted_at IS NULL";

Opportunity opportunityFrom(const QSqlQuery &q)
{
    Opportunity o;
    o.id = q.value(0).toString();
    o.customerId = q.value(1).toString();
    o.customerName = q.value(2).toString();
    o.name = q.value(3).toString();
    o.amountMinor = q.value(4).toLongLong();
    o.currency = q.value(5).toString();
    o.stage = q.value(6).toString();
    o.probabilityPct = q.value(7).toInt();
    o.expectedCloseOn = q.value(8).toString();
    o.closedOn = q.value(9).toString();
    o.source = q.value(10).toString();
    o.competitors = q.value(11).toString();
    o.nextStep = q.value(12).toString();
    o.outcomeReason = q.value(13).toString();
    o.notes = q.value(14).toString();
    o.leadId = q.value(15).toString();
    o.ownerId = q.value(16).toString();
    o.ownerName = q.value(17).toString();
    o.ownerDepartmentId = q.value(18).toString();
    o.stageEnteredAt = q.value(19).toLongLong();
    o.createdAt = q.value(20).toLongLong();
    o.updatedAt = q.value(21).toLongLong();
    o.rowVersion = q.value(22).toLongLong();
    o.reachedStage = q.value(23).toString();
    return o;
}

} // namespace

OpportunityDraft Opportunity::draft() const
{
    OpportunityDraft d;
    d.customerId = customerId;
    d.name = name;
    d.amountMinor = amountMinor;
    d.currency = currency;
    d.stageId = stage;
    d.probabilityPct = probabilityPct;
    d.expectedCloseOn = expectedCloseOn;
    d.source = source;
    d.competitors = competitors;
    d.nextStep = nextStep;
    d.outcomeReason = outcomeReason;
    d.notes = notes;
    d.ownerId = ownerId;
    d.decisionMakerIds = decisionMakerIds;
    return d;
}

QString OpportunityFilter::whereClause(QVariantList *binds) const
{
    QString where;
    if (!ownerId.isEmpty()) {
        where += QStringLiteral(" AND o.owner_id = ?");
        binds->append(ownerId);
    }
    if (!departmentId.isEmpty()) {
        where += QStringLiteral(" AND o.owner_id IN (SELECT id FROM users WHERE department_id = ?)");
        binds->append(departmentId);
    }
    if (!customerId.isEmpty()) {
        where += QStringLiteral(" AND o.customer_id = ?");
        binds->append(customerId);
    }
    if (!closedSince.isEmpty()) {
        where += QStringLiteral(" AND (o.closed_on = '' OR o.closed_on >= ?)");
        binds->append(closedSince);
    }
    if (hasPeriod()) {
        // The close date: closed_on once decided, the expected date while open.
        const QString closeDate =
            QStringLiteral("(CASE WHEN o.closed_on <> '' THEN o.closed_on ELSE o.expected_close_on END)");
        QString inPeriod = closeDate + QStringLiteral(" <> ''");
        if (!from.isEmpty()) {
            inPeriod += QStringLiteral(" AND ") + closeDate + QStringLiteral(" >= ?");
            binds->append(from);
        }
        if (!to.isEmpty()) {
            inPeriod += QStringLiteral(" AND ") + closeDate + QStringLiteral(" <= ?");
            binds->append(to);
        }
        where += openOnlyOutsidePeriod ? QStringLiteral(" AND (o.closed_on = '' OR (%1))").arg(inPeriod)
                                       : QStringLiteral(" AND (%1)").arg(inPeriod);
    }
    return where;
}

Status OpportunityRepository::insert(const Opportunity &o, const QString &actorId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO opportunities (id, lead_id, %1, created_at, updated_at, updated_by) "
                             "VALUES (?, ?, %2?, ?, ?)")
                  .arg(kEditable.join(QStringLiteral(", ")), QStringLiteral("?, ").repeated(kEditable.size())));
    q.addBindValue(o.id);
    q.addBindValue(sql::nullIfEmpty(o.leadId));
    Opportunity stamped = o;
    if (stamped.stageEnteredAt == 0)
        stamped.stageEnteredAt = o.createdAt;
    for (const QVariant &v : editableValues(stamped))
        q.addBindValue(v);
    q.addBindValue(o.createdAt);
    q.addBindValue(o.createdAt);
    q.addBindValue(sql::nullIfEmpty(actorId));
    if (!q.exec())
        return toError(q);
    return addStageVisit(o.id, o.stage, o.amountMinor, stamped.stageEnteredAt, actorId);
}

Result<bool> OpportunityRepository::update(const Opportunity &o, qint64 expectedVersion, qint64 now,
                                           const QString &actorId)
{
    return updateVersioned(m_db, QStringLiteral("opportunities"), kEditable, editableValues(o), o.id, expectedVersion,
                           now, actorId);
}

Status OpportunityRepository::addStageVisit(const QString &opportunityId, const QString &stageId, qint64 amountMinor,
                                            qint64 at, const QString &actorId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("INSERT INTO opportunity_stage_history (id, opportunity_id, stage_id, entered_at, entered_by, "
                       "amount_minor, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(newUuid7(at));
    q.addBindValue(opportunityId);
    q.addBindValue(stageId);
    q.addBindValue(at);
    q.addBindValue(sql::nullIfEmpty(actorId));
    q.addBindValue(amountMinor);
    q.addBindValue(at);
    q.addBindValue(at);
    q.addBindValue(sql::nullIfEmpty(actorId));
    if (!q.exec())
        return toError(q);
    return {};
}

Result<bool> OpportunityRepository::setDeleted(const QString &id, qint64 expectedVersion, qint64 now,
                                               const QString &actorId)
{
    return updateVersioned(m_db, QStringLiteral("opportunities"), {QStringLiteral("deleted_at")}, {now}, id,
                           expectedVersion, now, actorId);
}

Result<QList<Opportunity>> OpportunityRepository::select(const QString &where, const QVariantList &binds,
                                                         const QString &tail)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(kSelect) + where + tail);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return toError(q);
    QList<Opportunity> out;
    while (q.next())
        out.append(opportunityFrom(q));
    return out;
}

Result<std::optional<Opportunity>> OpportunityRepository::findById(const QString &id)
{
    Result<QList<Opportunity>> found = select(QStringLiteral(" AND o.id = ?"), {id}, {});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Opportunity>();
    Opportunity o = found->first();
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT contact_id FROM opportunity_contacts WHERE opportunity_id = ? AND deleted_at IS NULL "
                       "ORDER BY created_at"));
    q.addBindValue(id);
    if (!q.exec())
        return toError(q);
    while (q.next())
        o.decisionMakerIds.append(q.value(0).toString());
    return std::optional<Opportunity>(o);
}

Result<QList<Opportunity>> OpportunityRepository::listForCustomer(const QString &customerId)
{
    return select(QStringLiteral(" AND o.customer_id = ?"), {customerId},
                  QStringLiteral(" ORDER BY o.created_at DESC"));
}

Result<QList<Opportunity>> OpportunityRepository::list(const OpportunityFilter &filter, const QString &visibility,
                                                       const QVariantList &visibilityBinds, int limit)
{
    QVariantList binds = visibilityBinds;
    const QString where = QStringLiteral(" AND ") + visibility + filter.whereClause(&binds);
    binds.append(limit);
    return select(where, binds,
                  QStringLiteral(" ORDER BY o.expected_close_on = '', o.expected_close_on, o.id LIMIT ?"));
}

Result<QList<Opportunity>> OpportunityRepository::cards(const OpportunityFilter &filter, const QString &visibility,
                                                        const QVariantList &visibilityBinds, int limit)
{
    QVariantList binds = visibilityBinds;
    const QString where = visibility + filter.whereClause(&binds);
    const QByteArray sql =
        QStringLiteral(
            "SELECT o.id, coalesce(c.name, ''), o.name, o.amount_minor, o.currency, o.stage, o.probability_pct, "
            "       o.expected_close_on, o.closed_on, coalesce(u.display_name, ''), o.row_version, o.customer_id "
            "FROM opportunities o LEFT JOIN customers c ON c.id = o.customer_id "
            "LEFT JOIN users u ON u.id = o.owner_id WHERE o.deleted_at IS NULL AND %1")
            .arg(where)
            .toUtf8();
    Statement q(m_db, sql.constData());
    if (!q.isValid())
        return q.lastError();
    int position = 0;
    for (const QVariant &v : std::as_const(binds)) {
        ++position;
        if (v.typeId() == QMetaType::QString)
            q.bindView(position, v.toString());
        else
            q.bind(position, v.toLongLong());
    }
    QList<Opportunity> out;
    for (;;) {
        Result<bool> row = q.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        Opportunity o;
        o.id = q.textColumn(0);
        o.customerName = q.textColumn(1);
        o.name = q.textColumn(2);
        o.amountMinor = q.intColumn(3);
        o.currency = q.textColumn(4);
        o.stage = q.textColumn(5);
        o.probabilityPct = int(q.intColumn(6));
        o.expectedCloseOn = q.textColumn(7);
        o.closedOn = q.textColumn(8);
        o.ownerName = q.textColumn(9);
        o.rowVersion = q.intColumn(10);
        o.customerId = q.textColumn(11);
        out.append(std::move(o));
    }
    // Sorted here rather than by SQLite, which would sort the joined rows on disk-sized records:
    // by close date, deals without one last; then the first `limit`.
    std::sort(out.begin(), out.end(), [](const Opportunity &a, const Opportunity &b) {
        const QString &da = a.closedOn.isEmpty() ? a.expectedCloseOn : a.closedOn;
        const QString &db = b.closedOn.isEmpty() ? b.expectedCloseOn : b.closedOn;
        if (da.isEmpty() != db.isEmpty())
            return db.isEmpty();
        if (da != db)
            return da < db;
        return a.id < b.id;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

Result<QList<StageVisit>> OpportunityRepository::history(const QString &opportunityId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT h.stage_id, h.entered_at, coalesce(u.display_name, ''), h.amount_minor "
                             "FROM opportunity_stage_history h LEFT JOIN users u ON u.id = h.entered_by "
                             "WHERE h.opportunity_id = ? AND h.deleted_at IS NULL ORDER BY h.entered_at, h.id"));
    q.addBindValue(opportunityId);
    if (!q.exec())
        return toError(q);
    QList<StageVisit> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toLongLong()});
    return out;
}

Status OpportunityRepository::setDecisionMakers(const QString &opportunityId, const QStringList &contactIds, qint64 now,
                                                const QString &actorId)
{
    // Those no longer named are tombstoned; new ones added; the rest stay as they are.
    QSqlQuery current(m_db.sql());
    current.prepare(QStringLiteral("SELECT id, contact_id FROM opportunity_contacts WHERE opportunity_id = ? "
                                   "AND deleted_at IS NULL"));
    current.addBindValue(opportunityId);
    if (!current.exec())
        return toError(current);
    QStringList present;
    QStringList dropped;
    while (current.next()) {
        const QString contact = current.value(1).toString();
        if (contactIds.contains(contact))
            present.append(contact);
        else
            dropped.append(current.value(0).toString());
    }
    for (const QString &rowId : dropped) {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("UPDATE opportunity_contacts SET deleted_at = ?, updated_at = ?, updated_by = ?, "
                                 "row_version = row_version + 1 WHERE id = ?"));
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(sql::nullIfEmpty(actorId));
        q.addBindValue(rowId);
        if (!q.exec())
            return toError(q);
    }
    for (const QString &contact : contactIds) {
        if (present.contains(contact))
            continue;
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("INSERT INTO opportunity_contacts (id, opportunity_id, contact_id, created_at, "
                                 "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(newUuid7(now));
        q.addBindValue(opportunityId);
        q.addBindValue(contact);
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(sql::nullIfEmpty(actorId));
        if (!q.exec())
            return toError(q);
        present.append(contact);
    }
    return {};
}

Status OpportunityRepository::moveAll(const QString &fromCustomerId, const QString &toCustomerId, qint64 now,
                                      const QString &actorId)
{
    for (const QString &table : {QStringLiteral("opportunities"), QStringLiteral("orders")})
        if (Status s = reassignCustomer(m_db, table, fromCustomerId, toCustomerId, now, actorId); !s)
            return s;
    return {};
}

} // namespace guanxi
