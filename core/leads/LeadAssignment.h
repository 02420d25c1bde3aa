// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace guanxi {

class Database;

// How new leads without an owner are given to salespeople. Kept in the database (db_settings),
// so everyone who captures or imports leads follows the same rule.
struct LeadAssignmentRule {
    enum class Mode {
        Manual,
        RoundRobin,
        ByRegion
    };
    Mode mode = Mode::Manual;
    QStringList users;                    // round robin: in this order
    QHash<QString, QString> regionOwners; // by region: region (province) → user id
    QString fallbackUserId;               // by region: for regions not in the table; empty: unassigned

    QByteArray toJson() const;
    static LeadAssignmentRule fromJson(const QByteArray &json);
};

class LeadAssignment {
    Q_DECLARE_TR_FUNCTIONS(LeadAssignment)
public:
    explicit LeadAssignment(Database &db)
        : m_db(db)
    {
    }

    Result<LeadAssignmentRule> rule();
    Status setRule(const LeadAssignmentRule &rule); // the caller checks who may
    // The owner the rule gives a new lead from `region`, advancing the round-robin turn. Empty for
    // manual assignment. Call inside the write transaction that inserts the lead.
    Result<QString> nextOwner(const QString &region);

private:
    Database &m_db;
};

} // namespace guanxi
