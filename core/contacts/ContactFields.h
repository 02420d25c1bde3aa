// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/contacts/Contact.h"
#include "core/util/RecordFields.h"

namespace guanxi {

// A contact's fields as the merge of two edits and the history see them (see RecordFields). The
// phones and e-mails are one field: a merge keeps either side's list whole.
const RecordFields<ContactDraft> &contactFields();

} // namespace guanxi
