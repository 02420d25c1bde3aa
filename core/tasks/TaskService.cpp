// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tasks/TaskService.h"

#include "core/audit/AuditLog.h"
#include "core/customers/CustomerAccess.h"
#include "core/customers/CustomerRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"
#include "core/storage/VersionedUpdate.h"
#include "core/storage/WriteTransaction.h"
#include "core/users/AccessPolicy.h"
#include "core/users/UserRepository.h"
#include "core/util/Clock.h"
#include "core/util/LocalDays.h"
#include "core/util/Uuid7.h"

#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

namespace {

// An appointment may be entered a little after it began (noted during the call), no more.
constexpr qint64 kLateEntryMs = 60LL * 60 * 1000;
constexpr int kMaxMinutes = 24 * 60;

const QString kSelect = QStringLiteral(
    "SELECT t.id, t.kind, t.title, t.notes, coalesce(t.customer_id, ''), coalesce(t.contact_id, ''), t.due_on, "
    "coalesce(t.starts_at, 0), t.duration_min, t.remind_before_min, t.owner_id, coalesce(t.done_at, 0), "
    "t.row_version, coalesce(c.name, ''), coalesce(u.display_name, '') "
    "FROM tasks t LEFT JOIN customers c ON c.id = t.customer_id LEFT JOIN users u ON u.id = t.owner_id ");

Task taskFrom(const QSqlQuery &q)
{
    Task t;
    t.id = q.value(0).toString();
    fromCode(q.value(1).toString(), &t.fields.kind);
    t.fields.title = q.value(2).toString();
    t.fields.notes = q.value(3).toString();
    t.fields.customerId = q.value(4).toString();
    t.fields.contactId = q.value(5).toString();
    t.fields.dueOn = q.value(6).toString();
    t.fields.startsAt = q.value(7).toLongLong();
    t.fields.durationMin = q.value(8).toInt();
    t.fields.remindBeforeMin = q.value(9).toInt();
    t.fields.ownerId = q.value(10).toString();
    t.doneAt = q.value(11).toLongLong();
    t.rowVersion = q.value(12).toLongLong();
    t.customerName = q.value(13).toString();
    t.ownerName = q.value(14).toString();
    return t;
}

Result<QList<Task>> readTasks(QSqlQuery &q)
{
    if (!q.exec())
        return toError(q);
    QList<Task> out;
    while (q.next())
        out.append(taskFrom(q));
    return out;
}

} // namespace

Status TaskService::check(const Session &actor, TaskDraft &d, bool isNew)
{
    d.title = d.title.trimmed();
    d.dueOn = d.dueOn.trimmed();
    if (d.title.isEmpty())
        return Error{ErrorCode::Invalid, tr("A task needs a title: what is to be done."), {}, QStringLiteral("title")};
    if (d.durationMin < 0 || d.durationMin > kMaxMinutes)
        return Error{
            ErrorCode::Invalid, tr("The duration must be between 0 and 24 hours."), {}, QStringLiteral("duration")};
    if (d.remindBeforeMin < 0 || d.remindBeforeMin > 7 * kMaxMinutes)
        return Error{
            ErrorCode::Invalid, tr("A reminder can come at most a week before."), {}, QStringLiteral("remindBefore")};
    const qint64 now = m_clock.nowMs();
    const QDate today = localdays::today(m_clock);
    if (d.startsAt != 0) {
        if (isNew && d.startsAt < now - kLateEntryMs)
            return Error{ErrorCode::Invalid,
                         tr("This time has already passed. Choose a later time, or log what happened "
                            "on the customer's timeline instead."),
                         {},
                         QStringLiteral("startsAt")};
        d.dueOn = localdays::iso(localdays::dayOf(d.startsAt));
    } else if (!d.dueOn.isEmpty()) {
        if (!localdays::isIsoDay(d.dueOn))
            return Error{
                ErrorCode::Invalid, tr("\"%1\" is not a date (yyyy-MM-dd).").arg(d.dueOn), {}, QStringLiteral("dueOn")};
        if (isNew && d.dueOn < localdays::iso(today))
            return Error{ErrorCode::Invalid,
                         tr("The day %1 has already passed. Choose today or a later day.").arg(d.dueOn),
                         {},
                         QStringLiteral("dueOn")};
    }
    if (d.kind != TaskKind::Todo && d.startsAt == 0 && d.dueOn.isEmpty())
        return Error{ErrorCode::Invalid, tr("A call, visit or meeting needs a day."), {}, QStringLiteral("dueOn")};

    if (d.ownerId.isEmpty())
        d.ownerId = actor.userId;
    if (d.ownerId != actor.userId) {
        Result<std::optional<User>> owner = UserRepository(m_db).findById(d.ownerId);
        if (!owner)
            return owner.error();
        if (!owner->has_value())
            return Error{ErrorCode::NotFound, tr("This user does not exist (any more)."), {}, QStringLiteral("owner")};
        if (!AccessPolicy(actor).canAssignTo(d.ownerId, (*owner)->departmentId))
            return Error{ErrorCode::PermissionDenied,
                         tr("You may not give tasks to %1.").arg((*owner)->displayName),
                         {},
                         QStringLiteral("owner")};
    }
    if (!d.customerId.isEmpty()) {
        if (Result<Customer> c = CustomerAccess::readable(m_db, actor, d.customerId); !c)
            return c.error();
    } else {
        d.contactId.clear();
    }
    if (!d.contactId.isEmpty())
        if (Status s = CustomerAccess::contactAt(m_db, d.contactId, d.customerId); !s)
            return s;
    return {};
}

