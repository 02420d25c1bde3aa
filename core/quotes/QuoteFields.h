// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/quotes/Quote.h"
#include "core/util/RecordFields.h"

namespace guanxi {

// A quote's fields as the merge of two edits and the history see them (see RecordFields). Its
// lines are one field: a merge keeps either side's lines whole, never a mix of the two.
const RecordFields<QuoteDraft> &quoteFields();

} // namespace guanxi
