// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/ClvService.h"

#include "core/customers/CustomerAccess.h"
#include "core/money/Money.h"
#include "core/storage/Database.h"
#include "core/storage/DbSettings.h"
#include "core/storage/ResultRow.h"
#include "core/storage/SqlError.h"
#include "core/storage/Statement.h"
#include "core/users/AccessPolicy.h"
#include "core/util/Clock.h"
#include "core/util/LocalDays.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace guanxi {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kKeptFit = QStringLiteral("analytics.clv");

// The visible customers' orders that count, in one currency, up to a day.
Result<std::vector<Purchase>> loadPurchases(Database &db, const Session &actor, const QString &currency,
                                            const QDate &until, const QString &customerId = {})
{
    QVariantList binds;
    const QString visible = AccessPolicy(actor).visibilityClause(QStringLiteral("c"), &binds);
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT o.customer_id, o.ordered_on, o.total_minor FROM orders o "
                             "JOIN customers c ON c.id = o.customer_id "
                             "WHERE o.deleted_at IS NULL AND o.status <> 'cancelled' AND o.currency = ? "
                             "AND o.ordered_on <= ? AND c.deleted_at IS NULL AND %1%2")
                  .arg(visible, customerId.isEmpty() ? QString() : QStringLiteral(" AND o.customer_id = ?")));
    q.addBindValue(currency);
    q.addBindValue(localdays::iso(until));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!customerId.isEmpty())
        q.addBindValue(customerId);
    if (!q.exec())
        return toError(q);
    std::vector<Purchase> out;
    for (const ResultRow r(q); q.next();)
        out.push_back({r.text("customer_id"_L1), r.day("ordered_on"_L1), r.integer("total_minor"_L1)});
    return out;
}

} // namespace

CustomerValue ClvService::value(const BgNbdParams &b, const GammaGammaParams &g, const PurchaseSummary &h)
{
    CustomerValue v;
    v.customerId = h.customerId;
    v.history = h;
    v.probabilityAlive = bgnbd::probabilityAlive(b, h.frequency, h.recency, h.age);
    v.expectedPurchases = bgnbd::expectedPurchases(b, kHorizonWeeks, h.frequency, h.recency, h.age);
    v.expectedSpend = gammagamma::expectedSpend(g, h.frequency, h.monetary);
    // Month by month, each month's expected purchases discounted to today.
    double previous = 0;
    for (int month = 1; month <= 12; ++month) {
        const double upTo = bgnbd::expectedPurchases(b, kHorizonWeeks * month / 12.0, h.frequency, h.recency, h.age);
        v.clv += (upTo - previous) * v.expectedSpend / std::pow(1 + kAnnualDiscountRate, month / 12.0);
        previous = upTo;
    }
    for (double *d : {&v.probabilityAlive, &v.expectedPurchases, &v.expectedSpend, &v.clv})
        if (!std::isfinite(*d))
            *d = 0; // never NaN on screen; a customer so far outside the fit has no figure
    return v;
}

Result<QString> ClvService::mainCurrency(const Session &actor)
{
    QVariantList binds;
    const QString visible = AccessPolicy(actor).visibilityClause(QStringLiteral("c"), &binds);
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT o.currency FROM orders o JOIN customers c ON c.id = o.customer_id "
                             "WHERE o.deleted_at IS NULL AND o.status <> 'cancelled' AND c.deleted_at IS NULL AND %1 "
                             "GROUP BY o.currency ORDER BY count(*) DESC LIMIT 1")
                  .arg(visible));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return toError(q);
    return q.next() ? q.value(0).toString() : QStringLiteral("CNY");
}

