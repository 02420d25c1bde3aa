// SPDX-License-Identifier: GPL-3.0-or-later
// PagedTableModelBase has only its signal; this file gives moc a place for it.
#include "models/common/PagedTableModel.h"
