// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/CustomerListQuery.h"
#include "core/users/User.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace guanxi {

class Clock;
class Database;

// A saved filter of the customers list (智能列表), per user, kept in the database so it follows
// the user to any computer that opens the file.
struct SmartList {
    QString id;
    QString name;
    CustomerFilter filter;
};

class SmartLists {
    Q_DECLARE_TR_FUNCTIONS(SmartLists)
public:
    SmartLists(Database &db, const Clock &clock);

    Result<QList<SmartList>> list(const Session &actor);
    // Saves under `name`, replacing the actor's list of that name.
    Result<SmartList> save(const Session &actor, const QString &name, const CustomerFilter &filter);
    Status remove(const Session &actor, const QString &id);

    static QByteArray toJson(const CustomerFilter &f);
    static CustomerFilter fromJson(const QByteArray &json);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace guanxi
