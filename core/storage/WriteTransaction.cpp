// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/WriteTransaction.h"

#include "core/storage/Database.h"
#include "core/storage/SqlError.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

namespace guanxi {

namespace {

// After busy_timeout (5 s) has run out this many more times, busy is given to the caller.
constexpr int kBusyRetries = 4;

bool isBusy(const Error &e)
{
    return e.code == ErrorCode::Busy;
}

void pauseWithJitter(int attempt)
{
    const int upTo = 50 << attempt; // 50, 100, 200, 400 ms at most
    QThread::msleep(static_cast<unsigned long>(10 + QRandomGenerator::global()->bounded(upTo)));
}

} // namespace

WriteTransaction::WriteTransaction(Database &db)
    : m_db(db)
{
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

Status WriteTransaction::begin()
{
    if (m_db.isReadOnly())
        return m_db.readOnlyError();
    Database::OpenWrite &open = m_db.m_openWrite;
    if (open.depth > 0) {
        ++open.depth;
        m_active = m_joined = true;
        m_changesAtBegin = sqlite3_total_changes64(m_db.handle());
        return {};
    }
    for (int attempt = 0;; ++attempt) {
        QSqlQuery q(m_db.sql());
        if (q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            m_active = true;
            open = {1, false};
            return {};
        }
        Error e = toError(q);
        if (!isBusy(e) || attempt >= kBusyRetries)
            return e;
        pauseWithJitter(attempt);
    }
}

Status WriteTransaction::commit()
{
    if (!m_active)
        return Error{ErrorCode::Storage, tr("The change could not be saved."),
                     QStringLiteral("commit() of a transaction that is not open")};
    Database::OpenWrite &open = m_db.m_openWrite;
    if (m_joined) { // the outer transaction saves it
        --open.depth;
        m_active = false;
        return {};
    }
    if (open.partUndone) {
        rollback();
        return Error{ErrorCode::Storage, tr("A part of this change could not be saved, so none of it was."), {}};
    }
    // In the rollback journal a commit waits for readers to finish; a busy commit leaves the
    // transaction open, so it can be tried again.
    for (int attempt = 0;; ++attempt) {
        QSqlQuery q(m_db.sql());
        if (q.exec(QStringLiteral("COMMIT"))) {
            m_active = false;
            open = {};
            return {};
        }
        Error e = toError(q);
        if (!isBusy(e) || attempt >= kBusyRetries) {
            rollback();
            return e;
        }
        pauseWithJitter(attempt);
    }
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    Database::OpenWrite &open = m_db.m_openWrite;
    if (m_joined) {
        --open.depth;
        if (sqlite3_total_changes64(m_db.handle()) != m_changesAtBegin)
            open.partUndone = true;
        return;
    }
    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral("ROLLBACK"));
    open = {};
}

RowSavepoint::RowSavepoint(Database &db, const QString &name)
    : m_db(db)
    , m_begin(db.sql())
    , m_release(db.sql())
    , m_rollbackTo(db.sql())
{
    // The name is the caller's constant, never input.
    m_begin.prepare(QStringLiteral("SAVEPOINT ") + name);
    m_release.prepare(QStringLiteral("RELEASE ") + name);
    m_rollbackTo.prepare(QStringLiteral("ROLLBACK TO ") + name);
}

Status RowSavepoint::begin()
{
    m_partUndoneBefore = m_db.m_openWrite.partUndone;
    if (!m_begin.exec())
        return toError(m_begin);
    return {};
}

Status RowSavepoint::release()
{
    if (!m_release.exec())
        return toError(m_release);
    return {};
}

Status RowSavepoint::rollbackTo()
{
    if (!m_rollbackTo.exec())
        return toError(m_rollbackTo);
    m_db.m_openWrite.partUndone = m_partUndoneBefore;
    return {};
}

} // namespace guanxi
