// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tasks/TaskService.h"

#include "core/audit/AuditLog.h"
#include "core/customers/CustomerAccess.h"
#include "core/customers/CustomerRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/TableDescription.h"
#include "core/storage/VersionedUpdate.h"
#include "core/storage/WriteTransaction.h"
#include "core/users/AccessPolicy.h"
#include "core/users/Assignee.h"
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

// The tasks table, said once. Whether a task is done is moved by setDone, never by an edit.
const TableDescription<Task> &table()
{
    using namespace columns;
    using T = Task;
    using D = TaskDraft;
    static const TableDescription<Task> t(
        QStringLiteral("tasks"),
        {own(QStringLiteral("id"), ColumnRole::Key, &T::id), text(QStringLiteral("owner_id"), &T::fields, &D::ownerId),
         reference(QStringLiteral("customer_id"), &T::fields, &D::customerId),
         reference(QStringLiteral("contact_id"), &T::fields, &D::contactId),
         code(QStringLiteral("kind"), &T::fields, &D::kind), text(QStringLiteral("title"), &T::fields, &D::title),
         text(QStringLiteral("notes"), &T::fields, &D::notes), text(QStringLiteral("due_on"), &T::fields, &D::dueOn),
         momentAt<T>(QStringLiteral("starts_at"), memberOf(&T::fields, &D::startsAt)),
         value(QStringLiteral("duration_min"), &T::fields, &D::durationMin),
         value(QStringLiteral("remind_before_min"), &T::fields, &D::remindBeforeMin),
         as(ColumnRole::State, momentAt<T>(QStringLiteral("done_at"), memberOf(&T::doneAt))),
         joined(QStringLiteral("coalesce(c.name, '')"), &T::customerName),
         joined(QStringLiteral("coalesce(u.display_name, '')"), &T::ownerName),
         own(QStringLiteral("created_at"), ColumnRole::Stamp, &T::createdAt),
         own(QStringLiteral("updated_at"), ColumnRole::Stamp, &T::updatedAt),
         own(QStringLiteral("row_version"), ColumnRole::Stamp, &T::rowVersion, false)});
    return t;
}

QString selectTasks()
{
    return QStringLiteral("SELECT %1 FROM tasks t LEFT JOIN customers c ON c.id = t.customer_id "
                          "LEFT JOIN users u ON u.id = t.owner_id ")
        .arg(table().selectList(QStringLiteral("t")));
}

Result<QList<Task>> readTasks(QSqlQuery &q)
{
    if (!q.exec())
        return toError(q);
    QList<Task> out;
    while (q.next())
        out.append(table().read(q));
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
        Result<Assignee> owner = Assignee::check(m_db, actor, d.ownerId);
        if (!owner)
            return owner.error();
        if (owner->verdict == Assignee::Verdict::NotAUser)
            return Error{ErrorCode::NotFound, tr("This user does not exist (any more)."), {}, QStringLiteral("owner")};
        if (owner->verdict == Assignee::Verdict::OutOfReach)
            return Error{ErrorCode::PermissionDenied,
                         tr("You may not give tasks to %1.").arg(owner->user->displayName),
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

Status TaskService::written(const Result<bool> &ok)
{
    if (!ok)
        return ok.error();
    if (!*ok)
        return Error{ErrorCode::Conflict, tr("Someone changed this task in the meantime. Reload and try again."), {}};
    return {};
}

Result<Task> TaskService::find(const Session &actor, const QString &id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(selectTasks() + QStringLiteral("WHERE t.id = ? AND t.deleted_at IS NULL"));
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
    return inWriteTransaction(m_db, [&]() -> Result<QString> {
        Result<QString> id = insert(actor, d);
        if (!id)
            return id.error();
        if (Status s = AuditLog(m_db).record(
                m_clock.nowMs(), actor.userId, QStringLiteral("share_request"), QStringLiteral("customer"), customerId,
                {{QStringLiteral("owner_id"), c.fields.ownerId}, {QStringLiteral("task_id"), *id}});
            !s)
            return s.error();
        return (*owner)->displayName;
    });
}

Result<QString> TaskService::insert(const Session &actor, const TaskDraft &d)
{
    Task t;
    t.fields = d;
    t.createdAt = m_clock.nowMs();
    t.updatedAt = t.createdAt;
    t.id = newUuid7(t.createdAt);
    if (Status s = table().insert(m_db, t, actor.userId); !s)
        return s.error();
    return t.id;
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
    return inWriteTransaction(m_db, [&]() -> Result<Task> {
        Task edited;
        edited.fields = d;
        if (Status s = written(table().update(m_db, id, edited, expectedVersion, m_clock.nowMs(), actor.userId)); !s)
            return s.error();
        return find(actor, id);
    });
}

Result<Task> TaskService::setDone(const Session &actor, const QString &id, bool done, qint64 expectedVersion)
{
    Result<Task> cur = find(actor, id);
    if (!cur)
        return cur.error();
    const qint64 now = m_clock.nowMs();
    if (Status s = written(updateVersioned(m_db, table().table(), {QStringLiteral("done_at")},
                                           {done ? QVariant(now) : QVariant(QMetaType::fromType<qint64>())}, id,
                                           expectedVersion, now, actor.userId));
        !s)
        return s.error();
    return find(actor, id);
}

Status TaskService::remove(const Session &actor, const QString &id, qint64 expectedVersion)
{
    Result<Task> cur = find(actor, id);
    if (!cur)
        return cur.error();
    const qint64 now = m_clock.nowMs();
    return written(updateVersioned(m_db, table().table(), {QStringLiteral("deleted_at")}, {now}, id, expectedVersion,
                                   now, actor.userId));
}

Result<QList<Task>> TaskService::open(const Session &actor, int limit)
{
    QSqlQuery q(m_db.sql());
    q.prepare(selectTasks()
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
    q.prepare(selectTasks()
              + QStringLiteral("WHERE t.owner_id = ? AND t.deleted_at IS NULL AND t.due_on >= ? AND t.due_on <= ? "
                               "AND (t.customer_id IS NULL OR c.deleted_at IS NULL) "
                               "ORDER BY t.due_on, coalesce(t.starts_at, 0), t.id"));
    q.addBindValue(actor.userId);
    q.addBindValue(localdays::iso(first));
    q.addBindValue(localdays::iso(last));
    return readTasks(q);
}

} // namespace guanxi
