// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Statement.h"

#include "core/storage/Database.h"
#include "core/storage/SqlError.h"

#include <sqlite3.h>

namespace guanxi {

Statement::Statement(Database &db, const char *sql)
    : m_db(db)
{
    if (sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
        m_stmt = nullptr;
    else
        m_utf8.resize(static_cast<size_t>(sqlite3_bind_parameter_count(m_stmt)) + 1);
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::bindView(int pos, const QString &text)
{
    // Converted here into the database's UTF-8 (Qt's converter is quicker than SQLite's, which
    // would also allocate for every value); the bytes stay in a buffer per parameter until the
    // next bind.
    if (text.isEmpty()) {
        sqlite3_bind_text(m_stmt, pos, "", 0, SQLITE_STATIC);
        return;
    }
    if (pos < 1 || static_cast<size_t>(pos) >= m_utf8.size())
        return; // no such parameter: SQLite would refuse the bind as well
    QByteArray &buffer = m_utf8[static_cast<size_t>(pos)];
    buffer = text.toUtf8();
    sqlite3_bind_text(m_stmt, pos, buffer.constData(), static_cast<int>(buffer.size()), SQLITE_STATIC);
}

void Statement::bindView(int pos, const QByteArray &blob)
{
    sqlite3_bind_blob(m_stmt, pos, blob.constData(), static_cast<int>(blob.size()), SQLITE_STATIC);
}

void Statement::bindUtf8View(int pos, const QByteArray &text)
{
    sqlite3_bind_text(m_stmt, pos, text.constData(), static_cast<int>(text.size()), SQLITE_STATIC);
}

void Statement::bind(int pos, qint64 value)
{
    sqlite3_bind_int64(m_stmt, pos, value);
}

void Statement::bindNull(int pos)
{
    sqlite3_bind_null(m_stmt, pos);
}

Status Statement::execute()
{
    if (!m_stmt)
        return lastError();
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return errorFromSqliteCode(rc, QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
    return {};
}

void Statement::bindViewOrNull(int pos, const QString &text)
{
    if (text.isEmpty())
        bindNull(pos);
    else
        bindView(pos, text);
}

void Statement::bind(int pos, const QVariant &value)
{
    if (value.isNull()) {
        bindNull(pos);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::QString:
        bindView(pos, value.toString());
        return;
    case QMetaType::QByteArray:
        if (pos < 1 || static_cast<size_t>(pos) >= m_utf8.size())
            return;
        m_utf8[static_cast<size_t>(pos)] = value.toByteArray();
        bindView(pos, m_utf8[static_cast<size_t>(pos)]);
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_stmt, pos, value.toDouble());
        return;
    default:
        bind(pos, value.toLongLong());
    }
}

qint64 Statement::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db.handle());
}

Result<bool> Statement::step()
{
    if (!m_stmt)
        return lastError();
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error e = errorFromSqliteCode(rc, QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
    sqlite3_reset(m_stmt);
    return e;
}

int Statement::column(QLatin1StringView name) const
{
    const int n = m_stmt ? sqlite3_column_count(m_stmt) : 0;
    for (int i = 0; i < n; ++i)
        if (QLatin1StringView(sqlite3_column_name(m_stmt, i)) == name)
            return i;
    qWarning("Statement: the query has no column %s", name.data());
    return -1;
}

QString Statement::textColumn(int index) const
{
    const unsigned char *text = sqlite3_column_text(m_stmt, index);
    const int bytes = sqlite3_column_bytes(m_stmt, index);
    return text ? QString::fromUtf8(reinterpret_cast<const char *>(text), bytes) : QString();
}

QByteArrayView Statement::utf8Column(int index) const
{
    const unsigned char *text = sqlite3_column_text(m_stmt, index);
    const int bytes = sqlite3_column_bytes(m_stmt, index);
    return text ? QByteArrayView(reinterpret_cast<const char *>(text), bytes) : QByteArrayView();
}

qint64 Statement::intColumn(int index) const
{
    return sqlite3_column_int64(m_stmt, index);
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
}

Error Statement::lastError() const
{
    sqlite3 *h = m_db.handle();
    return errorFromSqliteCode(sqlite3_extended_errcode(h), QString::fromUtf8(sqlite3_errmsg(h)),
                               sqlite3_system_errno(h));
}

} // namespace guanxi
