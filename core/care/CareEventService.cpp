// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/care/CareEventService.h"

#include "core/customers/CustomerAccess.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"
#include "core/storage/TableDescription.h"
#include "core/storage/VersionedUpdate.h"
#include "core/util/Clock.h"
#include "core/util/LocalDays.h"
#include "core/util/Uuid7.h"

#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

namespace {

// The care_events table, said once.
const TableDescription<CareEvent> &table()
{
    using namespace columns;
    using D = CareEventDraft;
    using E = CareEvent;
    static const TableDescription<CareEvent> t(
        QStringLiteral("care_events"),
        {own(QStringLiteral("id"), ColumnRole::Key, &E::id),
         text(QStringLiteral("customer_id"), &E::fields, &D::customerId),
         reference(QStringLiteral("contact_id"), &E::fields, &D::contactId),
         code(QStringLiteral("kind"), &E::fields, &D::kind), text(QStringLiteral("title"), &E::fields, &D::title),
         text(QStringLiteral("on_day"), &E::fields, &D::onDay), flag(QStringLiteral("yearly"), &E::fields, &D::yearly),
         own(QStringLiteral("created_at"), ColumnRole::Stamp, &E::createdAt),
         own(QStringLiteral("updated_at"), ColumnRole::Stamp, &E::updatedAt),
         own(QStringLiteral("row_version"), ColumnRole::Stamp, &E::rowVersion, false),
         joined(QStringLiteral("coalesce(p.name, '')"), &E::contactName)});
    return t;
}

} // namespace

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
    CareEvent e;
    e.id = newUuid7(now);
    e.fields = d;
    e.createdAt = e.updatedAt = now;
    e.rowVersion = 1;
    if (Status s = table().insert(m_db, e, actor.userId); !s)
        return s.error();
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
    q.prepare(QStringLiteral("SELECT %1 FROM care_events e LEFT JOIN contacts p ON p.id = e.contact_id "
                             "WHERE e.customer_id = ? AND e.deleted_at IS NULL ORDER BY substr(e.on_day, -5), e.id")
                  .arg(table().selectList(QStringLiteral("e"))));
    q.addBindValue(customerId);
    if (!q.exec())
        return toError(q);
    QList<CareEvent> out;
    while (q.next())
        out.append(table().read(q));
    return out;
}

} // namespace guanxi
