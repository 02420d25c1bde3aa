// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tasks/Task.h"
#include "core/util/RecordFields.h"

namespace guanxi {

// A task's fields as the merge of two edits and the history see them (see RecordFields).
const RecordFields<TaskDraft> &taskFields();

} // namespace guanxi
