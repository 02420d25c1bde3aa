// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

namespace guanxi {

class Database;

// A keyed checksum (HMAC-SHA-256) of who may sign in and with which role and password, renewed by
// every write Guanxi makes to the users table. A role or password changed with another SQLite tool
// leaves the seal broken, and Guanxi says so at start and in "check".
//
// The honest bound: the key is in the file, so someone who reads Guanxi's source and can write the
// file can renew the seal too. It catches a casual edit, not a determined one; only a server
// enforces permissions.
namespace UserTableSeal {

// Renews the seal; inside the transaction of the write that changed the users.
Status renew(Database &db);
// True when the users table is as Guanxi last wrote it (a file without a seal yet gets one).
Result<bool> intact(Database &db);

} // namespace UserTableSeal

} // namespace guanxi
