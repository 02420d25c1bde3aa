// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/ReportTable.h"
#include "core/users/User.h"

#include <QCoreApplication>
#include <QDate>

namespace guanxi {

class Database;

// Sales (orders that count, in one currency) over a period by one dimension, with the same-length
// period before and the change: 本期 vs 上期. Orders are seen as their owner's: a salesperson sees
// their own, a manager the department's, an administrator everyone's.
class SalesReport {
    Q_DECLARE_TR_FUNCTIONS(SalesReport)
public:
    enum class Dimension {
        Salesperson,
        Department,
        Region,
        Customer,
        Month
    };

    static QString codeOf(Dimension d);
    static bool fromCode(const QString &code, Dimension *out);
    static QString displayName(Dimension d);

    static Result<ReportTable> run(Database &db, const Session &actor, Dimension by, const QDate &from, const QDate &to,
                                   const QString &currency = QStringLiteral("CNY"));
};

} // namespace guanxi
