// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/leads/Lead.h"
#include "core/util/RecordFields.h"

namespace guanxi {

// A lead's fields as the merge of two edits and the history see them (see RecordFields).
const RecordFields<LeadDraft> &leadFields();

} // namespace guanxi