Result<ClvReport> ClvService::fit(const Session &actor, const QDate &calibrationEnd, const QString &currencyIn)
{
    if (!calibrationEnd.isValid())
        return Error{ErrorCode::Invalid,
                     tr("The calibration period needs an end date (yyyy-MM-dd)."),
                     {},
                     QStringLiteral("calibrationEnd")};
    Result<QString> currency = currencyIn.isEmpty() ? mainCurrency(actor) : Result<QString>(currencyIn.toUpper());
    if (!currency)
        return currency.error();
    Result<std::vector<Purchase>> purchases = loadPurchases(m_db, actor, *currency, calibrationEnd);
    if (!purchases)
        return purchases.error();
    ClvReport r;
    r.calibrationEnd = calibrationEnd;
    r.currency = *currency;
    const std::vector<PurchaseSummary> histories =
        summarizePurchases(*purchases, calibrationEnd, MoneyText::minorDigits(*currency));
    if (histories.size() < 10)
        return Error{ErrorCode::Invalid,
                     tr("Only %n customer(s) bought in %1 up to %2; the models need a customer base to learn from.", "",
                        int(histories.size()))
                         .arg(*currency, localdays::iso(calibrationEnd)),
                     {},
                     QStringLiteral("calibrationEnd")};
    r.bgnbd = bgnbd::fit(histories);
    r.gammaGamma = gammagamma::fit(histories);
    if (!r.bgnbd.converged || r.gammaGamma.customers == 0 || !r.gammaGamma.converged)
        return Error{ErrorCode::Invalid,
                     tr("The models could not be fitted to these purchases (too few repeat purchases, or no "
                        "consistent pattern). Try a longer calibration period."),
                     {},
                     QStringLiteral("calibrationEnd")};

    // Names for the list.
    QHash<QString, QString> names;
    {
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, name FROM customers WHERE deleted_at IS NULL")))
            return toError(q);
        for (const ResultRow row(q); q.next();)
            names.insert(row.text("id"_L1), row.text("name"_L1));
    }
    r.customers.reserve(histories.size());
    for (const PurchaseSummary &h : histories) {
        CustomerValue v = value(r.bgnbd.params, r.gammaGamma.params, h);
        v.name = names.value(h.customerId);
        r.customers.push_back(std::move(v));
    }
    std::sort(r.customers.begin(), r.customers.end(), [](const CustomerValue &a, const CustomerValue &b) {
        return a.clv != b.clv ? a.clv > b.clv : a.customerId < b.customerId;
    });

    const QJsonObject kept{{QStringLiteral("calibration_end"), localdays::iso(calibrationEnd)},
                           {QStringLiteral("currency"), *currency},
                           {QStringLiteral("r"), r.bgnbd.params.r},
                           {QStringLiteral("alpha"), r.bgnbd.params.alpha},
                           {QStringLiteral("a"), r.bgnbd.params.a},
                           {QStringLiteral("b"), r.bgnbd.params.b},
                           {QStringLiteral("p"), r.gammaGamma.params.p},
                           {QStringLiteral("q"), r.gammaGamma.params.q},
                           {QStringLiteral("gamma"), r.gammaGamma.params.gamma}};
    if (Status s =
            dbsettings::setValue(m_db, kKeptFit, QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact)));
        !s)
        return s.error();
    return r;
}

Result<std::optional<KeptClvModel>> ClvService::keptModel(Database &db)
{
    Result<QString> text = dbsettings::value(db, kKeptFit);
    if (!text)
        return text.error();
    const QJsonObject o = QJsonDocument::fromJson(text->toUtf8()).object();
    const QDate day = QDate::fromString(o.value(QStringLiteral("calibration_end")).toString(), Qt::ISODate);
    if (!day.isValid() || !o.contains(QStringLiteral("r")))
        return std::optional<KeptClvModel>();
    const auto n = [&](const char *key) { return o.value(QLatin1String(key)).toDouble(); };
    return std::optional<KeptClvModel>(KeptClvModel{{n("r"), n("alpha"), n("a"), n("b")},
                                                    {n("p"), n("q"), n("gamma")},
                                                    day,
                                                    o.value(QStringLiteral("currency")).toString()});
}

Result<std::pair<QDate, QString>> ClvService::keptFit()
{
    Result<std::optional<KeptClvModel>> kept = keptModel(m_db);
    if (!kept)
        return kept.error();
    if (!kept->has_value())
        return Error{ErrorCode::NotFound, tr("The customer-value models have not been fitted yet."), {}};
    return std::pair{(*kept)->calibrationEnd, (*kept)->currency};
}

Result<CustomerValue> ClvService::valueOf(const Session &actor, const QString &customerId)
{
    Result<Customer> c = CustomerAccess::readable(m_db, actor, customerId);
    if (!c)
        return c.error();
    Result<std::optional<KeptClvModel>> kept = keptModel(m_db);
    if (!kept)
        return kept.error();
    if (!kept->has_value())
        return Error{ErrorCode::NotFound, tr("The customer-value models have not been fitted yet."), {}};
    const BgNbdParams b = (*kept)->bgnbd;
    const GammaGammaParams g = (*kept)->gammaGamma;
    const QString currency = (*kept)->currency;
    // The customer's history up to today, valued with the kept parameters.
    const QDate today = localdays::today(m_clock);
    Result<std::vector<Purchase>> purchases = loadPurchases(m_db, actor, currency, today, customerId);
    if (!purchases)
        return purchases.error();
    const std::vector<PurchaseSummary> h = summarizePurchases(*purchases, today, MoneyText::minorDigits(currency));
    if (h.empty())
        return Error{ErrorCode::NotFound, tr("This customer has no purchases in %1 yet.").arg(currency), {}};
    CustomerValue v = value(b, g, h.front());
    v.name = c->fields.name;
    return v;
}

} // namespace guanxi