Status TaskService::checkMayChange(const Session &actor, const Task &task)
{
    const AccessPolicy policy(actor);
    if (policy.reaches(task.fields.ownerId, {}))
        return {};
    if (policy.reach() == AccessPolicy::Reach::Department) {
        Result<std::optional<User>> owner = UserRepository(m_db).findById(task.fields.ownerId);
        if (owner && owner->has_value() && policy.reaches(task.fields.ownerId, (*owner)->departmentId))
            return {};
    }
    return Error{ErrorCode::PermissionDenied, tr("This task belongs to %1.").arg(task.ownerName), {}};
}

Status TaskService::write(const Session &actor, const QString &id, const QStringList &columns,
                          const QVariantList &values, qint64 expectedVersion)
{
    const qint64 now = m_clock.nowMs();
    Result<bool> ok =
        updateVersioned(m_db, QStringLiteral("tasks"), columns, values, id, expectedVersion, now, actor.userId);
    if (!ok)
        return ok.error();
    if (!*ok)
        return Error{ErrorCode::Conflict, tr("Someone changed this task in the meantime. Reload and try again."), {}};
    return {};
}

Result<Task> TaskService::find(const Session &actor, const QString &id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(kSelect + QStringLiteral("WHERE t.id = ? AND t.deleted_at IS NULL"));
    q.addBindValue(id);
    Result<QList<Task>> r = readTasks(q);
    if (!r)
        return r.error();
    if (r->isEmpty())
        return Error{ErrorCode::NotFound, tr("This task no longer exists."), {}};
    Task t = r->first();
    if (Status s = checkMayChange(actor, t); !s)
        return s.error();
    return t;
}

Result<Task> TaskService::create(const Session &actor, TaskDraft d)
{
    if (Status s = check(actor, d, true); !s)
        return s.error();
    Result<QString> id = insert(actor, d);
    if (!id)
        return id.error();
    return find(actor, *id);
}

