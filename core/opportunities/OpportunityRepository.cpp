// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/opportunities/OpportunityRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"
#include "core/storage/Statement.h"
#include "core/storage/TableDescription.h"
#include "core/storage/VersionedUpdate.h"
#include "core/util/Uuid7.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace guanxi {

using namespace Qt::Literals::StringLiterals;

namespace {

// The opportunities table, said once.
const TableDescription<Opportunity> &table()
{
    using namespace columns;
    using O = Opportunity;
    static const TableDescription<Opportunity> t(
        QStringLiteral("opportunities"),
        {own(QStringLiteral("id"), ColumnRole::Key, &O::id),
         fixed(referenceAt<O>(QStringLiteral("lead_id"), memberOf(&O::leadId))),
         textAt<O>(QStringLiteral("customer_id"), memberOf(&O::customerId)),
         joined(QStringLiteral("coalesce(c.name, '')"), &O::customerName),
         textAt<O>(QStringLiteral("name"), memberOf(&O::name)),
         valueAt<O>(QStringLiteral("amount_minor"), memberOf(&O::amountMinor)),
         textAt<O>(QStringLiteral("currency"), memberOf(&O::currency)),
         textAt<O>(QStringLiteral("stage"), memberOf(&O::stage)),
         valueAt<O>(QStringLiteral("probability_pct"), memberOf(&O::probabilityPct)),
         textAt<O>(QStringLiteral("expected_close_on"), memberOf(&O::expectedCloseOn)),
         textAt<O>(QStringLiteral("closed_on"), memberOf(&O::closedOn)),
         textAt<O>(QStringLiteral("source"), memberOf(&O::source)),
         textAt<O>(QStringLiteral("competitors"), memberOf(&O::competitors)),
         textAt<O>(QStringLiteral("next_step"), memberOf(&O::nextStep)),
         textAt<O>(QStringLiteral("outcome_reason"), memberOf(&O::outcomeReason)),
         textAt<O>(QStringLiteral("notes"), memberOf(&O::notes)),
         referenceAt<O>(QStringLiteral("owner_id"), memberOf(&O::ownerId)),
         joined(QStringLiteral("coalesce(u.display_name, '')"), &O::ownerName),
         joined(QStringLiteral("coalesce(u.department_id, '')"), &O::ownerDepartmentId),
         valueAt<O>(QStringLiteral("stage_entered_at"), memberOf(&O::stageEnteredAt)),
         textAt<O>(QStringLiteral("reached_stage"), memberOf(&O::reachedStage)),
         own(QStringLiteral("created_at"), ColumnRole::Stamp, &O::createdAt),
         own(QStringLiteral("updated_at"), ColumnRole::Stamp, &O::updatedAt),
         own(QStringLiteral("row_version"), ColumnRole::Stamp, &O::rowVersion, false)});
    return t;
}

QString selectOpportunities()
{
    return QStringLiteral("SELECT %1 FROM opportunities o LEFT JOIN customers c ON c.id = o.customer_id "
                          "LEFT JOIN users u ON u.id = o.owner_id WHERE o.deleted_at IS NULL")
        .arg(table().selectList(QStringLiteral("o")));
}

// One visit of a stage, with who moved the deal there.
struct StageVisitRow {
    StageVisit visit;
    QString id;
    QString opportunityId;
    QString enteredById;
    Stamps stamps;
};

const TableDescription<StageVisitRow> &stageHistoryTable()
{
    using namespace columns;
    using R = StageVisitRow;
    using V = StageVisit;
    static const TableDescription<StageVisitRow> t(
        QStringLiteral("opportunity_stage_history"),
        {own(QStringLiteral("id"), ColumnRole::Key, &R::id),
         own(QStringLiteral("opportunity_id"), ColumnRole::Fixed, &R::opportunityId),
         text(QStringLiteral("stage_id"), &R::visit, &V::stageId),
         value(QStringLiteral("entered_at"), &R::visit, &V::enteredAt),
         fixed(referenceAt<R>(QStringLiteral("entered_by"), memberOf(&R::enteredById))),
         joinedAt<R>(QStringLiteral("coalesce(u.display_name, '')"), memberOf(&R::visit, &V::enteredBy)),
         value(QStringLiteral("amount_minor"), &R::visit, &V::amountMinor)},
        &R::stamps);
    return t;
}

// A contact named as one of the deal's decision makers.
struct DecisionMakerRow {
    QString id;
    QString opportunityId;
    QString contactId;
    Stamps stamps;
};

const TableDescription<DecisionMakerRow> &decisionMakerTable()
{
    using namespace columns;
    using R = DecisionMakerRow;
    static const TableDescription<DecisionMakerRow> t(
        QStringLiteral("opportunity_contacts"),
        {own(QStringLiteral("id"), ColumnRole::Key, &R::id),
         own(QStringLiteral("opportunity_id"), ColumnRole::Fixed, &R::opportunityId),
         own(QStringLiteral("contact_id"), ColumnRole::Fixed, &R::contactId)},
        &R::stamps);
    return t;
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
    Opportunity stamped = o;
    if (stamped.stageEnteredAt == 0)
        stamped.stageEnteredAt = o.createdAt;
    stamped.updatedAt = o.createdAt;
    if (Status s = table().insert(m_db, stamped, actorId); !s)
        return s;
    return addStageVisit(o.id, o.stage, o.amountMinor, stamped.stageEnteredAt, actorId);
}

Result<bool> OpportunityRepository::update(const Opportunity &o, qint64 expectedVersion, qint64 now,
                                           const QString &actorId)
{
    return table().update(m_db, o.id, o, expectedVersion, now, actorId);
}

Status OpportunityRepository::addStageVisit(const QString &opportunityId, const QString &stageId, qint64 amountMinor,
                                            qint64 at, const QString &actorId)
{
    StageVisitRow row;
    row.id = newUuid7(at);
    row.opportunityId = opportunityId;
    row.visit.stageId = stageId;
    row.visit.enteredAt = at;
    row.visit.amountMinor = amountMinor;
    row.enteredById = actorId;
    row.stamps = Stamps::at(at);
    return stageHistoryTable().insert(m_db, row, actorId);
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
    q.prepare(selectOpportunities() + where + tail);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return toError(q);
    QList<Opportunity> out;
    while (q.next())
        out.append(table().read(q));
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
    q.prepare(QStringLiteral("SELECT %1 FROM opportunity_contacts WHERE opportunity_id = ? AND deleted_at IS NULL "
                             "ORDER BY created_at")
                  .arg(decisionMakerTable().selectList()));
    q.addBindValue(id);
    if (!q.exec())
        return toError(q);
    while (q.next())
        o.decisionMakerIds.append(decisionMakerTable().read(q).contactId);
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
            "SELECT o.id, coalesce(c.name, '') AS customer_name, o.name, o.amount_minor, o.currency, o.stage, "
            "       o.probability_pct, o.expected_close_on, o.closed_on, coalesce(u.display_name, '') AS owner_name, "
            "       o.row_version, o.customer_id "
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
    // Each card's columns by name, looked up once: the board reads thousands of cards.
    const int idColumn = q.column("id"_L1), customerNameColumn = q.column("customer_name"_L1),
              nameColumn = q.column("name"_L1), amountColumn = q.column("amount_minor"_L1),
              currencyColumn = q.column("currency"_L1), stageColumn = q.column("stage"_L1),
              probabilityColumn = q.column("probability_pct"_L1), expectedColumn = q.column("expected_close_on"_L1),
              closedColumn = q.column("closed_on"_L1), ownerNameColumn = q.column("owner_name"_L1),
              versionColumn = q.column("row_version"_L1), customerIdColumn = q.column("customer_id"_L1);
    QList<Opportunity> out;
    for (;;) {
        Result<bool> row = q.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        Opportunity o;
        o.id = q.textColumn(idColumn);
        o.customerName = q.textColumn(customerNameColumn);
        o.name = q.textColumn(nameColumn);
        o.amountMinor = q.intColumn(amountColumn);
        o.currency = q.textColumn(currencyColumn);
        o.stage = q.textColumn(stageColumn);
        o.probabilityPct = int(q.intColumn(probabilityColumn));
        o.expectedCloseOn = q.textColumn(expectedColumn);
        o.closedOn = q.textColumn(closedColumn);
        o.ownerName = q.textColumn(ownerNameColumn);
        o.rowVersion = q.intColumn(versionColumn);
        o.customerId = q.textColumn(customerIdColumn);
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
    q.prepare(QStringLiteral("SELECT %1 FROM opportunity_stage_history h LEFT JOIN users u ON u.id = h.entered_by "
                             "WHERE h.opportunity_id = ? AND h.deleted_at IS NULL ORDER BY h.entered_at, h.id")
                  .arg(stageHistoryTable().selectList(QStringLiteral("h"))));
    q.addBindValue(opportunityId);
    if (!q.exec())
        return toError(q);
    QList<StageVisit> out;
    while (q.next())
        out.append(stageHistoryTable().read(q).visit);
    return out;
}

Status OpportunityRepository::setDecisionMakers(const QString &opportunityId, const QStringList &contactIds, qint64 now,
                                                const QString &actorId)
{
    // Those no longer named are tombstoned; new ones added; the rest stay as they are.
    QSqlQuery current(m_db.sql());
    current.prepare(
        QStringLiteral("SELECT %1 FROM opportunity_contacts WHERE opportunity_id = ? AND deleted_at IS NULL")
            .arg(decisionMakerTable().selectList()));
    current.addBindValue(opportunityId);
    if (!current.exec())
        return toError(current);
    QStringList present;
    QStringList dropped;
    while (current.next()) {
        const DecisionMakerRow row = decisionMakerTable().read(current);
        if (contactIds.contains(row.contactId))
            present.append(row.contactId);
        else
            dropped.append(row.id);
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
        if (Status s =
                decisionMakerTable().insert(m_db, {newUuid7(now), opportunityId, contact, Stamps::at(now)}, actorId);
            !s)
            return s;
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
