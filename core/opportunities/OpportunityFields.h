// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/opportunities/Opportunity.h"
#include "core/util/RecordFields.h"

namespace guanxi {

// A deal's fields as the merge of two edits and the history see them (see RecordFields). The
// decision makers are one field: a merge keeps either side's list whole.
const RecordFields<OpportunityDraft> &opportunityFields();

} // namespace guanxi
