// SPDX-License-Identifier: GPL-3.0-or-later
#include "opportunities/FunnelReport.h"

#include "storage/Database.h"
#include "storage/SqlError.h"
#include "users/AccessPolicy.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <map>

namespace guanxi {

namespace {

const char *const kFrom = " FROM opportunities o LEFT JOIN users u ON u.id = o.owner_id "
                          "LEFT JOIN opportunity_stages s ON s.id = o.stage WHERE o.deleted_at IS NULL AND ";

// Runs `select … FROM opportunities o … WHERE <visible> <filter> AND <extra> <tail>`.
Result<QSqlQuery> runOver(Database &db, const QString &select, const QString &visible, const QVariantList &visibleBinds,
                          const OpportunityFilter &filter, const QString &extra, const QVariantList &extraBinds,
                          const QString &tail)
{
    QVariantList binds = visibleBinds;
    const QString where = visible + filter.whereClause(&binds);
    binds += extraBinds;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(select + QLatin1String(kFrom) + where + extra + tail);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return toError(q);
    return q;
}

QString monthOf(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy-MM"));
}

} // namespace

Result<FunnelReport> FunnelQuery::run(const Session &actor, const Pipeline &pipeline, const OpportunityFilter &filter,
                                      const QString &currency, const QDate &today)
{
    FunnelReport r;
    r.currency = currency;
    QVariantList visibleBinds;
    const QString visible = AccessPolicy(actor).visibilityClause(QStringLiteral("o"), &visibleBinds);
    const QString inCurrency = QStringLiteral(" AND o.currency = ?");

    // 1. Deals, amounts and weighted amounts per stage as they stand.
    QHash<QString, FunnelStageFigures> byStage;
    {
        Result<QSqlQuery> q = runOver(m_db,
                                      QStringLiteral("SELECT o.stage, count(*), coalesce(sum(o.amount_minor), 0), "
                                                     "coalesce(sum((o.amount_minor * o.probability_pct + 50) / 100), 0)"),
                                      visible, visibleBinds, filter, inCurrency, {currency}, QStringLiteral(" GROUP BY o.stage"));
        if (!q)
            return q.error();
        while (q->next()) {
            FunnelStageFigures &f = byStage[q->value(0).toString()];
            f.count = q->value(1).toInt();
            f.amountMinor = q->value(2).toLongLong();
            f.weightedMinor = q->value(3).toLongLong();
        }
    }
    {
        Result<QSqlQuery> q = runOver(m_db, QStringLiteral("SELECT count(*)"), visible, visibleBinds, filter,
                                      QStringLiteral(" AND o.currency <> ?"), {currency}, {});
        if (!q)
            return q.error();
        if (q->next())
            r.otherCurrencyCount = q->value(0).toInt();
    }

    // 2. How far each deal got: the furthest open stage in its history, and whether it was won.
    // Grouped twice in SQL so only (furthest, won, count) rows come back.
    const QString wonId = pipeline.wonStageId();
    std::map<int, std::pair<int, int>> furthest;   // position → (deals not won, deals won)
    {
        Result<QSqlQuery> q = runOver(
            m_db,
            QStringLiteral("SELECT far, won, count(*) FROM (SELECT (SELECT max(hs.position) FROM opportunity_stage_history h "
                           "JOIN opportunity_stages hs ON hs.id = h.stage_id AND hs.outcome = 'open' "
                           "WHERE h.opportunity_id = o.id AND h.deleted_at IS NULL) AS far, o.stage = ? AS won"),
            visible, QVariantList{wonId} + visibleBinds, filter, inCurrency, {currency},
            QStringLiteral(") GROUP BY far, won"));
        if (!q)
            return q.error();
        while (q->next()) {
            const int far = q->value(0).isNull() ? 0 : q->value(0).toInt();
            auto &slot = furthest[far];
            (q->value(1).toInt() ? slot.second : slot.first) += q->value(2).toInt();
        }
    }
    int wonTotal = 0;
    for (const auto &[far, counts] : furthest)
        wonTotal += counts.second;
    const auto reachedOpen = [&](int position) {
        int n = wonTotal;   // a won deal went through every open stage
        for (const auto &[far, counts] : furthest)
            if (far >= position)
                n += counts.first;
        return n;
    };

    QString previousOpen;
    int previousReached = 0;
    for (const PipelineStage &stage : pipeline.stages()) {
        FunnelStageFigures f = byStage.value(stage.id);
        f.stage = stage;
        f.reached = stage.isOpen() ? reachedOpen(stage.position) : f.count;
        if (stage.outcome == StageOutcome::Won) {
            r.won = f.count;
            r.wonMinor = f.amountMinor;
        } else if (stage.outcome == StageOutcome::Lost) {
            r.lost = f.count;
        } else {
            r.openWeightedMinor += f.weightedMinor;
        }
        if (stage.outcome != StageOutcome::Lost) {
            if (!previousOpen.isEmpty())
                r.conversions.append({previousOpen, stage.id, previousReached, f.reached});
            if (stage.isOpen()) {
                previousOpen = stage.id;
                previousReached = f.reached;
            } else {
                previousOpen.clear();
            }
        }
        r.stages.append(f);
    }

    // 3. The forecast by month of the close date.
    QDate first, last;
    if (filter.hasPeriod()) {
        first = filter.from.isEmpty() ? today : QDate::fromString(filter.from, Qt::ISODate);
        last = filter.to.isEmpty() ? first.addMonths(11) : QDate::fromString(filter.to, Qt::ISODate);
    } else {
        first = QDate(today.year(), today.month(), 1).addMonths(-5);
        last = QDate(today.year(), today.month(), 1).addMonths(7).addDays(-1);
    }
    OpportunityFilter window = filter;
    window.from = first.toString(Qt::ISODate);
    window.to = last.toString(Qt::ISODate);
    window.openOnlyOutsidePeriod = false;
    QHash<QString, ForecastMonth> months;
    {
        Result<QSqlQuery> q = runOver(
            m_db,
            QStringLiteral("SELECT substr(CASE WHEN o.closed_on <> '' THEN o.closed_on ELSE o.expected_close_on END, 1, 7) AS m, "
                           "coalesce(sum(CASE WHEN s.outcome = 'open' THEN (o.amount_minor * o.probability_pct + 50) / 100 END), 0), "
                           "coalesce(sum(CASE WHEN s.outcome = 'open' THEN o.amount_minor END), 0), "
                           "coalesce(sum(CASE WHEN s.outcome = 'won' THEN o.amount_minor END), 0)"),
            visible, visibleBinds, window, inCurrency, {currency}, QStringLiteral(" GROUP BY m"));
        if (!q)
            return q.error();
        while (q->next()) {
            ForecastMonth &m = months[q->value(0).toString()];
            m.weightedMinor = q->value(1).toLongLong();
            m.openMinor = q->value(2).toLongLong();
            m.wonMinor = q->value(3).toLongLong();
        }
    }
    for (QDate m(first.year(), first.month(), 1); m <= last && r.forecast.size() < 120; m = m.addMonths(1)) {
        ForecastMonth f = months.value(monthOf(m));
        f.month = monthOf(m);
        r.forecast.append(f);
    }
    return r;
}

} // namespace guanxi
