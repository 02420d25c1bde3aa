// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/CodeTable.h"

#include <QList>
#include <QString>

namespace guanxi {

// A to-do, or an appointment on the agenda: a call, a visit or a meeting at a time.
enum class TaskKind {
    Todo,
    Call,
    Visit,
    Meeting
};

// Stored codes and translated names: codeOf, displayName, fromCode, allValuesOf.
CodeTableRef<TaskKind> codesOf(TaskKind);
QList<TaskKind> taskKinds();

struct TaskDraft {
    TaskKind kind = TaskKind::Todo;
    QString title;
    QString notes;
    QString customerId;  // optional
    QString contactId;   // optional, a contact of that customer
    QString dueOn;       // yyyy-MM-dd, or empty; set from startsAt for an appointment
    qint64 startsAt = 0; // UTC ms; 0 for a to-do without a time
    int durationMin = 0;
    int remindBeforeMin = 15;
    QString ownerId; // who does it; empty: the one who adds it
};

struct Task {
    QString id;
    TaskDraft fields;
    QString customerName;
    QString ownerName;
    qint64 doneAt = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 rowVersion = 0;

    bool isDone() const { return doneAt != 0; }
};

} // namespace guanxi
