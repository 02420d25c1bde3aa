// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace guanxi {

// Settings SQLite takes for the whole process, and only before its first connection: called by
// Database::open(), harmless when called again or too late (SQLite then keeps its defaults).
void configureSqliteLibrary();

} // namespace guanxi
