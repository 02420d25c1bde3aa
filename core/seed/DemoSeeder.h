// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/users/User.h"
#include "core/util/Progress.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace guanxi {

class Database;

struct SeedOptions {
    int customers = 2000;
    int orders = 10000;
    int interactions = 0; // touch points on the timelines in all; 0: one or two per contacted customer
    quint32 seed = 1;
    QDate asOf; // "today" of the data set; the current date when not set
    QString demoPassword = QStringLiteral("guanxi123");
};

struct SeedSummary {
    int departments = 0;
    int users = 0;
    int customers = 0;
    int orders = 0;
    int contacts = 0;
    int interactions = 0;
    int leads = 0;
    int products = 0;
    int opportunities = 0;
    int quotes = 0;
    int salesOrders = 0; // orders made from quotes (the rest of `orders` is history)
    int tasks = 0;
    int careEvents = 0;
    int detailedCards = 0; // customers with competitors, a project, a link and a file
    qint64 elapsedMs = 0;
};

// A realistic Chinese SMB data set: a sales team in departments, companies and people with real-
// looking names, phones and regions, and three years of orders. The same seed and date give the
// same data. Everything is written in one transaction: cancelled or failed, nothing is left.
// With them: contacts, timelines with follow-ups, commitments and leads (seed/DemoRelationships).
class DemoSeeder {
    Q_DECLARE_TR_FUNCTIONS(DemoSeeder)
public:
    explicit DemoSeeder(Database &db)
        : m_db(db)
    {
    }

    // `actor` must be the administrator when the database already has a user; a database with no
    // user gets an administrator "admin". All demo accounts (and an administrator without a
    // password) get `demoPassword`.
    Result<SeedSummary> run(const Session *actor, const SeedOptions &options, const ProgressFn &progress = {});

private:
    Database &m_db;
};

} // namespace guanxi
