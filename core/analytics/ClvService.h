// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/CustomerBaseModels.h"
#include "core/users/User.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <optional>

namespace guanxi {

class Clock;
class Database;

// What a customer is likely worth, from the models fitted to the customers' own orders.
struct CustomerValue {
    QString customerId;
    QString name;
    PurchaseSummary history;
    double probabilityAlive = 0;  // 0..1
    double expectedPurchases = 0; // in the next 52 weeks
    double expectedSpend = 0;     // per purchase, major units
    double clv = 0;               // the next 52 weeks' purchases × spend, discounted monthly, major units
};

struct ClvReport {
    QDate calibrationEnd;
    QString currency;
    BgNbdFit bgnbd;
    GammaGammaFit gammaGamma;
    std::vector<CustomerValue> customers; // highest CLV first
};

// The last fit, as kept in the database for the cards and the churn list.
struct KeptClvModel {
    BgNbdParams bgnbd;
    GammaGammaParams gammaGamma;
    QDate calibrationEnd;
    QString currency;
};

// Fits BG/NBD and Gamma-Gamma to the purchases (orders not cancelled, in one currency) of the
// customers the actor may see, up to the end of a calibration period, and values every customer.
// The latest fit is kept in the database so a customer card can show its customer's value at once.
class ClvService {
    Q_DECLARE_TR_FUNCTIONS(ClvService)
public:
    static constexpr double kHorizonWeeks = 52;
    static constexpr double kAnnualDiscountRate = 0.10;

    ClvService(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    // `currency` empty: the currency most orders are in.
    Result<ClvReport> fit(const Session &actor, const QDate &calibrationEnd, const QString &currency = {});
    // One customer's value today by the kept fit; NotFound when nothing was fitted yet.
    Result<CustomerValue> valueOf(const Session &actor, const QString &customerId);
    // The kept fit's date and currency, for the card to say what its figures rest on.
    Result<std::pair<QDate, QString>> keptFit();
    // The kept fit, if there is one.
    static Result<std::optional<KeptClvModel>> keptModel(Database &db);

    static CustomerValue value(const BgNbdParams &b, const GammaGammaParams &g, const PurchaseSummary &h);

private:
    Result<QString> mainCurrency(const Session &actor);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace guanxi
