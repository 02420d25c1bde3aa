// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workbench/WorkbenchService.h"

#include "core/analytics/ChurnRisk.h"
#include "core/opportunities/OpportunityService.h"
#include "core/quotas/QuotaService.h"
#include "core/quotes/QuoteService.h"
#include "core/storage/Database.h"
#include "core/storage/ResultRow.h"
#include "core/storage/SqlError.h"
#include "core/tasks/TaskService.h"
#include "core/util/Clock.h"
#include "core/util/LocalDays.h"
#include "core/workbench/DormancyQuery.h"

#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace guanxi {

using namespace Qt::Literals::StringLiterals;

namespace {

// What every dated panel's query selects: the item, its customer, its version and the day it is
// due (in `dayColumn`), read with how far that day is from today.
void readDueItem(const ResultRow &r, WorkItemKind kind, QLatin1StringView dayColumn, const QDate &today, WorkItem *it)
{
    it->kind = kind;
    it->id = r.text("id"_L1);
    it->customerId = r.text("customer_id"_L1);
    it->customerName = r.text("customer_name"_L1);
    it->rowVersion = r.integer("row_version"_L1);
    it->day = r.day(dayColumn);
    it->overdue = it->day < today;
    it->days = static_cast<int>(today.daysTo(it->day));
}

// Runs `q` and keeps the first `limit` lines, each made by `make`; the rest are only counted (a
// panel shows six lines and how many there are in all).
Result<WorkList> collect(QSqlQuery &q, int limit, const std::function<void(const ResultRow &, WorkItem *)> &make)
{
    if (!q.exec())
        return toError(q);
    const ResultRow row(q);
    WorkList out;
    while (q.next()) {
        ++out.total;
        if (out.items.size() >= limit)
            continue;
        WorkItem item;
        make(row, &item);
        out.items.append(std::move(item));
    }
    return out;
}

// The month-day keys ("MM-dd") of the days from `first` on, for a yearly date's index lookup; in a
// year without 29 February, a 29 February birthday is kept on the 28th.
QStringList monthDays(const QDate &first, int days)
{
    QStringList keys;
    for (int i = 0; i < days; ++i) {
        const QDate d = first.addDays(i);
        keys.append(d.toString(QStringLiteral("MM-dd")));
        if (d.month() == 2 && d.day() == 28 && !QDate::isLeapYear(d.year()))
            keys.append(QStringLiteral("02-29"));
    }
    return keys;
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), n);
    return marks.join(QLatin1Char(','));
}

} // namespace

Result<WorkList> WorkbenchService::followUps(const Session &actor, int limit, QDate until)
{
    const QDate today = localdays::today(m_clock);
    if (!until.isValid())
        until = today.addDays(1);
    QSqlQuery q(m_db.sql());
    // Found from the actor's customers (and leads), each probed in the small index of open
    // follow-ups (its conditions repeated so SQLite uses it); CROSS JOIN keeps that order.
    q.prepare(QStringLiteral(
        "SELECT * FROM ("
        "  SELECT i.id, i.customer_id, '' AS lead_id, c.name AS customer_name, i.subject, i.follow_up_on, "
        "    i.row_version, coalesce(p.name, '') AS contact_name, i.occurred_at "
        "  FROM customers c CROSS JOIN interactions i INDEXED BY interactions_open_follow_ups "
        "  LEFT JOIN contacts p ON p.id = i.contact_id "
        "  WHERE c.owner_id = ? AND c.deleted_at IS NULL AND i.customer_id = c.id AND i.deleted_at IS NULL "
        "    AND i.follow_up_on <> '' AND i.follow_up_done = 0 AND i.follow_up_on <= ? "
        "  UNION ALL "
        "  SELECT i.id, '', i.lead_id, CASE WHEN l.company <> '' THEN l.company ELSE l.person_name END, i.subject, "
        "    i.follow_up_on, i.row_version, '', i.occurred_at "
        "  FROM leads l CROSS JOIN interactions i "
        "  WHERE l.owner_id = ? AND l.deleted_at IS NULL AND l.status <> 'converted' AND i.lead_id = l.id "
        "    AND i.customer_id IS NULL AND i.deleted_at IS NULL AND i.follow_up_on <> '' AND i.follow_up_done = 0 "
        "    AND i.follow_up_on <= ?) "
        "ORDER BY follow_up_on, occurred_at, id"));
    q.addBindValue(actor.userId);
    q.addBindValue(localdays::iso(until));
    q.addBindValue(actor.userId);
    q.addBindValue(localdays::iso(until));
    return collect(q, limit, [&](const ResultRow &r, WorkItem *it) {
        readDueItem(r, WorkItemKind::FollowUp, "follow_up_on"_L1, today, it);
        it->leadId = r.text("lead_id"_L1);
        it->title = r.text("subject"_L1);
        it->detail = r.text("contact_name"_L1);
    });
}

