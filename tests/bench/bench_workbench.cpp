// SPDX-License-Identifier: GPL-3.0-or-later
// Usage: bench_workbench DATABASE AS-OF (a database made by `guanxi-cli seed --as-of AS-OF`; at scale
// 100,000 customers, 500,000 orders and 1,000,000 timeline entries).
// Prints, at 10:00 on the as-of day: every panel of the workbench read for each salesperson (the
// core queries), the whole workbench page refreshed, the reminders computed, and the manager's team
// view; median and slowest over the salespeople, each the median of several runs.
#include "core/reminders/ReminderService.h"
#include "core/tasks/TaskService.h"
#include "core/users/UserService.h"
#include "core/util/Clock.h"
#include "core/util/LocalDays.h"
#include "core/workbench/TeamWorkbench.h"
#include "core/workbench/WorkbenchService.h"
#include "core/workspace/OpenWorkspace.h"
#include "ui/workbench/WorkbenchPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace guanxi;

namespace {

template <typename F> double medianMs(int runs, F &&f)
{
    std::vector<double> v;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        v.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void report(const char *what, std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    std::printf("%-58s median %7.1f ms   slowest %7.1f ms\n", what, v[v.size() / 2], v.back());
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_workbench DATABASE AS-OF\n");
        return 2;
    }
    auto db = openWorkspace(QString::fromLocal8Bit(argv[1]));
    const QDate asOf = QDate::fromString(QString::fromLocal8Bit(argv[2]), Qt::ISODate);
    if (!db || !asOf.isValid()) {
        std::fprintf(stderr, "cannot open the database, or the date is not yyyy-MM-dd\n");
        return 1;
    }
    const FixedClock clock(localdays::at(asOf, 10 * 60));
    std::vector<Session> sales, managers;
    const QList<User> users = *UserService(**db, clock).users();
    for (const User &u : users) {
        if (u.role == Role::Salesperson)
            sales.push_back(Session::fromUser(u));
        if (u.role == Role::Manager)
            managers.push_back(Session::fromUser(u));
    }
    const int runs = 5;
    WorkbenchService wb(**db, clock);
    std::vector<double> panels, page, reminders, team;
    int lines = 0, due = 0;
    for (const Session &s : sales) {
        panels.push_back(medianMs(runs, [&] {
            lines = wb.followUps(s)->total + wb.openTasks(s)->total + wb.receivablesDue(s)->total
                + wb.commitmentsDue(s)->total + wb.closingThisMonth(s)->total + wb.careDays(s)->total
                + wb.dormantCustomers(s)->total + wb.atRisk(s)->total + wb.approvals(s)->total;
            (void)wb.quotaThisMonth(s);
        }));
        WorkbenchPage p({db->get(), s, &clock});
        page.push_back(medianMs(runs, [&] { p.reload(); }));
        ReminderService r(**db, clock);
        reminders.push_back(medianMs(runs, [&] { due = static_cast<int>(r.due(s)->size()); }));
    }
    // Each panel on its own, for the first salesperson: where the time goes.
    const Session &first = sales.front();
    const std::pair<const char *, std::function<void()>> each[] = {
        {"  follow-ups due", [&] { (void)wb.followUps(first); }},
        {"  to-do", [&] { (void)wb.openTasks(first); }},
        {"  receivables due", [&] { (void)wb.receivablesDue(first); }},
        {"  commitments due", [&] { (void)wb.commitmentsDue(first); }},
        {"  deals closing this month", [&] { (void)wb.closingThisMonth(first); }},
        {"  birthdays and care days", [&] { (void)wb.careDays(first); }},
        {"  dormant customers", [&] { (void)wb.dormantCustomers(first); }},
        {"  churn risk", [&] { (void)wb.atRisk(first); }},
        {"  quota this month", [&] { (void)wb.quotaThisMonth(first); }},
        {"  price approvals (own requests)", [&] { (void)wb.approvals(first); }},
        {"  calendar: the month's appointments",
         [&] {
             const QDate month(asOf.year(), asOf.month(), 1);
             (void)TaskService(**db, clock).agenda(first, month.addDays(1 - month.dayOfWeek()), month.addDays(41));
         }},
    };
    for (const auto &[what, f] : each)
        report(what, {medianMs(runs, f)});
    for (const Session &m : managers)
        team.push_back(medianMs(runs, [&] { (void)TeamWorkbench(**db, clock).overview(m); }));
    std::vector<double> queue;
    for (const Session &m : managers)
        queue.push_back(medianMs(runs, [&] { (void)wb.approvals(m); }));
    std::printf("%zu salespeople, %zu managers; the last salesperson: %d panel lines, %d reminders due\n", sales.size(),
                managers.size(), lines, due);
    report("workbench panels, all together (core queries)", panels);
    report("workbench page refreshed (panels, models, views)", page);
    report("reminders computed", reminders);
    report("manager's team view (department)", team);
    report("manager's price approvals waiting", queue);
    return 0;
}
