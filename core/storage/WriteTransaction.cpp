// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/WriteTransaction.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

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
    const int upTo = 50 << attempt;   // 50, 100, 200, 400 ms at most
    QThread::msleep(static_cast<unsigned long>(10 + QRandomGenerator::global()->bounded(upTo)));
}

} // namespace

WriteTransaction::WriteTransaction(Database &db) : m_db(db) {}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

Status WriteTransaction::begin()
{
    if (m_db.isReadOnly())
        return m_db.readOnlyError();
    for (int attempt = 0;; ++attempt) {
        QSqlQuery q(m_db.sql());
        if (q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            m_active = true;
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
    // In the rollback journal a commit waits for readers to finish; a busy commit leaves the
    // transaction open, so it can be tried again.
    for (int attempt = 0;; ++attempt) {
        QSqlQuery q(m_db.sql());
        if (q.exec(QStringLiteral("COMMIT"))) {
            m_active = false;
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
    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace guanxi