Result<WorkList> WorkbenchService::dormantCustomers(const Session &actor, int limit)
{
    Result<DormancyRules> rules = WorkbenchRules(m_db).dormancy();
    if (!rules)
        return rules.error();
    const qint64 now = m_clock.nowMs();
    const QDate today = localdays::today(m_clock);
    QSqlQuery q(m_db.sql());
    q.prepare(dormantCustomersSql(QStringLiteral("c.owner_id = ?")) + QStringLiteral("ORDER BY touched, id"));
    q.addBindValue(actor.userId);
    bindDormancyCutoffs(q, *rules, now, today);
    return collect(q, limit, [&](const ResultRow &r, WorkItem *it) {
        it->kind = WorkItemKind::Dormant;
        it->id = it->customerId = r.text("id"_L1);
        it->customerName = r.text("name"_L1);
        const QDate touched = localdays::dayOf(r.integer("touched"_L1));
        const QString lastOrder = r.text("last_order"_L1);
        const auto tier = static_cast<size_t>(qBound(0, r.number("tier"_L1), 2));
        const int sinceContact = static_cast<int>(touched.daysTo(today));
        it->day = touched;
        it->days = sinceContact;
        if (sinceContact > rules->contactDays[tier]) {
            it->title = tr("No contact for %n day(s)", "", sinceContact);
        } else {
            const int sinceOrder = static_cast<int>(QDate::fromString(lastOrder, Qt::ISODate).daysTo(today));
            it->title = tr("No order for %n day(s)", "", sinceOrder);
            it->days = sinceOrder;
        }
        it->detail = lastOrder.isEmpty() ? tr("never ordered") : tr("last order %1").arg(lastOrder);
        it->overdue = true;
    });
}

Result<WorkList> WorkbenchService::atRisk(const Session &actor, int limit)
{
    Result<std::vector<ChurnCandidate>> list = ChurnRisk::list(m_db, m_clock, actor, true);
    if (!list)
        return list.error();
    WorkList out;
    out.total = int(list->size());
    for (const ChurnCandidate &c : *list) {
        if (out.items.size() >= limit)
            break;
        WorkItem it;
        it.kind = WorkItemKind::AtRisk;
        it.id = it.customerId = c.customerId;
        it.customerName = c.name;
        it.title = c.reason;
        it.detail = tr("last order %1").arg(localdays::iso(c.lastOrder));
        it.day = c.lastOrder;
        it.days = c.silentDays;
        it.overdue = true;
        out.items.append(it);
    }
    return out;
}

Result<WorkList> WorkbenchService::receivablesDue(const Session &actor, int limit, QDate until)
{
    const QDate today = localdays::today(m_clock);
    if (!until.isValid())
        until = today.addDays(7 - today.dayOfWeek()); // Sunday
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT * FROM ("
        "  SELECT r.id, r.customer_id, c.name AS customer_name, o.order_no, r.description, r.due_on, r.currency, "
        "    r.row_version, "
        "    r.amount_minor - coalesce((SELECT sum(p.amount_minor) FROM payments p "
        "                                WHERE p.receivable_id = r.id AND p.deleted_at IS NULL), 0) AS open_minor "
        "  FROM receivables r JOIN orders o ON o.id = r.order_id JOIN customers c ON c.id = r.customer_id "
        "  WHERE r.deleted_at IS NULL AND r.due_on <= ? AND o.owner_id = ? AND o.deleted_at IS NULL "
        "    AND o.status <> 'cancelled' AND c.deleted_at IS NULL) "
        "WHERE open_minor > 0 ORDER BY due_on, id"));
    q.addBindValue(localdays::iso(until));
    q.addBindValue(actor.userId);
    return collect(q, limit, [&](const ResultRow &r, WorkItem *it) {
        readDueItem(r, WorkItemKind::Receivable, "due_on"_L1, today, it);
        it->title = r.text("order_no"_L1);
        it->detail = r.text("description"_L1);
        it->currency = r.text("currency"_L1);
        it->amountMinor = r.integer("open_minor"_L1);
    });
}

