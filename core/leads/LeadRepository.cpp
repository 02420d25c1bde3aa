// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/leads/LeadRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"
#include "core/storage/TableDescription.h"
#include "core/storage/VersionedUpdate.h"

#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

namespace {

// The leads table, said once. Its status and what a conversion made are moved by the lead's
// transitions (setStatus, markConverted), never by an edit of the lead.
const TableDescription<Lead> &table()
{
    using namespace columns;
    using L = Lead;
    using D = LeadDraft;
    static const TableDescription<Lead> t(
        QStringLiteral("leads"),
        {own(QStringLiteral("id"), ColumnRole::Key, &L::id),
         text(QStringLiteral("person_name"), &L::fields, &D::personName),
         text(QStringLiteral("company"), &L::fields, &D::company),
         text(QStringLiteral("title"), &L::fields, &D::title),
         text(QStringLiteral("phone"), &L::fields, &D::phone),
         text(QStringLiteral("email"), &L::fields, &D::email),
         text(QStringLiteral("region"), &L::fields, &D::region),
         text(QStringLiteral("industry"), &L::fields, &D::industry),
         text(QStringLiteral("source"), &L::fields, &D::source),
         text(QStringLiteral("notes"), &L::fields, &D::notes),
         reference(QStringLiteral("owner_id"), &L::fields, &D::ownerId),
         joined(QStringLiteral("coalesce(o.display_name, '')"), &L::ownerName),
         joined(QStringLiteral("coalesce(o.department_id, '')"), &L::ownerDepartmentId),
         as(ColumnRole::State, codeAt<L>(QStringLiteral("status"), memberOf(&L::status))),
         as(ColumnRole::State, textAt<L>(QStringLiteral("status_reason"), memberOf(&L::statusReason))),
         as(ColumnRole::State, referenceAt<L>(QStringLiteral("customer_id"), memberOf(&L::customerId))),
         as(ColumnRole::State, referenceAt<L>(QStringLiteral("contact_id"), memberOf(&L::contactId))),
         as(ColumnRole::State, referenceAt<L>(QStringLiteral("opportunity_id"), memberOf(&L::opportunityId))),
         as(ColumnRole::State, momentAt<L>(QStringLiteral("converted_at"), memberOf(&L::convertedAt))),
         own(QStringLiteral("last_contact_at"), ColumnRole::Stamp, &L::lastContactAt),
         own(QStringLiteral("created_at"), ColumnRole::Stamp, &L::createdAt),
         own(QStringLiteral("updated_at"), ColumnRole::Stamp, &L::updatedAt),
         own(QStringLiteral("row_version"), ColumnRole::Stamp, &L::rowVersion, false)});
    return t;
}

QString selectLeads()
{
    return QStringLiteral("SELECT %1 FROM leads l LEFT JOIN users o ON o.id = l.owner_id ")
        .arg(table().selectList(QStringLiteral("l")));
}

} // namespace

Result<std::optional<Lead>> LeadRepository::findById(const QString &id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(selectLeads() + QStringLiteral("WHERE l.id = ? AND l.deleted_at IS NULL"));
    q.addBindValue(id);
    if (!q.exec())
        return toError(q);
    if (!q.next())
        return std::optional<Lead>();
    return std::optional<Lead>(table().read(q));
}

