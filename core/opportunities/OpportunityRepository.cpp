// SPDX-License-Identifier: GPL-3.0-or-later
#include "opportunities/OpportunityRepository.h"

#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"
#include "storage/VersionedUpdate.h"

#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

Status OpportunityRepository::insert(const Opportunity &o, const QString &actorId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO opportunities (id, customer_id, name, amount_minor, currency, stage, expected_close_on, "
        "source, lead_id, owner_id, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(o.id);
    q.addBindValue(o.customerId);
    q.addBindValue(o.name);
    q.addBindValue(o.amountMinor);
    q.addBindValue(o.currency);
    q.addBindValue(o.stage);
    q.addBindValue(sql::text(o.expectedCloseOn));
    q.addBindValue(sql::text(o.source));
    q.addBindValue(sql::nullIfEmpty(o.leadId));
    q.addBindValue(sql::nullIfEmpty(o.ownerId));
    q.addBindValue(o.createdAt);
    q.addBindValue(o.createdAt);
    q.addBindValue(sql::nullIfEmpty(actorId));
    if (!q.exec())
        return toError(q);
    return {};
}

Result<QList<Opportunity>> OpportunityRepository::listForCustomer(const QString &customerId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT o.id, o.customer_id, o.name, o.amount_minor, o.currency, o.stage, o.expected_close_on, o.source, "
        "       coalesce(o.lead_id, ''), coalesce(o.owner_id, ''), coalesce(u.display_name, ''), o.created_at, "
        "       o.row_version "
        "FROM opportunities o LEFT JOIN users u ON u.id = o.owner_id "
        "WHERE o.customer_id = ? AND o.deleted_at IS NULL ORDER BY o.created_at DESC"));
    q.addBindValue(customerId);
    if (!q.exec())
        return toError(q);
    QList<Opportunity> out;
    while (q.next()) {
        Opportunity o;
        o.id = q.value(0).toString();
        o.customerId = q.value(1).toString();
        o.name = q.value(2).toString();
        o.amountMinor = q.value(3).toLongLong();
        o.currency = q.value(4).toString();
        o.stage = q.value(5).toString();
        o.expectedCloseOn = q.value(6).toString();
        o.source = q.value(7).toString();
        o.leadId = q.value(8).toString();
        o.ownerId = q.value(9).toString();
        o.ownerName = q.value(10).toString();
        o.createdAt = q.value(11).toLongLong();
        o.rowVersion = q.value(12).toLongLong();
        out.append(o);
    }
    return out;
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
