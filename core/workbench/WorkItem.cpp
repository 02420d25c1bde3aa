// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workbench/WorkItem.h"

#include "core/tasks/Task.h"

namespace guanxi {

WorkItem workItemOf(const Task &t, const QDate &today)
{
    WorkItem it;
    it.kind = WorkItemKind::Task;
    it.id = t.id;
    it.customerId = t.fields.customerId;
    it.customerName = t.customerName;
    it.title = t.fields.title;
    it.detail = displayName(t.fields.kind);
    it.day = QDate::fromString(t.fields.dueOn, Qt::ISODate);
    it.at = t.fields.startsAt;
    it.rowVersion = t.rowVersion;
    it.overdue = !t.isDone() && it.day.isValid() && it.day < today;
    it.days = it.day.isValid() ? static_cast<int>(today.daysTo(it.day)) : 0;
    return it;
}

} // namespace guanxi
