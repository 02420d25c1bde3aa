// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/importexport/TransactionFile.h"
#include "core/users/User.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace guanxi {

class Clock;
class Database;

struct TransactionImportReport {
    int customersCreated = 0;
    int customersFound = 0; // already there under the same external code
    int orders = 0;
};

// A purchase log (see TransactionFile) into the database: each customer code becomes (or finds) the
// customer with that external code, each purchase a closed order of that day, so the analysis
// reports and the customer-base models see the history. All or nothing, in one transaction.
// Managers and administrators only; new customers belong to the one importing.
class TransactionImport {
    Q_DECLARE_TR_FUNCTIONS(TransactionImport)
public:
    static Result<TransactionImportReport> run(Database &db, const Clock &clock, const Session &actor,
                                               const std::vector<LoggedPurchase> &purchases,
                                               const QString &currency = QStringLiteral("CNY"));
};

} // namespace guanxi