Result<WorkList> WorkbenchService::careDays(const Session &actor, int limit, int daysAhead, int daysBack)
{
    const QDate today = localdays::today(m_clock);
    const QDate from = today.addDays(-daysBack);
    const int window = daysBack + daysAhead;
    const QStringList keys = monthDays(from, window);
    // Birthdays and care days through the month-day indexes.
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT 'birthday' AS kind, p.id, p.customer_id, c.name AS customer_name, p.name AS title, "
                       "  p.birthday AS day, 1 AS yearly, p.row_version "
                       "FROM contacts p CROSS JOIN customers c "
                       "WHERE p.deleted_at IS NULL AND p.birthday <> '' AND substr(p.birthday, -5) IN (%1) "
                       "  AND c.id = p.customer_id AND c.owner_id = ? AND c.deleted_at IS NULL "
                       "UNION ALL "
                       // A one-off day inside the window has its month and day among the keys too; which
                       // ones really fall inside is checked below. CROSS JOIN: from the day index, not
                       // from every customer of the owner.
                       "SELECT 'care', e.id, e.customer_id, c.name, e.title || CASE WHEN p.name IS NULL THEN '' "
                       "    ELSE ' · ' || p.name END, e.on_day, e.yearly, e.row_version "
                       "FROM care_events e CROSS JOIN customers c LEFT JOIN contacts p ON p.id = e.contact_id "
                       "WHERE e.deleted_at IS NULL AND substr(e.on_day, -5) IN (%1) AND c.id = e.customer_id "
                       "  AND c.owner_id = ? AND c.deleted_at IS NULL")
            .arg(placeholders(keys.size())));
    for (int part = 0; part < 2; ++part) {
        for (const QString &k : keys)
            q.addBindValue(k);
        q.addBindValue(actor.userId);
    }
    if (!q.exec())
        return toError(q);
    const ResultRow r(q);
    QList<WorkItem> all;
    while (q.next()) {
        WorkItem it;
        const bool birthday = r.text("kind"_L1) == QLatin1String("birthday");
        const QString day = r.text("day"_L1);
        const bool yearly = r.flag("yearly"_L1);
        it.day = yearly ? localdays::nextYearly(day, from) : QDate::fromString(day, Qt::ISODate);
        const QDate first = QDate::fromString(day, Qt::ISODate);
        // A yearly day counts from its first occurrence on; a one-off day only inside the window.
        if (!it.day.isValid() || it.day < from || today.daysTo(it.day) >= daysAhead
            || (first.isValid() && it.day < first))
            continue;
        it.kind = birthday ? WorkItemKind::Birthday : WorkItemKind::CareDay;
        it.id = r.text("id"_L1);
        it.customerId = r.text("customer_id"_L1);
        it.customerName = r.text("customer_name"_L1);
        it.rowVersion = r.integer("row_version"_L1);
        it.days = static_cast<int>(today.daysTo(it.day));
        if (birthday) {
            it.title = tr("Birthday: %1").arg(r.text("title"_L1));
            if (first.isValid())
                it.detail = tr("turns %1").arg(it.day.year() - first.year());
        } else {
            it.title = r.text("title"_L1);
            if (yearly && first.isValid() && it.day.year() > first.year())
                it.detail = tr("%n year(s)", "", it.day.year() - first.year());
        }
        all.append(it);
    }
    std::stable_sort(all.begin(), all.end(), [](const WorkItem &a, const WorkItem &b) {
        return a.day != b.day ? a.day < b.day : a.customerName < b.customerName;
    });
    WorkList out;
    out.total = static_cast<int>(all.size());
    out.items = all.mid(0, limit);
    return out;
}

Result<WorkList> WorkbenchService::commitmentsDue(const Session &actor, int limit, QDate until)
{
    const QDate today = localdays::today(m_clock);
    if (!until.isValid())
        until = today.addDays(kCommitmentDaysAhead);
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT m.id, m.customer_id, c.name AS customer_name, m.description, m.due_on, m.row_version, "
        "  coalesce(p.name, '') AS contact_name "
        "FROM commitments m JOIN customers c ON c.id = m.customer_id LEFT JOIN contacts p ON p.id = m.contact_id "
        "WHERE m.deleted_at IS NULL AND m.state = 'open' AND m.due_on <= ? AND c.owner_id = ? AND c.deleted_at IS NULL "
        "ORDER BY m.due_on, m.id"));
    q.addBindValue(localdays::iso(until));
    q.addBindValue(actor.userId);
    return collect(q, limit, [&](const ResultRow &r, WorkItem *it) {
        readDueItem(r, WorkItemKind::Commitment, "due_on"_L1, today, it);
        it->title = r.text("description"_L1);
        it->detail = r.text("contact_name"_L1);
    });
}

