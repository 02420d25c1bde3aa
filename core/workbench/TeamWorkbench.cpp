// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workbench/TeamWorkbench.h"

#include "core/i18n/CollationKey.h"
#include "core/opportunities/OpportunityService.h"
#include "core/quotas/QuotaService.h"
#include "core/storage/Database.h"
#include "core/storage/ResultRow.h"
#include "core/storage/SqlError.h"
#include "core/users/AccessPolicy.h"
#include "core/util/Clock.h"
#include "core/util/LocalDays.h"
#include "core/workbench/DormancyQuery.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace guanxi {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kCurrency = QStringLiteral("CNY");

} // namespace

Result<TeamOverview> TeamWorkbench::overview(const Session &actor, const QString &departmentIdIn)
{
    if (!AccessPolicy(actor).leadsTeam())
        return Error{ErrorCode::PermissionDenied, tr("The team's workbench is for managers."), {}};
    const QString departmentId =
        AccessPolicy(actor).reach() == AccessPolicy::Reach::Department ? actor.departmentId : departmentIdIn;
    // The team: every active person of the department (everyone but administrators, for all).
    const QString team = departmentId.isEmpty()
        ? QStringLiteral("(SELECT id FROM users WHERE deleted_at IS NULL AND role <> 'admin')")
        : QStringLiteral("(SELECT id FROM users WHERE deleted_at IS NULL AND department_id = ?)");
    const auto bindTeam = [&](QSqlQuery &q) {
        if (!departmentId.isEmpty())
            q.addBindValue(departmentId);
    };

    TeamOverview out;
    Result<Pipeline> pipeline = OpportunityService(m_db, m_clock).pipeline();
    if (!pipeline)
        return pipeline.error();
    QHash<QString, int> stageColumn;
    for (const PipelineStage &s : pipeline->stages())
        if (s.outcome == StageOutcome::Open) {
            stageColumn.insert(s.id, static_cast<int>(out.stages.size()));
            out.stages.append(s);
        }

    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, display_name FROM users WHERE id IN %1").arg(team));
    bindTeam(q);
    if (!q.exec())
        return toError(q);
    for (const ResultRow r(q); q.next();) {
        TeamMemberFigures m;
        m.userId = r.text("id"_L1);
        m.name = r.text("display_name"_L1);
        m.pipelineByStage = QList<qint64>(out.stages.size(), 0);
        out.members.append(m);
    }
    // In the user's collation (pinyin order for Chinese names), as every list of people.
    std::sort(out.members.begin(), out.members.end(), [](const TeamMemberFigures &a, const TeamMemberFigures &b) {
        return CollationKey::ofPerson(a.name) < CollationKey::ofPerson(b.name);
    });
    QHash<QString, int> row;
    for (qsizetype i = 0; i < out.members.size(); ++i)
        row.insert(out.members[i].userId, static_cast<int>(i));
    const auto member = [&](const QVariant &userId) -> TeamMemberFigures * {
        const int r = row.value(userId.toString(), -1);
        return r < 0 ? nullptr : &out.members[r];
    };

    // Pipeline by person and stage, from the funnel's covering index.
    q.prepare(QStringLiteral("SELECT o.owner_id, o.stage, count(*) AS deals, sum(o.amount_minor) AS amount_minor, "
                             "sum(o.amount_minor * o.probability_pct) AS weighted_pct "
                             "FROM opportunities o INDEXED BY opportunities_funnel "
                             "WHERE o.deleted_at IS NULL AND o.owner_id IN %1 AND o.currency = ? "
                             "GROUP BY o.owner_id, o.stage")
                  .arg(team));
    bindTeam(q);
    q.addBindValue(kCurrency);
    if (!q.exec())
        return toError(q);
    for (const ResultRow r(q); q.next();) {
        TeamMemberFigures *m = member(r.value("owner_id"_L1));
        const int column = stageColumn.value(r.text("stage"_L1), -1);
        if (!m || column < 0)
            continue; // won, lost
        m->openDeals += r.number("deals"_L1);
        m->pipelineMinor += r.integer("amount_minor"_L1);
        m->weightedMinor += (r.integer("weighted_pct"_L1) + 50) / 100;
        m->pipelineByStage[column] += r.integer("amount_minor"_L1);
    }

    const QDate today = localdays::today(m_clock);
    // Overdue follow-ups, from the team's customers into the index of open follow-ups (its
    // conditions repeated so SQLite uses it).
    q.prepare(QStringLiteral("SELECT c.owner_id, count(*) AS overdue FROM customers c CROSS JOIN interactions i "
                             "INDEXED BY interactions_open_follow_ups "
                             "WHERE c.owner_id IN %1 AND c.deleted_at IS NULL AND i.customer_id = c.id "
                             "AND i.deleted_at IS NULL AND i.follow_up_on <> '' AND i.follow_up_done = 0 "
                             "AND i.follow_up_on < ? GROUP BY c.owner_id")
                  .arg(team));
    bindTeam(q);
    q.addBindValue(localdays::iso(today));
    if (!q.exec())
        return toError(q);
    for (const ResultRow r(q); q.next();)
        if (TeamMemberFigures *m = member(r.value("owner_id"_L1)))
            m->overdueFollowUps = r.number("overdue"_L1);

    Result<DormancyRules> rules = WorkbenchRules(m_db).dormancy();
    if (!rules)
        return rules.error();
    q.prepare(QStringLiteral("SELECT owner_id, count(*) AS dormant FROM (%1) GROUP BY owner_id")
                  .arg(dormantCustomersSql(QStringLiteral("c.owner_id IN %1").arg(team))));
    bindTeam(q);
    bindDormancyCutoffs(q, *rules, m_clock.nowMs(), today);
    if (!q.exec())
        return toError(q);
    for (const ResultRow r(q); q.next();)
        if (TeamMemberFigures *m = member(r.value("owner_id"_L1)))
            m->dormantCustomers = r.number("dormant"_L1);

    q.prepare(
        QStringLiteral(
            "SELECT owner_id, sum(open_minor) AS open_minor, "
            "  sum(CASE WHEN due_on < ? THEN open_minor ELSE 0 END) AS overdue_minor FROM ("
            "  SELECT o.owner_id, r.due_on, r.amount_minor - coalesce((SELECT sum(p.amount_minor) FROM payments p "
            "      WHERE p.receivable_id = r.id AND p.deleted_at IS NULL), 0) AS open_minor "
            "  FROM receivables r JOIN orders o ON o.id = r.order_id "
            "  WHERE r.deleted_at IS NULL AND r.currency = ? AND o.deleted_at IS NULL AND o.status <> 'cancelled' "
            "    AND o.owner_id IN %1) "
            "WHERE open_minor > 0 GROUP BY owner_id")
            .arg(team));
    q.addBindValue(localdays::iso(today));
    q.addBindValue(kCurrency);
    bindTeam(q);
    if (!q.exec())
        return toError(q);
    for (const ResultRow r(q); q.next();)
        if (TeamMemberFigures *m = member(r.value("owner_id"_L1))) {
            m->receivableMinor = r.integer("open_minor"_L1);
            m->overdueReceivableMinor = r.integer("overdue_minor"_L1);
        }

    Result<QList<QuotaAttainment>> quotas =
        QuotaService(m_db, m_clock)
            .attainment(actor, today.toString(QStringLiteral("yyyy-MM")), departmentId, kCurrency);
    if (!quotas)
        return quotas.error();
    for (const QuotaAttainment &a : *quotas)
        if (TeamMemberFigures *m = member(a.userId)) {
            m->quotaMinor = a.quotaMinor;
            m->wonMinor = a.wonMinor;
        }
    return out;
}

} // namespace guanxi
