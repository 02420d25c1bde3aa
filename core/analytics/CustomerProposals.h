// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"
#include "core/users/User.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <vector>

namespace guanxi {

class Clock;
class Database;

// What the orders say a customer's importance tier (VIP / important / normal) and loyalty stage
// (new / old / loyal) should be, where that differs from the card, for the user to accept.
struct CustomerProposal {
    QString customerId;
    QString name;
    qint64 rowVersion = 0;
    Tier tier = Tier::Normal, proposedTier = Tier::Normal;
    LoyaltyStage stage = LoyaltyStage::Potential, proposedStage = LoyaltyStage::Potential;
    qint64 revenueMinor = 0; // the last twelve months
    QString reason;          // translated
};

// The rules, on the twelve months up to `today`, among the customers who ordered:
//  - tier: VIP the top 5 % by revenue; important the rest of those making up 80 % of revenue
//    (ABC class A); normal the others;
//  - stage: new when the first order is less than a year old; loyal when the customer has ordered
//    for two years or more and on at least four days in the last twelve months; old otherwise.
class CustomerProposals {
    Q_DECLARE_TR_FUNCTIONS(CustomerProposals)
public:
    static constexpr double kVipShare = 0.05;
    static constexpr double kImportantRevenueShare = 0.80;
    static constexpr int kLoyalOrderDays = 4;

    static Result<std::vector<CustomerProposal>> propose(Database &db, const Clock &clock, const Session &actor,
                                                         const QString &currency = QStringLiteral("CNY"));
    // Writes the proposed tier and stage of each (versioned; a customer changed meanwhile or not
    // the actor's to change is skipped and counted). Returns how many were changed.
    static Result<int> accept(Database &db, const Clock &clock, const Session &actor,
                              const std::vector<CustomerProposal> &proposals, int *skipped = nullptr);
};

} // namespace guanxi
