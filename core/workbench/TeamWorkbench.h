// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/opportunities/PipelineStage.h"
#include "core/users/User.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace guanxi {

class Clock;
class Database;

// One person's line on the manager's workbench. Amounts are in the department's currency (CNY);
// deals and receivables in other currencies are left out of the sums.
struct TeamMemberFigures {
    QString userId;
    QString name;
    int openDeals = 0;
    qint64 pipelineMinor = 0;
    qint64 weightedMinor = 0;
    QList<qint64> pipelineByStage; // open deals' amounts, one per open stage of `TeamOverview::stages`
    int overdueFollowUps = 0;
    int dormantCustomers = 0;
    qint64 quotaMinor = 0;             // this month
    qint64 wonMinor = 0;               // this month
    qint64 receivableMinor = 0;        // still open
    qint64 overdueReceivableMinor = 0; // of which past due

    double attainmentPercent() const
    {
        return quotaMinor <= 0 ? 0.0 : qRound(1000.0 * double(wonMinor) / double(quotaMinor)) / 10.0;
    }
};

struct TeamOverview {
    QList<PipelineStage> stages;      // the open stages, in order
    QList<TeamMemberFigures> members; // by name
};

// The manager's workbench: the department's pipeline by stage and by person, overdue follow-ups,
// dormant customers, performance against quota and receivables per person. A manager sees their
// department, an administrator any department (or everyone); a salesperson is refused.
class TeamWorkbench {
    Q_DECLARE_TR_FUNCTIONS(TeamWorkbench)
public:
    TeamWorkbench(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    Result<TeamOverview> overview(const Session &actor, const QString &departmentId = {});

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace guanxi
