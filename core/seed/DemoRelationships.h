// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Progress.h"
#include "core/util/Result.h"

#include <QDate>
#include <QString>

#include <functional>
#include <vector>

namespace guanxi {

class Database;
namespace demo {
class Dice;
}

// What the demo customers give the people and history seeded around them.
struct SeededCustomer {
    QString id;
    QString ownerId;     // empty: public pool
    QString mailDomain;  // the company's e-mail domain, empty when it has none
    bool company = true; // a company (gets contacts) or a private customer
    qint64 lastContactMs = 0;
};

struct RelationshipCounts {
    int contacts = 0;
    int interactions = 0;
    int commitments = 0;
    int leads = 0;
};

// Contacts (one to five per company, with phones, e-mails, titles and some birthdays), the
// timeline behind each customer's last contact with follow-ups still to do, a few open
// commitments, and leads not yet converted. Runs inside the seeder's transaction.
struct RelationshipSeeder {
    Database &db;
    demo::Dice &dice;
    std::function<QString(qint64)> idAt;
    QString adminId;
    std::vector<QString> salespeople;
    QDate asOf;
    qint64 todayMs = 0;
    int touchPoints = 0; // in all, spread over the contacted customers; 0: one or two each

    Result<RelationshipCounts> run(const std::vector<SeededCustomer> &customers, const std::function<bool()> &tick);
};

} // namespace guanxi
