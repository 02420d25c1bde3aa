// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/CustomerProposals.h"

#include "core/analytics/RfmAnalysis.h"
#include "core/customers/CustomerAccess.h"
#include "core/search/DerivedIndexes.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/Statement.h"
#include "core/storage/VersionedUpdate.h"
#include "core/storage/WriteTransaction.h"
#include "core/users/AccessPolicy.h"
#include "core/util/Clock.h"
#include "core/util/LocalDays.h"

#include <QHash>

#include <cmath>

namespace guanxi {

using namespace Qt::Literals::StringLiterals;

Result<std::vector<CustomerProposal>> CustomerProposals::propose(Database &db, const Clock &clock, const Session &actor,
                                                                 const QString &currency)
{
    const QDate today = localdays::today(clock);
    Result<std::vector<CustomerRevenue>> year =
        customerRevenue(db, actor, today.addYears(-1).addDays(1), today, currency);
    if (!year)
        return year.error();
    const ParetoResult p = paretoOf(std::move(*year));
    // The cards' tier, stage and version, and each customer's first order ever.
    QHash<QString, std::tuple<int, QString, qint64, QDate>> cards;
    {
        QVariantList binds;
        const QString visible = AccessPolicy(actor).visibilityClause(QStringLiteral("c"), &binds);
        const QByteArray sql =
            QStringLiteral("SELECT c.id, c.tier, c.stage, c.row_version, "
                           "  (SELECT CAST(julianday(min(o.ordered_on)) + 0.5 AS INTEGER) FROM orders o "
                           "   INDEXED BY orders_by_customer_day WHERE o.customer_id = c.id AND o.deleted_at IS NULL "
                           "   AND o.status <> 'cancelled' AND o.currency = ?1) AS first_day "
                           "FROM customers c WHERE c.deleted_at IS NULL AND %1")
                .arg(visible)
                .toUtf8();
        Statement q(db, sql.constData());
        if (!q.isValid())
            return q.lastError();
        q.bindView(1, currency);
        for (int i = 0; i < binds.size(); ++i)
            q.bindView(2 + i, binds[i].toString());
        const int idColumn = q.column("id"_L1), tierColumn = q.column("tier"_L1), stageColumn = q.column("stage"_L1),
                  versionColumn = q.column("row_version"_L1), firstDayColumn = q.column("first_day"_L1);
        while (true) {
            Result<bool> row = q.step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            cards.insert(q.textColumn(idColumn),
                         {int(q.intColumn(tierColumn)), q.textColumn(stageColumn), q.intColumn(versionColumn),
                          QDate::fromJulianDay(q.intColumn(firstDayColumn))});
        }
    }
    const size_t vips = size_t(std::ceil(double(p.customers.size()) * kVipShare));
    std::vector<CustomerProposal> out;
    double before = 0;
    for (size_t i = 0; i < p.customers.size(); ++i) {
        const CustomerRevenue &c = p.customers[i];
        const double share = before;
        before = p.cumulativeShare[i];
        const auto card = cards.constFind(c.customerId);
        if (card == cards.constEnd())
            continue;
        const auto &[tierCode, stageCode, version, firstOrder] = *card;
        CustomerProposal pr;
        pr.customerId = c.customerId;
        pr.name = c.name;
        pr.rowVersion = version;
        pr.tier = Tier(qBound(0, tierCode, 2));
        fromCode(stageCode, &pr.stage);
        pr.revenueMinor = c.revenueMinor;
        pr.proposedTier = i < vips ? Tier::Vip : share < kImportantRevenueShare ? Tier::Important : Tier::Normal;
        const qint64 age = firstOrder.isValid() ? firstOrder.daysTo(today) : 0;
        pr.proposedStage = age < 365                          ? LoyaltyStage::New
            : age >= 730 && c.purchaseDays >= kLoyalOrderDays ? LoyaltyStage::Loyal
                                                              : LoyaltyStage::Old;
        if (pr.proposedTier == pr.tier && pr.proposedStage == pr.stage)
            continue;
        pr.reason = tr("rank %1 of %2 by revenue in the last 12 months; first order %3; ordered on %4 day(s) this year")
                        .arg(i + 1)
                        .arg(p.customers.size())
                        .arg(firstOrder.toString(Qt::ISODate))
                        .arg(c.purchaseDays);
        out.push_back(std::move(pr));
    }
    return out;
}

Result<int> CustomerProposals::accept(Database &db, const Clock &clock, const Session &actor,
                                      const std::vector<CustomerProposal> &proposals, int *skipped)
{
    return inWriteTransaction(db, [&]() -> Result<int> {
        int changed = 0, left = 0;
        const qint64 now = clock.nowMs();
        for (const CustomerProposal &p : proposals) {
            if (Result<Customer> c = CustomerAccess::writable(db, actor, p.customerId); !c) {
                ++left;
                continue;
            }
            Result<bool> ok = updateVersioned(
                db, QStringLiteral("customers"), {QStringLiteral("tier"), QStringLiteral("stage")},
                {int(p.proposedTier), codeOf(p.proposedStage)}, p.customerId, p.rowVersion, now, actor.userId);
            if (!ok)
                return ok.error();
            if (!*ok) {
                ++left; // changed by someone in the meantime: their word stands
                continue;
            }
            if (Status s = refreshDerivedIndexes(db, SearchKind::Customer, p.customerId); !s)
                return s.error();
            ++changed;
        }
        if (skipped)
            *skipped = left;
        return changed;
    });
}

} // namespace guanxi
