// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/opportunities/PipelineStage.h"
#include "core/users/User.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace guanxi {

class Clock;
class Database;

// The funnel's stages as the database keeps them, and the rules for changing them: managers and
// administrators may rename stages, set their default probabilities, add, reorder and remove open
// stages; there is always at least one open stage, one won stage (100 %) and one lost stage (0 %),
// the two closed ones last; a stage that still holds opportunities cannot be removed.
class PipelineStages {
    Q_DECLARE_TR_FUNCTIONS(PipelineStages)
public:
    PipelineStages(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    Result<Pipeline> load();
    // Replaces the set with `stages` in the given order; stages without an id are new.
    Status save(const Session &actor, QList<PipelineStage> stages);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace guanxi
