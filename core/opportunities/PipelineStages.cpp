// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/opportunities/PipelineStages.h"

#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"
#include "core/storage/TableDescription.h"
#include "core/storage/VersionedUpdate.h"
#include "core/storage/WriteTransaction.h"
#include "core/users/AccessPolicy.h"
#include "core/util/Clock.h"
#include "core/util/Uuid7.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

namespace {

// The shape every stage set must have; a message naming the first thing wrong, or empty.
QString shapeProblem(const QList<PipelineStage> &stages)
{
    int open = 0, won = 0, lost = 0;
    bool closedSeen = false;
    for (const PipelineStage &s : stages) {
        if (s.displayName().trimmed().isEmpty())
            return PipelineStages::tr("Every stage needs a name.");
        if (s.probabilityPct < 0 || s.probabilityPct > 100)
            return PipelineStages::tr("The probability of \"%1\" must lie between 0 % and 100 %.").arg(s.displayName());
        switch (s.outcome) {
        case StageOutcome::Open:
            if (closedSeen)
                return PipelineStages::tr("Open stages come before the won and lost stages.");
            ++open;
            break;
        case StageOutcome::Won:
            closedSeen = true;
            ++won;
            if (s.probabilityPct != 100)
                return PipelineStages::tr("A won deal has a probability of 100 %.");
            break;
        case StageOutcome::Lost:
            closedSeen = true;
            ++lost;
            if (s.probabilityPct != 0)
                return PipelineStages::tr("A lost deal has a probability of 0 %.");
            break;
        }
    }
    if (open == 0)
        return PipelineStages::tr("The funnel needs at least one open stage.");
    if (won != 1 || lost != 1)
        return PipelineStages::tr("The funnel needs exactly one won stage and one lost stage.");
    QSet<QString> names;
    for (const PipelineStage &s : stages)
        if (!s.id.isEmpty() || !s.name.isEmpty()) {
            const QString n = s.displayName().trimmed();
            if (names.contains(n))
                return PipelineStages::tr("Two stages are called \"%1\".").arg(n);
            names.insert(n);
        }
    return {};
}

// A stage as stored, with its stamps.
struct StageRow {
    PipelineStage stage;
    Stamps stamps;
};

const TableDescription<StageRow> &stageTable()
{
    using namespace columns;
    using R = StageRow;
    using P = PipelineStage;
    static const TableDescription<StageRow> t(
        QStringLiteral("opportunity_stages"),
        {referenceAt<R>(QStringLiteral("id"), memberOf(&R::stage, &P::id), ColumnRole::Key),
         text(QStringLiteral("name"), &R::stage, &P::name), value(QStringLiteral("position"), &R::stage, &P::position),
         value(QStringLiteral("probability_pct"), &R::stage, &P::probabilityPct),
         convertedAt<R>(QStringLiteral("outcome"), memberOf(&R::stage, &P::outcome), &stageOutcomeCode,
                        [](const QVariant &v) { return stageOutcomeFromCode(v.toString()); }),
         readOnly(ColumnRole::Stamp, value(QStringLiteral("row_version"), &R::stage, &P::rowVersion))},
        &R::stamps);
    return t;
}

} // namespace

Result<Pipeline> PipelineStages::load()
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT %1 FROM opportunity_stages WHERE deleted_at IS NULL ORDER BY position, id")
                    .arg(stageTable().selectList())))
        return toError(q);
    QList<PipelineStage> out;
    while (q.next())
        out.append(stageTable().read(q).stage);
    return Pipeline(out);
}

Status PipelineStages::save(const Session &actor, QList<PipelineStage> stages)
{
    if (!AccessPolicy(actor).leadsTeam())
        return Error{
            ErrorCode::PermissionDenied, tr("Only a manager or an administrator may change the sales stages."), {}};
    for (PipelineStage &s : stages) {
        s.name = s.name.trimmed();
        // A default stage whose name is set back to its built-in one keeps following translations.
        if (!s.id.isEmpty() && s.name == PipelineStage::builtInName(s.id))
            s.name.clear();
    }
    if (const QString problem = shapeProblem(stages); !problem.isEmpty())
        return Error{ErrorCode::Invalid, problem, {}};

    return inWriteTransaction(m_db, [&]() -> Status {
        Result<Pipeline> before = load();
        if (!before)
            return before.error();
        const qint64 now = m_clock.nowMs();
        QSet<QString> kept;
        int position = 0;
        for (PipelineStage &s : stages) {
            ++position;
            s.position = position;
            if (s.id.isEmpty()) {
                StageRow row{s, Stamps::at(now)};
                row.stage.id = newUuid7(now);
                if (Status st = stageTable().insert(m_db, row, actor.userId); !st)
                    return st;
                continue;
            }
            const PipelineStage *old = before->find(s.id);
            if (!old)
                return Error{ErrorCode::Conflict,
                             tr("Someone else removed a stage in the meantime. Reload the stages and try again."),
                             {}};
            kept.insert(s.id);
            // Only what changed is written; a stage left as it was keeps its version.
            Result<bool> written =
                stageTable().updateChanged(m_db, s.id, {*old, {}}, {s, {}}, s.rowVersion, now, actor.userId);
            if (!written)
                return written.error();
            if (!*written)
                return Error{ErrorCode::Conflict,
                             tr("Someone else changed the stages in the meantime. Reload them and try again."),
                             {}};
        }
        for (const PipelineStage &old : before->stages()) {
            if (kept.contains(old.id))
                continue;
            QSqlQuery used(m_db.sql());
            used.prepare(QStringLiteral("SELECT count(*) FROM opportunities WHERE stage = ? AND deleted_at IS NULL"));
            used.addBindValue(old.id);
            if (!used.exec() || !used.next())
                return toError(used);
            if (const int n = used.value(0).toInt(); n > 0)
                return Error{ErrorCode::Invalid,
                             tr("\"%1\" still holds %n opportunities; move them to another stage first.", nullptr, n)
                                 .arg(old.displayName()),
                             {}};
            Result<bool> gone = updateVersioned(m_db, stageTable().table(), {QStringLiteral("deleted_at")}, {now},
                                                old.id, old.rowVersion, now, actor.userId);
            if (!gone)
                return gone.error();
            if (!*gone)
                return Error{ErrorCode::Conflict,
                             tr("Someone else changed the stages in the meantime. Reload them and try again."),
                             {}};
        }
        return Status{};
    });
}

} // namespace guanxi