Result<QString> TaskService::askOwnerToShare(const Session &actor, const QString &customerId, const QString &note)
{
    // Not through check(): the one asking may not see the customer; its owner may.
    Result<std::optional<Customer>> found = CustomerRepository(m_db).findById(customerId);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->deletedAt != 0)
        return Error{ErrorCode::NotFound, tr("This customer does not exist (any more)."), {}};
    const Customer &c = **found;
    if (c.fields.ownerId.isEmpty())
        return Error{ErrorCode::Invalid, tr("%1 is in the public pool: claim it there.").arg(c.fields.name), {}};
    if (c.fields.ownerId == actor.userId)
        return Error{ErrorCode::WrongState, tr("%1 is already yours.").arg(c.fields.name), {}};
    Result<std::optional<User>> owner = UserRepository(m_db).findById(c.fields.ownerId);
    if (!owner)
        return owner.error();
    if (!owner->has_value())
        return Error{ErrorCode::NotFound, tr("This user does not exist (any more)."), {}};
    TaskDraft d;
    d.kind = TaskKind::Todo;
    d.ownerId = c.fields.ownerId;
    d.customerId = customerId;
    d.title = tr("%1 asks you to share %2 (found by the duplicate guard)").arg(actor.displayName, c.fields.name);
    d.notes = note.trimmed();
    d.dueOn = localdays::iso(localdays::today(m_clock));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<QString> id = insert(actor, d);
    if (!id)
        return id.error();
    if (Status s = AuditLog(m_db).record(
            m_clock.nowMs(), actor.userId, QStringLiteral("share_request"), QStringLiteral("customer"), customerId,
            {{QStringLiteral("owner_id"), c.fields.ownerId}, {QStringLiteral("task_id"), *id}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return (*owner)->displayName;
}

Result<QString> TaskService::insert(const Session &actor, const TaskDraft &d)
{
    const qint64 now = m_clock.nowMs();
    const QString id = newUuid7(now);
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO tasks (id, owner_id, customer_id, contact_id, kind, title, notes, due_on, "
                             "starts_at, duration_min, remind_before_min, created_at, updated_at, updated_by) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(d.ownerId);
    q.addBindValue(sql::nullIfEmpty(d.customerId));
    q.addBindValue(sql::nullIfEmpty(d.contactId));
    q.addBindValue(codeOf(d.kind));
    q.addBindValue(d.title);
    q.addBindValue(sql::text(d.notes));
    q.addBindValue(sql::text(d.dueOn));
    q.addBindValue(d.startsAt ? QVariant(d.startsAt) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(d.durationMin);
    q.addBindValue(d.remindBeforeMin);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(sql::nullIfEmpty(actor.userId));
    if (!q.exec())
        return toError(q);
    return id;
}

Result<Task> TaskService::update(const Session &actor, const QString &id, TaskDraft d, qint64 expectedVersion)
{
    Result<Task> cur = find(actor, id);
    if (!cur)
        return cur.error();
    if (d.ownerId.isEmpty())
        d.ownerId = cur->fields.ownerId;
    // A day already past may stay as it was; a new one must not be in the past.
    const bool movedDay = d.dueOn != cur->fields.dueOn || d.startsAt != cur->fields.startsAt;
    if (Status s = check(actor, d, movedDay); !s)
        return s.error();
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Status s =
            write(actor, id,
                  {QStringLiteral("owner_id"), QStringLiteral("customer_id"), QStringLiteral("contact_id"),
                   QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("notes"), QStringLiteral("due_on"),
                   QStringLiteral("starts_at"), QStringLiteral("duration_min"), QStringLiteral("remind_before_min")},
                  {d.ownerId, sql::nullIfEmpty(d.customerId), sql::nullIfEmpty(d.contactId), codeOf(d.kind), d.title,
                   sql::text(d.notes), sql::text(d.dueOn),
                   d.startsAt ? QVariant(d.startsAt) : QVariant(QMetaType::fromType<qint64>()), d.durationMin,
                   d.remindBeforeMin},
                  expectedVersion);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return find(actor, id);
}

Result<Task> TaskService::setDone(const Session &actor, const QString &id, bool done, qint64 expectedVersion)
{
    Result<Task> cur = find(actor, id);
    if (!cur)
        return cur.error();
    const qint64 now = m_clock.nowMs();
    if (Status s = write(actor, id, {QStringLiteral("done_at")},
                         {done ? QVariant(now) : QVariant(QMetaType::fromType<qint64>())}, expectedVersion);
        !s)
        return s.error();
    return find(actor, id);
}

Status TaskService::remove(const Session &actor, const QString &id, qint64 expectedVersion)
{
    Result<Task> cur = find(actor, id);
    if (!cur)
        return cur.error();
    return write(actor, id, {QStringLiteral("deleted_at")}, {m_clock.nowMs()}, expectedVersion);
}

Result<QList<Task>> TaskService::open(const Session &actor, int limit)
{
    QSqlQuery q(m_db.sql());
    q.prepare(kSelect
              + QStringLiteral("WHERE t.owner_id = ? AND t.deleted_at IS NULL AND t.done_at IS NULL "
                               "AND (t.customer_id IS NULL OR c.deleted_at IS NULL) "
                               "ORDER BY t.due_on = '', t.due_on, coalesce(t.starts_at, 0), t.id LIMIT ?"));
    q.addBindValue(actor.userId);
    q.addBindValue(limit);
    return readTasks(q);
}

Result<QList<Task>> TaskService::agenda(const Session &actor, const QDate &first, const QDate &last)
{
    if (!first.isValid() || !last.isValid() || last < first)
        return Error{ErrorCode::Invalid, tr("The agenda needs a first and a last day, in that order."), {}};
    QSqlQuery q(m_db.sql());
    q.prepare(kSelect
              + QStringLiteral("WHERE t.owner_id = ? AND t.deleted_at IS NULL AND t.due_on >= ? AND t.due_on <= ? "
                               "AND (t.customer_id IS NULL OR c.deleted_at IS NULL) "
                               "ORDER BY t.due_on, coalesce(t.starts_at, 0), t.id"));
    q.addBindValue(actor.userId);
    q.addBindValue(localdays::iso(first));
    q.addBindValue(localdays::iso(last));
    return readTasks(q);
}

} // namespace guanxi
