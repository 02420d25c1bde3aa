// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tasks/Task.h"

#include "core/util/CodeTable.h"

namespace guanxi {

namespace {

constexpr CodeTable<TaskKind, 4> kKinds{
    {{
        {TaskKind::Todo, "todo", QT_TRANSLATE_NOOP("Tasks", "To-do"), "待办"},
        {TaskKind::Call, "call", QT_TRANSLATE_NOOP("Tasks", "Call"), "电话"},
        {TaskKind::Visit, "visit", QT_TRANSLATE_NOOP("Tasks", "Visit"), "拜访"},
        {TaskKind::Meeting, "meeting", QT_TRANSLATE_NOOP("Tasks", "Meeting"), "会议"},
    }},
    "Tasks"};

} // namespace

CodeTableRef<TaskKind> codesOf(TaskKind)
{
    return kKinds;
}
QList<TaskKind> taskKinds()
{
    return kKinds.values();
}

} // namespace guanxi
