// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <vector>

class QIODevice;

namespace guanxi {

// One line of a purchase log: the customer's code in the other system, the day, how many items,
// the value in minor units (cents, fen).
struct LoggedPurchase {
    QString customerCode;
    QDate day;
    int quantity = 0;
    qint64 amountMinor = 0;
};

// Purchase logs in the layout of the CDNOW files and similar exports: whitespace-separated
// columns `customer-id [second-id] yyyymmdd quantity value`, an optional header line. A line that
// does not read is refused with its number; nothing is taken from a file with such a line.
class TransactionFile {
    Q_DECLARE_TR_FUNCTIONS(TransactionFile)
public:
    static Result<std::vector<LoggedPurchase>> read(QIODevice &in);
    static Result<std::vector<LoggedPurchase>> read(const QString &path);
};

} // namespace guanxi