Result<WorkList> WorkbenchService::closingThisMonth(const Session &actor, int limit, QDate until)
{
    Result<Pipeline> pipeline = OpportunityService(m_db, m_clock).pipeline();
    if (!pipeline)
        return pipeline.error();
    const QDate today = localdays::today(m_clock);
    if (!until.isValid())
        until = QDate(today.year(), today.month(), 1).addMonths(1).addDays(-1); // the month's last day
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT o.id, o.customer_id, c.name AS customer_name, o.name, o.expected_close_on, o.amount_minor, o.currency, "
        "  o.stage, "
        "  o.probability_pct, o.row_version "
        "FROM opportunities o JOIN opportunity_stages s ON s.id = o.stage JOIN customers c ON c.id = o.customer_id "
        "WHERE o.deleted_at IS NULL AND o.owner_id = ? AND s.outcome = 'open' AND o.expected_close_on <> '' "
        "  AND o.expected_close_on <= ? AND c.deleted_at IS NULL "
        "ORDER BY o.expected_close_on, o.id"));
    q.addBindValue(actor.userId);
    q.addBindValue(localdays::iso(until));
    return collect(q, limit, [&](const ResultRow &r, WorkItem *it) {
        readDueItem(r, WorkItemKind::Opportunity, "expected_close_on"_L1, today, it);
        it->title = r.text("name"_L1);
        it->amountMinor = r.integer("amount_minor"_L1);
        it->currency = r.text("currency"_L1);
        const PipelineStage *stage = pipeline->find(r.text("stage"_L1));
        it->detail = QStringLiteral("%1 · %2 %")
                         .arg(stage ? stage->displayName() : r.text("stage"_L1))
                         .arg(r.number("probability_pct"_L1));
    });
}

WorkItem WorkbenchService::approvalItem(const Session &actor, const ApprovalQueueEntry &e, const QDate &today)
{
    const QuoteApprovalRound &r = e.round;
    WorkItem it;
    it.kind = WorkItemKind::Approval;
    it.id = r.quoteId;
    it.customerId = e.customerId;
    it.customerName = e.customerName;
    it.amountMinor = e.totalMinor;
    it.currency = e.currency;
    it.rowVersion = r.rowVersion;
    it.at = r.decision != ApprovalDecision::Pending ? r.decidedAt : r.requestedAt;
    it.day = localdays::dayOf(it.at);
    it.days = static_cast<int>(today.daysTo(it.day));
    switch (r.decision) {
    case ApprovalDecision::Approved:
        it.title = tr("%1 approved").arg(e.quoteNumber);
        it.detail =
            r.reason.isEmpty() ? tr("by %1").arg(r.decidedByName) : tr("by %1: %2").arg(r.decidedByName, r.reason);
        break;
    case ApprovalDecision::Refused:
        it.title = tr("%1 refused").arg(e.quoteNumber);
        it.detail = tr("by %1: %2").arg(r.decidedByName, r.reason);
        it.overdue = true; // shown in red: something to change
        break;
    default:
        // The panel says what it is about; the approver's line is the quote.
        it.title = QuoteService::mayApprove(actor) ? e.quoteNumber : tr("%1 waits for a manager").arg(e.quoteNumber);
        it.detail = r.message.isEmpty() ? tr("asked by %1").arg(r.requestedByName)
                                        : tr("asked by %1: %2").arg(r.requestedByName, r.message);
        break;
    }
    return it;
}

Result<WorkList> WorkbenchService::approvals(const Session &actor, int limit)
{
    int total = 0;
    Result<QList<ApprovalQueueEntry>> entries = QuoteService(m_db, m_clock).approvalQueue(actor, limit, &total);
    if (!entries)
        return entries.error();
    const QDate today = localdays::today(m_clock);
    WorkList out;
    out.total = total;
    for (const ApprovalQueueEntry &e : *entries)
        out.items.append(approvalItem(actor, e, today));
    return out;
}

Result<WorkList> WorkbenchService::openTasks(const Session &actor, int limit)
{
    Result<QList<Task>> tasks = TaskService(m_db, m_clock).open(actor, 5000);
    if (!tasks)
        return tasks.error();
    const QDate today = localdays::today(m_clock);
    WorkList out;
    out.total = static_cast<int>(tasks->size());
    for (const Task &t : *tasks) {
        if (out.items.size() >= limit)
            break;
        out.items.append(workItemOf(t, today));
    }
    return out;
}

Result<QuotaAttainment> WorkbenchService::quotaThisMonth(const Session &actor)
{
    const QString month = localdays::today(m_clock).toString(QStringLiteral("yyyy-MM"));
    Session self = actor;
    self.role = Role::Salesperson; // only the actor's own line, whatever their role
    Result<QList<QuotaAttainment>> all = QuotaService(m_db, m_clock).attainment(self, month);
    if (!all)
        return all.error();
    for (const QuotaAttainment &a : *all)
        if (a.userId == actor.userId)
            return a;
    return QuotaAttainment{actor.userId, actor.displayName, 0, 0};
}

} // namespace guanxi