QString LeadRepository::whereOf(const LeadFilter &filter, const QString &visibility, QVariantList *values)
{
    QString where = QStringLiteral("l.deleted_at IS NULL AND ") + visibility;
    if (filter.statuses.isEmpty()) {
        where += QStringLiteral(" AND l.status <> 'converted'");
    } else {
        QStringList marks;
        for (LeadStatus s : filter.statuses) {
            marks.append(QStringLiteral("?"));
            values->append(codeOf(s));
        }
        where += QStringLiteral(" AND l.status IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (filter.unassignedOnly) {
        where += QStringLiteral(" AND l.owner_id IS NULL");
    } else if (!filter.ownerId.isEmpty()) {
        where += QStringLiteral(" AND l.owner_id = ?");
        values->append(filter.ownerId);
    }
    if (!filter.text.trimmed().isEmpty()) {
        where += QStringLiteral(" AND (l.person_name LIKE ? ESCAPE '\\' OR l.company LIKE ? ESCAPE '\\' "
                                "OR l.phone LIKE ? ESCAPE '\\' OR l.email LIKE ? ESCAPE '\\')");
        for (int i = 0; i < 4; ++i)
            values->append(sql::containing(filter.text.trimmed()));
    }
    return where;
}

Result<QList<Lead>> LeadRepository::list(const LeadFilter &filter, const QString &visibility, const QVariantList &binds,
                                         int limit)
{
    QVariantList values = binds;
    const QString where = whereOf(filter, visibility, &values);
    QSqlQuery q(m_db.sql());
    q.prepare(selectLeads() + QStringLiteral("WHERE ") + where
              + QStringLiteral(" ORDER BY l.created_at DESC, l.id DESC LIMIT ?"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(limit);
    if (!q.exec())
        return toError(q);
    QList<Lead> out;
    while (q.next())
        out.append(table().read(q));
    return out;
}

KeysetList LeadRepository::pagedList(const LeadFilter &filter, const QString &visibility,
                                     const QVariantList &visibilityBinds)
{
    KeysetList l;
    l.from = QStringLiteral("leads l LEFT JOIN users o ON o.id = l.owner_id");
    l.countFrom = QStringLiteral("leads l");
    l.alias = QStringLiteral("l");
    l.selectList = table().selectList(QStringLiteral("l"));
    l.key = QStringLiteral("l.created_at");
    l.binds = visibilityBinds;
    l.where = whereOf(filter, visibility, &l.binds);
    l.order = Qt::DescendingOrder;
    return l;
}

Result<QList<Lead>> LeadRepository::page(const KeysetList &list, const std::optional<PageCursor> &cursor,
                                         bool inclusive, int limit)
{
    return list.rows<Lead>(m_db, cursor, inclusive, limit, [](const QSqlQuery &q) { return table().read(q); });
}

Status LeadRepository::insert(const Lead &lead, const QString &actorId)
{
    return table().insert(m_db, lead, actorId);
}

Result<bool> LeadRepository::update(const QString &id, const LeadDraft &d, qint64 expectedVersion, qint64 now,
                                    const QString &actorId)
{
    // A converted lead is refused by LeadService in the same write transaction, before this.
    Lead l;
    l.fields = d;
    return table().update(m_db, id, l, expectedVersion, now, actorId, WhenDeleted::Refuse);
}

Result<bool> LeadRepository::setStatus(const QString &id, LeadStatus status, const QString &reason,
                                       qint64 expectedVersion, qint64 now, const QString &actorId)
{
    return updateVersioned(m_db, QStringLiteral("leads"), {QStringLiteral("status"), QStringLiteral("status_reason")},
                           {codeOf(status), sql::text(reason)}, id, expectedVersion, now, actorId);
}

Result<bool> LeadRepository::setOwner(const QString &id, const QString &ownerId, qint64 expectedVersion, qint64 now,
                                      const QString &actorId)
{
    return updateVersioned(m_db, QStringLiteral("leads"), {QStringLiteral("owner_id")}, {sql::nullIfEmpty(ownerId)}, id,
                           expectedVersion, now, actorId);
}

Result<bool> LeadRepository::markConverted(const QString &id, const QString &customerId, const QString &contactId,
                                           const QString &opportunityId, qint64 expectedVersion, qint64 now,
                                           const QString &actorId)
{
    return updateVersioned(
        m_db, QStringLiteral("leads"),
        {QStringLiteral("status"), QStringLiteral("customer_id"), QStringLiteral("contact_id"),
         QStringLiteral("opportunity_id"), QStringLiteral("converted_at")},
        {QStringLiteral("converted"), customerId, sql::nullIfEmpty(contactId), sql::nullIfEmpty(opportunityId), now},
        id, expectedVersion, now, actorId);
}

} // namespace guanxi
