// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/users/User.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <vector>

namespace guanxi {

class Clock;
class Database;

// A customer who may be slipping away: silent far longer than their own usual interval between
// orders, or (with the lifetime-value models fitted) unlikely to be still active.
struct ChurnCandidate {
    QString customerId;
    QString name;
    QString ownerName;
    QDate lastOrder;
    int purchaseDays = 0;
    double usualIntervalDays = 0; // the mean gap between their order days
    int silentDays = 0;
    double probabilityAlive = -1; // -1: no fitted model
    QString reason;               // translated
};

class ChurnRisk {
    Q_DECLARE_TR_FUNCTIONS(ChurnRisk)
public:
    static constexpr double kSilenceFactor = 2.0;  // silent for more than twice the usual interval
    static constexpr double kAliveThreshold = 0.3; // or less than 30 % likely to be still active

    // The actor's own customers (`ownOnly`, for the workbench) or all they may see; longest
    // silence relative to the usual interval first. Customers with fewer than three order days have no
    // usual interval yet and count only by the model.
    static Result<std::vector<ChurnCandidate>> list(Database &db, const Clock &clock, const Session &actor,
                                                    bool ownOnly, const QString &currency = QStringLiteral("CNY"));
};

} // namespace guanxi
