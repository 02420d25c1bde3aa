// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/leads/LeadRepository.h"

#include "core/audit/FieldHistory.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"
#include "core/storage/VersionedUpdate.h"

#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT l.id, l.person_name, l.company, l.title, l.phone, l.email, l.region, l.industry, l.source, "
    "       l.notes, coalesce(l.owner_id, ''), l.status, l.status_reason, coalesce(o.display_name, ''), "
    "       coalesce(o.department_id, ''), coalesce(l.customer_id, ''), coalesce(l.contact_id, ''), "
    "       coalesce(l.opportunity_id, ''), coalesce(l.converted_at, 0), l.last_contact_at, l.created_at, "
    "       l.updated_at, l.row_version "
    "FROM leads l LEFT JOIN users o ON o.id = l.owner_id ");

Lead readLead(const QSqlQuery &q)
{
    Lead l;
    l.id = q.value(0).toString();
    LeadDraft &f = l.fields;
    QString *texts[] = {&f.personName, &f.company,  &f.title,  &f.phone, &f.email,
                        &f.region,     &f.industry, &f.source, &f.notes, &f.ownerId};
    for (int i = 0; i < 10; ++i)
        *texts[i] = q.value(1 + i).toString();
    fromCode(q.value(11).toString(), &l.status);
    l.statusReason = q.value(12).toString();
    l.ownerName = q.value(13).toString();
    l.ownerDepartmentId = q.value(14).toString();
    l.customerId = q.value(15).toString();
    l.contactId = q.value(16).toString();
    l.opportunityId = q.value(17).toString();
    l.convertedAt = q.value(18).toLongLong();
    l.lastContactAt = q.value(19).toLongLong();
    l.createdAt = q.value(20).toLongLong();
    l.updatedAt = q.value(21).toLongLong();
    l.rowVersion = q.value(22).toLongLong();
    return l;
}

void bindDraftTexts(QSqlQuery &q, const LeadDraft &d)
{
    for (const QString *t :
         {&d.personName, &d.company, &d.title, &d.phone, &d.email, &d.region, &d.industry, &d.source, &d.notes})
        q.addBindValue(sql::text(*t));
    q.addBindValue(sql::nullIfEmpty(d.ownerId));
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

Result<std::optional<Lead>> LeadRepository::findById(const QString &id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(kSelect + QStringLiteral("WHERE l.id = ? AND l.deleted_at IS NULL"));
    q.addBindValue(id);
    if (!q.exec())
        return toError(q);
    if (!q.next())
        return std::optional<Lead>();
    return std::optional<Lead>(readLead(q));
}

Result<QList<Lead>> LeadRepository::list(const LeadFilter &filter, const QString &visibility, const QVariantList &binds,
                                         int limit)
{
    QString where = QStringLiteral("WHERE l.deleted_at IS NULL AND ") + visibility;
    QVariantList values = binds;
    if (filter.statuses.isEmpty()) {
        where += QStringLiteral(" AND l.status <> 'converted'");
    } else {
        QStringList marks;
        for (LeadStatus s : filter.statuses) {
            marks.append(QStringLiteral("?"));
            values.append(codeOf(s));
        }
        where += QStringLiteral(" AND l.status IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (filter.unassignedOnly) {
        where += QStringLiteral(" AND l.owner_id IS NULL");
    } else if (!filter.ownerId.isEmpty()) {
        where += QStringLiteral(" AND l.owner_id = ?");
        values.append(filter.ownerId);
    }
    if (!filter.text.trimmed().isEmpty()) {
        where += QStringLiteral(" AND (l.person_name LIKE ? ESCAPE '\\' OR l.company LIKE ? ESCAPE '\\' "
                                "OR l.phone LIKE ? ESCAPE '\\' OR l.email LIKE ? ESCAPE '\\')");
        for (int i = 0; i < 4; ++i)
            values.append(likePattern(filter.text.trimmed()));
    }
    QSqlQuery q(m_db.sql());
    q.prepare(kSelect + where + QStringLiteral(" ORDER BY l.created_at DESC, l.id DESC LIMIT ?"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(limit);
    if (!q.exec())
        return toError(q);
    QList<Lead> out;
    while (q.next())
        out.append(readLead(q));
    return out;
}

Status LeadRepository::insert(const Lead &lead, const QString &actorId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO leads (person_name, company, title, phone, email, region, industry, source, notes, owner_id, "
        "id, status, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindDraftTexts(q, lead.fields);
    q.addBindValue(lead.id);
    q.addBindValue(codeOf(lead.status));
    q.addBindValue(lead.createdAt);
    q.addBindValue(lead.updatedAt);
    q.addBindValue(sql::nullIfEmpty(actorId));
    if (!q.exec())
        return toError(q);
    return {};
}

Result<bool> LeadRepository::update(const QString &id, const LeadDraft &d, qint64 expectedVersion, qint64 now,
                                    const QString &actorId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "UPDATE leads SET person_name = ?, company = ?, title = ?, phone = ?, email = ?, region = ?, industry = ?, "
        "source = ?, notes = ?, owner_id = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1 "
        "WHERE id = ? AND row_version = ? AND deleted_at IS NULL AND status <> 'converted'"));
    bindDraftTexts(q, d);
    q.addBindValue(now);
    q.addBindValue(sql::nullIfEmpty(actorId));
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    static const QStringList columns = {
        QStringLiteral("person_name"), QStringLiteral("company"), QStringLiteral("title"),    QStringLiteral("phone"),
        QStringLiteral("email"),       QStringLiteral("region"),  QStringLiteral("industry"), QStringLiteral("source"),
        QStringLiteral("notes"),       QStringLiteral("owner_id")};
    return FieldHistory::runRecorded(m_db, q, QStringLiteral("leads"), columns, id, now, actorId);
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
