// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/ReportTable.h"
#include "core/users/User.h"

#include <QCoreApplication>
#include <QDate>

namespace guanxi {

class Clock;
class Database;

// The reports a sales manager reads besides sales: money still owed by age, who did how many calls
// and visits, who may be slipping away, and how customers move between RFM segments.
class OperationsReports {
    Q_DECLARE_TR_FUNCTIONS(OperationsReports)
public:
    // Receivables still open on `asOf`, per salesperson, by days past due: not yet due, 0–30,
    // 31–60, 61–90, over 90.
    static Result<ReportTable> receivablesAgeing(Database &db, const Session &actor, const QDate &asOf,
                                                 const QString &currency = QStringLiteral("CNY"));
    // Touch points logged per person and kind in a period.
    static Result<ReportTable> activity(Database &db, const Session &actor, const QDate &from, const QDate &to);
    // Customers at risk of churning among those the actor may see; ids are customers.
    static Result<ReportTable> churnRisk(Database &db, const Clock &clock, const Session &actor);
    // How the customers of the window before [from, to] (same length) moved between RFM segments,
    // as shares of each earlier segment (a Markov transition matrix), and the mix it projects for
    // the next period.
    static Result<ReportTable> segmentMigration(Database &db, const Session &actor, const QDate &from, const QDate &to,
                                                const QString &currency = QStringLiteral("CNY"));
};

} // namespace guanxi
