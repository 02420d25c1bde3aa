// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tasks/Task.h"
#include "core/users/User.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QVariantList>

namespace guanxi {

class Clock;
class Database;

// Tasks and appointments. Everyone keeps their own; a manager may give one to someone in their
// department, an administrator to anyone. A task on a customer needs a customer the person may see.
class TaskService {
    Q_DECLARE_TR_FUNCTIONS(TaskService)
public:
    TaskService(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    Result<Task> create(const Session &actor, TaskDraft draft);
    Result<Task> update(const Session &actor, const QString &id, TaskDraft draft, qint64 expectedVersion);
    Result<Task> setDone(const Session &actor, const QString &id, bool done, qint64 expectedVersion);
    Status remove(const Session &actor, const QString &id, qint64 expectedVersion);
    Result<Task> find(const Session &actor, const QString &id);
    // The duplicate guard found a colleague's customer: a to-do for its owner, due today, saying
    // who asks to share it (and `note`); recorded in the audit log. Returns the owner's name.
    Result<QString> askOwnerToShare(const Session &actor, const QString &customerId, const QString &note = {});

    // The actor's open tasks: dated ones by day (overdue first), then the undated ones.
    Result<QList<Task>> open(const Session &actor, int limit = 500);
    // Appointments and dated to-dos of the actor from `first` to `last` (local days), by time.
    Result<QList<Task>> agenda(const Session &actor, const QDate &first, const QDate &last);

private:
    Result<QString> insert(const Session &actor, const TaskDraft &draft);
    Status check(const Session &actor, TaskDraft &draft, bool isNew);
    Status checkMayChange(const Session &actor, const Task &task);
    // The outcome of one versioned write: a stale version is a conflict.
    Status written(const Result<bool> &ok);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace guanxi
