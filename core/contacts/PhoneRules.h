// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/users/User.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace guanxi {

class Database;

// Which country a phone number written without a country code is from (Settings → Sales rules),
// company-wide, so that "(650) 555-1212" is a number in a Californian office and "0351 223344"
// one in Dresden. China unless set. Opening a database applies its region to this process.
class PhoneRules {
    Q_DECLARE_TR_FUNCTIONS(PhoneRules)
public:
    explicit PhoneRules(Database &db)
        : m_db(db)
    {
    }

    Result<QString> region(); // "CN", "US", "DE" …
    // Managers and administrators set it; an unknown code is refused.
    Status setRegion(const Session &actor, const QString &code);
    // Reads the database's region and makes it this process's default.
    Status apply();

    // "美国 (US)", in the user's language.
    static QString regionName(const QString &code);

private:
    Database &m_db;
};

} // namespace guanxi
