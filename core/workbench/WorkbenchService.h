// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/quotas/Quota.h"
#include "core/quotes/Quote.h"
#include "core/users/User.h"
#include "core/util/Result.h"
#include "core/workbench/WorkItem.h"

#include <QCoreApplication>

namespace guanxi {

class Clock;
class Database;

// The personal workbench (个人工作台): what one salesperson has to do or watch today, panel by
// panel. Each panel is one query over an index, for the actor's own customers, deals and tasks;
// `limit` caps the lines read, `total` still counts them all. Days are the user's local days.
class WorkbenchService {
    Q_DECLARE_TR_FUNCTIONS(WorkbenchService)
public:
    static constexpr int kDefaultLimit = 50;
    static constexpr int kCareDaysAhead = 7; // birthdays and care days this many days ahead
    static constexpr int kCommitmentDaysAhead = 7;

    WorkbenchService(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    // Follow-ups due today or tomorrow (or up to `until`), and overdue ones, oldest first.
    Result<WorkList> followUps(const Session &actor, int limit = kDefaultLimit, QDate until = {});
    // Customers with no touch point, or no order, for longer than their tier allows; longest first.
    Result<WorkList> dormantCustomers(const Session &actor, int limit = kDefaultLimit);
    // The actor's customers at risk of churning (流失预警): silent far beyond their usual interval
    // between orders, or unlikely to be still active by the fitted lifetime-value model.
    Result<WorkList> atRisk(const Session &actor, int limit = kDefaultLimit);
    // Receivables of the actor's orders due by the end of this week (Sunday) or overdue, with what
    // is still open of each.
    Result<WorkList> receivablesDue(const Session &actor, int limit = kDefaultLimit, QDate until = {});
    // Contacts' birthdays and the customers' care days in the next week (from `daysBack` days ago to
    // `daysAhead` - 1 days ahead).
    Result<WorkList> careDays(const Session &actor, int limit = kDefaultLimit, int daysAhead = kCareDaysAhead,
                              int daysBack = 0);
    // Open commitments due within a week, and overdue ones.
    Result<WorkList> commitmentsDue(const Session &actor, int limit = kDefaultLimit, QDate until = {});
    // Open deals expected to close by the end of this month (earlier ones are overdue).
    Result<WorkList> closingThisMonth(const Session &actor, int limit = kDefaultLimit, QDate until = {});
    // Price approvals: for a manager or administrator, the quotes waiting for their answer, oldest
    // request first; for a salesperson, their own requests still waiting and those answered this
    // week, newest first.
    Result<WorkList> approvals(const Session &actor, int limit = kDefaultLimit);
    // One round of that list as a workbench line, about the quote (its id).
    static WorkItem approvalItem(const Session &actor, const ApprovalQueueEntry &entry, const QDate &today);
    // Open tasks, overdue and dated ones first.
    Result<WorkList> openTasks(const Session &actor, int limit = kDefaultLimit);
    // The actor's quota and won amount this month.
    Result<QuotaAttainment> quotaThisMonth(const Session &actor);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace guanxi
