// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/opportunities/OpportunityRepository.h"
#include "core/opportunities/PipelineStage.h"
#include "core/users/User.h"
#include "core/util/Result.h"

#include <QDate>

namespace guanxi {

class Database;

struct FunnelStageFigures {
    PipelineStage stage;
    int count = 0; // deals in the stage now
    qint64 amountMinor = 0;
    qint64 weightedMinor = 0; // amount × probability, per deal rounded half up
    int reached = 0;          // deals that got at least this far (open stages; won and lost: count)
};

// From one open stage to the next (or, from the last open stage, to won): of the deals that
// reached `from`, how many went on to reach `to`.
struct StageConversion {
    QString fromStageId;
    QString toStageId;
    int reachedFrom = 0;
    int reachedTo = 0;
    // In percent, one decimal; 0 when nothing reached `from`.
    double percent() const { return reachedFrom == 0 ? 0.0 : qRound(1000.0 * reachedTo / reachedFrom) / 10.0; }
};

struct ForecastMonth {
    QString month;            // yyyy-MM
    qint64 weightedMinor = 0; // open deals expected to close in the month, weighted
    qint64 openMinor = 0;     // the same, unweighted
    qint64 wonMinor = 0;      // deals won in the month
};

// The funnel page's figures in one currency: deals per stage, conversion between stages, the
// forecast by month, and the win rate of decided deals.
struct FunnelReport {
    QString currency;
    QList<FunnelStageFigures> stages;
    QList<StageConversion> conversions;
    QList<ForecastMonth> forecast;
    int won = 0;
    int lost = 0;
    int otherCurrencyCount = 0; // deals in the filter but in another currency, not counted above
    qint64 openWeightedMinor = 0;
    qint64 wonMinor = 0;

    double winRatePercent() const { return won + lost == 0 ? 0.0 : qRound(1000.0 * won / (won + lost)) / 10.0; }
};

// Computes the report with a few grouped queries (no deal is loaded one by one), over the deals the
// actor may see. Without a period in the filter the forecast covers the five months before `today`'s
// month to the six after it; with one, the months of the period.
class FunnelQuery {
public:
    explicit FunnelQuery(Database &db)
        : m_db(db)
    {
    }

    Result<FunnelReport> run(const Session &actor, const Pipeline &pipeline, const OpportunityFilter &filter,
                             const QString &currency, const QDate &today);

private:
    Database &m_db;
};

} // namespace guanxi
