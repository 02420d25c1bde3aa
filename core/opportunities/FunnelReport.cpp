// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/opportunities/FunnelReport.h"

#include "core/storage/Database.h"
#include "core/storage/ResultRow.h"
#include "core/storage/SqlError.h"
#include "core/users/AccessPolicy.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

using namespace Qt::Literals::StringLiterals;

namespace {

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

    // The months the forecast covers.
    QDate first, last;
    if (filter.hasPeriod()) {
        first = filter.from.isEmpty() ? today : QDate::fromString(filter.from, Qt::ISODate);
        last = filter.to.isEmpty() ? first.addMonths(11) : QDate::fromString(filter.to, Qt::ISODate);
    } else {
        first = QDate(today.year(), today.month(), 1).addMonths(-5);
        last = QDate(today.year(), today.month(), 1).addMonths(7).addDays(-1);
    }
    const QString firstMonth = monthOf(first), lastMonth = monthOf(last);

    // One pass over the deals, grouped by everything the figures need: stage, how far the deal
    // got, currency and month of the close date. The opportunities_funnel index holds every column
    // read, so the table itself is not touched (named: without statistics the planner would take
    // the customer index and read every row from the table, twice as slow).
    QVariantList binds;
    const QString visible = AccessPolicy(actor).visibilityClause(QStringLiteral("o"), &binds);
    const QString where = visible + filter.whereClause(&binds);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT o.stage, o.reached_stage, o.currency = ? AS in_currency, "
                       "       substr(CASE WHEN o.closed_on <> '' THEN o.closed_on ELSE o.expected_close_on END, 1, 7) "
                       "         AS month, "
                       "       count(*) AS deals, sum(o.amount_minor) AS amount_minor, "
                       "       sum((o.amount_minor * o.probability_pct + 50) / 100) AS weighted_minor "
                       "FROM opportunities o INDEXED BY opportunities_funnel "
                       "WHERE o.deleted_at IS NULL AND %1 GROUP BY 1, 2, 3, 4")
            .arg(where));
    q.addBindValue(currency);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return toError(q);

    QHash<QString, FunnelStageFigures> byStage;
    QHash<QString, int> reachedNotWon; // furthest open stage → deals (not won) that got that far
    QHash<QString, ForecastMonth> months;
    const QString wonId = pipeline.wonStageId();
    for (const ResultRow row(q); q.next();) {
        const int count = row.number("deals"_L1);
        if (!row.flag("in_currency"_L1)) {
            r.otherCurrencyCount += count;
            continue;
        }
        const QString stageId = row.text("stage"_L1);
        const qint64 amount = row.integer("amount_minor"_L1);
        const qint64 weighted = row.integer("weighted_minor"_L1);
        FunnelStageFigures &f = byStage[stageId];
        f.count += count;
        f.amountMinor += amount;
        f.weightedMinor += weighted;
        if (stageId != wonId)
            reachedNotWon[row.text("reached_stage"_L1)] += count;
        const QString month = row.text("month"_L1);
        if (month.isEmpty() || month < firstMonth || month > lastMonth)
            continue;
        const PipelineStage *stage = pipeline.find(stageId);
        ForecastMonth &m = months[month];
        if (stage && stage->isOpen()) {
            m.weightedMinor += weighted;
            m.openMinor += amount;
        } else if (stage && stage->outcome == StageOutcome::Won) {
            m.wonMinor += amount;
        }
    }

    // How far deals got: a won deal went through every open stage; any other as far as its
    // furthest open stage.
    const int wonTotal = byStage.value(wonId).count;
    const auto reachedOpen = [&](int position) {
        int n = wonTotal;
        for (auto it = reachedNotWon.cbegin(); it != reachedNotWon.cend(); ++it) {
            const PipelineStage *far = pipeline.find(it.key());
            if (far && far->position >= position)
                n += it.value();
        }
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

    for (QDate m(first.year(), first.month(), 1); m <= last && r.forecast.size() < 120; m = m.addMonths(1)) {
        ForecastMonth f = months.value(monthOf(m));
        f.month = monthOf(m);
        r.forecast.append(f);
    }
    return r;
}

} // namespace guanxi
