// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/care/CareEventService.h"

#include "core/customers/CustomerAccess.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"
#include "core/storage/VersionedUpdate.h"
#include "core/util/Clock.h"
#include "core/util/LocalDays.h"
#include "core/util/Uuid7.h"

#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

Result<CareEvent> CareEventService::add(const Session &actor, CareEventDraft d)
{
    d.title = d.title.trimmed();
    if (d.title.isEmpty())
        return Error{ErrorCode::Invalid, tr("Say what the day is, e.g. 公司成立纪念日."), {}, QStringLiteral("title")};
    if (!localdays::isIsoDay(d.onDay))
        return Error{
            ErrorCode::Invalid, tr("\"%1\" is not a date (yyyy-MM-dd).").arg(d.onDay), {}, QStringLiteral("onDay")};
    if (Result<Customer> c = CustomerAccess::writable(m_db, actor, d.customerId); !c)
        return c.error();
    if (!d.contactId.isEmpty())
        if (Status s = CustomerAccess::contactAt(m_db, d.contactId, d.customerId); !s)
            return s.error();
    const qint64 now = m_clock.nowMs();
    CareEvent e{newUuid7(now), d, {}, 1};
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO care_events (id, customer_id, contact_id, kind, title, on_day, yearly, "
                             "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.id);
    q.addBindValue(d.customerId);
    q.addBindValue(sql::nullIfEmpty(d.contactId));
    q.addBindValue(codeOf(d.kind));
    q.addBindValue(d.title);
    q.addBindValue(d.onDay);
    q.addBindValue(d.yearly ? 1 : 0);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(sql::nullIfEmpty(actor.userId));
    if (!q.exec())
        return toError(q);
    return e;
}

Status CareEventService::remove(const Session &actor, const QString &id, qint64 expectedVersion)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT customer_id FROM care_events WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(id);
    if (!q.exec())
        return toError(q);
    if (!q.next())
        return Error{ErrorCode::NotFound, tr("This day is no longer on the card."), {}};
    if (Result<Customer> c = CustomerAccess::writable(m_db, actor, q.value(0).toString()); !c)
        return c.error();
    const qint64 now = m_clock.nowMs();
    Result<bool> ok = updateVersioned(m_db, QStringLiteral("care_events"), {QStringLiteral("deleted_at")}, {now}, id,
                                      expectedVersion, now, actor.userId);
    if (!ok)
        return ok.error();
    if (!*ok)
        return Error{ErrorCode::Conflict, tr("Someone changed this day in the meantime. Reload and try again."), {}};
    return {};
}

Result<QList<CareEvent>> CareEventService::forCustomer(const Session &actor, const QString &customerId)
{
    if (Result<Customer> c = CustomerAccess::readable(m_db, actor, customerId); !c)
        return c.error();
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT e.id, e.customer_id, coalesce(e.contact_id, ''), e.kind, e.title, e.on_day, e.yearly, "
                       "e.row_version, coalesce(p.name, '') FROM care_events e "
                       "LEFT JOIN contacts p ON p.id = e.contact_id "
                       "WHERE e.customer_id = ? AND e.deleted_at IS NULL ORDER BY substr(e.on_day, -5), e.id"));
    q.addBindValue(customerId);
    if (!q.exec())
        return toError(q);
    QList<CareEvent> out;
    while (q.next()) {
        CareEvent e;
        e.id = q.value(0).toString();
        e.fields.customerId = q.value(1).toString();
        e.fields.contactId = q.value(2).toString();
        fromCode(q.value(3).toString(), &e.fields.kind);
        e.fields.title = q.value(4).toString();
        e.fields.onDay = q.value(5).toString();
        e.fields.yearly = q.value(6).toInt() != 0;
        e.rowVersion = q.value(7).toLongLong();
        e.contactName = q.value(8).toString();
        out.append(e);
    }
    return out;
}

} // namespace guanxi
