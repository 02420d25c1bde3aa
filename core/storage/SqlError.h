// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

class QSqlError;
class QSqlQuery;

namespace guanxi {

// Turns what SQLite reported into an Error the user can read in their language. The SQLite
// result code (QSqlError::nativeErrorCode) decides the kind: locked, read-only, disk full, corrupt.
Error toError(const QSqlError &error);
Error toError(const QSqlQuery &query);
// `systemErrno` (sqlite3_system_errno) tells a full disk from another failed write on a share.
Error errorFromSqliteCode(int code, const QString &detail, int systemErrno = 0);

} // namespace guanxi
