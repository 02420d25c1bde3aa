// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVariant>

#include <vector>

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
    // Text is converted to UTF-8 when bound and kept by the statement; a null QString binds ''.
    void bindView(int pos, const QString &text);
    // Binds without copying: the bytes must stay alive and unchanged until execute() returns.
    void bindView(int pos, const QByteArray &blob);
    // Text already in UTF-8 (or ASCII), bound as text without copying, as the blob above.
    void bindUtf8View(int pos, const QByteArray &text);
    void bind(int pos, qint64 value);
    void bindNull(int pos);
    // A reference that may be absent: '' binds NULL.
    void bindViewOrNull(int pos, const QString &text);
    // Any value a table description writes: a null QVariant binds NULL, text and bytes are kept
    // by the statement until the next bind, numbers and flags bind as integers.
    void bind(int pos, const QVariant &value);
    // Runs the statement once, then resets it for the next row.
    Status execute();
    qint64 lastInsertRowId() const;

    // For queries: step() is true while there is a row to read with the column functions; call
    // reset() before binding new values.
    Result<bool> step();
    // The index of a result column by the name its SELECT gives, looked up once before the rows
    // are read, so each row is read by name at no cost per row; -1 (and a warning) for a name the
    // SELECT does not give.
    int column(QLatin1StringView name) const;
    QString textColumn(int index) const;
    // The column's UTF-8 bytes as SQLite holds them, valid until the next step() or reset().
    QByteArrayView utf8Column(int index) const;
    qint64 intColumn(int index) const;
    void reset();
    Error lastError() const;

private:
    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    std::vector<QByteArray> m_utf8; // the UTF-8 of each bound text, by position
};

} // namespace guanxi
