// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/ReportTable.h"
#include "core/users/User.h"

#include <QCoreApplication>
#include <QDate>

namespace guanxi {

class Clock;
class Database;

// The funnel over time and the people against their targets.
class PipelineReports {
    Q_DECLARE_TR_FUNCTIONS(PipelineReports)
public:
    // Per stage, the deals that entered it in the period: how many moved on, were lost from it or
    // are still there, the conversion to a later stage, and the days spent in it (from the stage
    // history).
    static Result<ReportTable> timeInStage(Database &db, const Clock &clock, const Session &actor, const QDate &from,
                                           const QDate &to);
    // Quota against won deals for the month of `day`.
    static Result<ReportTable> quotaAttainment(Database &db, const Clock &clock, const Session &actor,
                                               const QDate &day);
    // New customers (first order ever), active and retained customers (bought in the month before
    // too) per month, and the retention rate.
    static Result<ReportTable> acquisitionAndRetention(Database &db, const Session &actor, const QDate &from,
                                                       const QDate &to,
                                                       const QString &currency = QStringLiteral("CNY"));
    // Order lines by product: quantity, net amount, orders.
    static Result<ReportTable> salesByProduct(Database &db, const Session &actor, const QDate &from, const QDate &to,
                                              const QString &currency = QStringLiteral("CNY"));
};

} // namespace guanxi
