// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

struct sqlite3_stmt;

namespace guanxi {

class Database;

// A prepared statement straight on SQLite, for bulk writes (seeding, imports) where QSqlQuery's
// per-row QVariant handling costs more than the insert itself. Values are still bound, never
// spliced into SQL. Use it inside a WriteTransaction on the same Database.
class Statement {
public:
    Statement(Database &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    // Positions start at 1, as in SQLite.
    // Binds without copying: the value must stay alive and unchanged until execute() returns.
    // A null QString binds ''.
    void bindView(int pos, const QString &text);
    void bindView(int pos, const QByteArray &blob);
    void bind(int pos, qint64 value);
    void bindNull(int pos);
    // A reference that may be absent: '' binds NULL. The same lifetime rule as bindView.
    void bindViewOrNull(int pos, const QString &text);
    // Runs the statement once, then resets it for the next row.
    Status execute();
    qint64 lastInsertRowId() const;

    // For queries: step() is true while there is a row to read with the column functions; call
    // reset() before binding new values.
    Result<bool> step();
    QString textColumn(int index) const;
    qint64 intColumn(int index) const;
    void reset();
    Error lastError() const;

private:
    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace guanxi
