// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/ReportTable.h"
#include "core/users/User.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace guanxi {

class Clock;
class Database;

// A report the user builds: the orders (that count, in one currency, in a period) grouped by one
// or two dimensions, with the measures chosen, filtered by tier and region. Dimensions and measures
// are codes from fixed lists, so a saved report can never become arbitrary SQL.
struct CustomReportSpec {
    QString name;
    QStringList dimensions; // one or two of dimensionCodes()
    QStringList measures;   // one or more of measureCodes()
    int tier = -1;          // -1: every tier
    QString region;         // '' every region
    QString currency = QStringLiteral("CNY");

    QString toJson() const;
    static bool fromJson(const QString &json, CustomReportSpec *out);
};

struct SavedReport {
    QString id;
    CustomReportSpec spec;
    qint64 rowVersion = 0;
};

class CustomReport {
    Q_DECLARE_TR_FUNCTIONS(CustomReport)
public:
    static QStringList dimensionCodes(); // salesperson, department, region, industry, tier, stage, month, quarter, year
    static QStringList measureCodes();   // orders, revenue, average_order, customers
    static QString dimensionName(const QString &code);
    static QString measureName(const QString &code);

    static Result<ReportTable> run(Database &db, const Session &actor, const CustomReportSpec &spec, const QDate &from,
                                   const QDate &to);

    // The actor's own saved reports.
    static Result<QList<SavedReport>> saved(Database &db, const Session &actor);
    static Result<SavedReport> save(Database &db, const Clock &clock, const Session &actor,
                                    const CustomReportSpec &spec);
    static Status remove(Database &db, const Clock &clock, const Session &actor, const QString &id);
    static Status validate(const CustomReportSpec &spec);
};

} // namespace guanxi
