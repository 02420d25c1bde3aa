// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QString>

namespace guanxi {

class Clock;
class Database;

// Repeated wrong passwords slow down: after a few free tries each further one must wait longer
// (1 s, 2 s, 4 s … up to 5 minutes), counted per login in the file, so it holds whichever
// computer or program the tries come from. Each failure is written to the audit log.
class SignInThrottle {
public:
    static constexpr int kFreeTries = 3;
    static constexpr qint64 kMaxDelayMs = 5 * 60 * 1000;

    SignInThrottle(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    // How long `login` must still wait before its next try (0: it may try now).
    Result<qint64> waitMs(const QString &login);
    Status failed(const QString &login, const QString &userId);
    Status succeeded(const QString &login);

    static qint64 delayAfter(int failures);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace guanxi
