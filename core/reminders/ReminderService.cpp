// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reminders/ReminderService.h"

#include "core/pool/PublicPool.h"
#include "core/quotes/QuoteService.h"
#include "core/storage/Database.h"
#include "core/storage/DbSettings.h"
#include "core/storage/ResultRow.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"
#include "core/tasks/TaskService.h"
#include "core/util/Clock.h"
#include "core/util/LocalDays.h"
#include "core/util/Uuid7.h"
#include "core/workbench/WorkbenchService.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <functional>

namespace guanxi {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr qint64 kMinuteMs = 60LL * 1000;
constexpr int kAll = 1'000'000; // reminders read every line of a panel
constexpr int kMaxDaysAhead = 60;

QString settingsKey(const Session &actor)
{
    return QStringLiteral("reminders.") + actor.userId;
}

QString makeKey(ReminderRule rule, const QString &source, const QString &occurrence = {})
{
    QString key = codeOf(rule) + QLatin1Char(':') + source;
    if (!occurrence.isEmpty())
        key += QLatin1Char(':') + occurrence;
    return key;
}

struct State {
    qint64 snoozedUntil = 0;
    qint64 doneAt = 0;
};

} // namespace

Result<ReminderSettings> ReminderService::settings(const Session &actor)
{
    Result<QString> text = dbsettings::value(m_db, settingsKey(actor));
    if (!text)
        return text.error();
    ReminderSettings s;
    const QJsonObject o = QJsonDocument::fromJson(text->toUtf8()).object();
    const QJsonArray on = o.value(QStringLiteral("enabled")).toArray();
    const QJsonArray ahead = o.value(QStringLiteral("days_ahead")).toArray();
    for (int i = 0; i < kReminderRuleCount; ++i) {
        if (i < on.size())
            s.enabled[static_cast<size_t>(i)] = on[i].toBool(true);
        if (i < ahead.size())
            s.daysAhead[static_cast<size_t>(i)] =
                qBound(0, ahead[i].toInt(s.daysAhead[static_cast<size_t>(i)]), kMaxDaysAhead);
    }
    s.remindAtMinute = qBound(0, o.value(QStringLiteral("remind_at_minute")).toInt(s.remindAtMinute), 24 * 60 - 1);
    return s;
}

Status ReminderService::setSettings(const Session &actor, const ReminderSettings &s)
{
    if (s.remindAtMinute < 0 || s.remindAtMinute >= 24 * 60)
        return Error{ErrorCode::Invalid,
                     tr("The time of day for reminders must lie between 00:00 and 23:59."),
                     {},
                     QStringLiteral("remindAt")};
    QJsonArray on, ahead;
    for (int i = 0; i < kReminderRuleCount; ++i) {
        const int d = s.daysAhead[static_cast<size_t>(i)];
        if (d < 0 || d > kMaxDaysAhead)
            return Error{ErrorCode::Invalid,
                         tr("A reminder can come 0 to %1 days ahead.").arg(kMaxDaysAhead),
                         {},
                         QStringLiteral("daysAhead")};
        on.append(s.enabled[static_cast<size_t>(i)]);
        ahead.append(d);
    }
    const QJsonObject o{{QStringLiteral("enabled"), on},
                        {QStringLiteral("days_ahead"), ahead},
                        {QStringLiteral("remind_at_minute"), s.remindAtMinute}};
    return dbsettings::setValue(m_db, settingsKey(actor),
                                QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

Result<QList<Reminder>> ReminderService::due(const Session &actor, qint64 atMs)
{
    return compute(actor, atMs != 0 ? atMs : m_clock.nowMs(), false);
}

Result<QList<Reminder>> ReminderService::compute(const Session &actor, qint64 at, bool includeSnoozed)
{
    Result<ReminderSettings> settingsRead = settings(actor);
    if (!settingsRead)
        return settingsRead.error();
    const ReminderSettings &s = *settingsRead;
    // The panels' queries, asked as of `at`: a reminder is a panel line whose time has come.
    const FixedClock atClock(at);
    WorkbenchService panels(m_db, atClock);
    const QDate today = localdays::dayOf(at);
    const auto fireAt = [&](ReminderRule rule, const QDate &day) {
        return localdays::at(day.addDays(-s.ahead(rule)), s.remindAtMinute);
    };

    QList<Reminder> out;
    const auto add = [&](ReminderRule rule, const WorkItem &item, const QString &occurrence, qint64 when) {
        if (when > at)
            return;
        Reminder r;
        r.rule = rule;
        r.key = makeKey(rule, item.id, occurrence);
        r.sourceId = item.id;
        r.customerId = item.customerId;
        r.customerName = item.customerName;
        r.title = item.title;
        r.detail = item.detail;
        r.day = item.day;
        r.fireAt = when;
        out.append(r);
    };
    // The rules whose reminder is a panel line on a day.
    struct DayRule {
        ReminderRule rule;
        std::function<Result<WorkList>(QDate until)> lines;
        bool occurrenceInKey; // a line whose day moves is a new reminder
    };
    const DayRule dayRules[] = {
        {ReminderRule::FollowUp, [&](QDate u) { return panels.followUps(actor, kAll, u); }, false},
        {ReminderRule::Commitment, [&](QDate u) { return panels.commitmentsDue(actor, kAll, u); }, false},
        {ReminderRule::Receivable, [&](QDate u) { return panels.receivablesDue(actor, kAll, u); }, false},
        {ReminderRule::OpportunityClosing, [&](QDate u) { return panels.closingThisMonth(actor, kAll, u); }, true},
    };
    for (const DayRule &d : dayRules) {
        if (!s.isOn(d.rule))
            continue;
        Result<WorkList> lines = d.lines(today.addDays(s.ahead(d.rule)));
        if (!lines)
            return lines.error();
        for (const WorkItem &item : lines->items)
            add(d.rule, item, d.occurrenceInKey ? localdays::iso(item.day) : QString(), fireAt(d.rule, item.day));
    }

    // Birthdays and care days: this year's occurrence, from a week back to the days ahead.
    if (s.isOn(ReminderRule::Birthday) || s.isOn(ReminderRule::CareDay)) {
        const int ahead = std::max(s.ahead(ReminderRule::Birthday), s.ahead(ReminderRule::CareDay));
        Result<WorkList> days = panels.careDays(actor, kAll, ahead + 1, kYearlyLookbackDays);
        if (!days)
            return days.error();
        for (const WorkItem &item : days->items) {
            const ReminderRule rule =
                item.kind == WorkItemKind::Birthday ? ReminderRule::Birthday : ReminderRule::CareDay;
            if (s.isOn(rule))
                add(rule, item, localdays::iso(item.day), fireAt(rule, item.day));
        }
    }

    if (s.isOn(ReminderRule::Task)) {
        Result<QList<Task>> tasks = TaskService(m_db, atClock).open(actor, kAll);
        if (!tasks)
            return tasks.error();
        for (const Task &t : *tasks) {
            const WorkItem item = workItemOf(t, today);
            if (t.fields.startsAt != 0)
                add(ReminderRule::Task, item, QString::number(t.fields.startsAt),
                    t.fields.startsAt - t.fields.remindBeforeMin * kMinuteMs);
            else if (item.day.isValid())
                add(ReminderRule::Task, item, t.fields.dueOn, fireAt(ReminderRule::Task, item.day));
        }
    }

    // Price approvals: a request comes to the approvers when it is made; the answer comes back to
    // the salesperson when it is given (its own occurrence, so each answer is a reminder once).
    if (s.isOn(ReminderRule::Approval)) {
        Result<QList<ApprovalQueueEntry>> rounds = QuoteService(m_db, atClock).approvalQueue(actor, kAll);
        if (!rounds)
            return rounds.error();
        const bool approver = QuoteService::mayApprove(actor);
        for (const ApprovalQueueEntry &entry : *rounds) {
            const bool answered = entry.round.decision != ApprovalDecision::Pending;
            if (answered == approver)
                continue; // approvers hear of requests, salespeople of answers
            WorkItem item = WorkbenchService::approvalItem(actor, entry, today);
            item.id = entry.round.id;
            add(ReminderRule::Approval, item, QString::number(item.at), item.at);
        }
    }

    // Customers whose owner has not been in touch for nearly as long as the pool's rules allow.
    if (s.isOn(ReminderRule::PoolReturn)) {
        Result<PoolRules> pool = PublicPool(m_db, atClock).rules();
        if (!pool)
            return pool.error();
        const bool anyRule = pool->daysVip > 0 || pool->daysImportant > 0 || pool->daysNormal > 0;
        const qint64 ahead = (s.ahead(ReminderRule::PoolReturn) + 1) * kDayMs;
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT id, name, touched, tier FROM ("
                                 "  SELECT id, name, tier, max(last_contact_at, created_at) AS touched FROM customers "
                                 "  WHERE owner_id = ? AND deleted_at IS NULL) "
                                 "WHERE touched < CASE tier WHEN 2 THEN ? WHEN 1 THEN ? ELSE ? END ORDER BY touched"));
        q.addBindValue(actor.userId);
        for (int days : {pool->daysVip, pool->daysImportant, pool->daysNormal})
            q.addBindValue(days > 0 ? at + ahead - days * kDayMs : qint64(0));
        if (anyRule && !q.exec())
            return toError(q);
        for (const ResultRow r(q); anyRule && q.next();) {
            const qint64 touched = r.integer("touched"_L1);
            const int days = pool->daysFor(static_cast<Tier>(qBound(0, r.number("tier"_L1), 2)));
            WorkItem item;
            item.id = item.customerId = r.text("id"_L1);
            item.customerName = r.text("name"_L1);
            item.day = localdays::dayOf(touched + days * kDayMs);
            item.title = tr("Returns to the public pool on %1 unless you get in touch").arg(localdays::iso(item.day));
            add(ReminderRule::PoolReturn, item, QString::number(touched), fireAt(ReminderRule::PoolReturn, item.day));
        }
    }

    QHash<QString, State> states;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT reminder_key, coalesce(snoozed_until, 0) AS snoozed_until, coalesce(done_at, 0) AS done_at "
        "FROM reminder_states "
        "WHERE user_id = ? AND deleted_at IS NULL"));
    q.addBindValue(actor.userId);
    if (!q.exec())
        return toError(q);
    for (const ResultRow r(q); q.next();)
        states.insert(r.text("reminder_key"_L1), {r.integer("snoozed_until"_L1), r.integer("done_at"_L1)});
    out.erase(std::remove_if(out.begin(), out.end(),
                             [&](Reminder &r) {
                                 const State st = states.value(r.key);
                                 r.snoozedUntil = st.snoozedUntil;
                                 return st.doneAt != 0 || (!includeSnoozed && st.snoozedUntil > at);
                             }),
              out.end());
    std::sort(out.begin(), out.end(), [](const Reminder &a, const Reminder &b) {
        return a.fireAt != b.fireAt ? a.fireAt < b.fireAt : a.key < b.key;
    });
    return out;
}

Status ReminderService::requireDue(const Session &actor, const QString &key)
{
    Result<QList<Reminder>> now = compute(actor, m_clock.nowMs(), true);
    if (!now)
        return now.error();
    for (const Reminder &r : *now)
        if (r.key == key)
            return {};
    return Error{ErrorCode::NotFound,
                 tr("This reminder is no longer due: it was dealt with, or its customer or record was deleted."),
                 {}};
}

Status ReminderService::writeState(const Session &actor, const QString &key, qint64 snoozedUntil, qint64 doneAt)
{
    const qint64 now = m_clock.nowMs();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO reminder_states (id, user_id, reminder_key, snoozed_until, done_at, created_at, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, reminder_key) DO UPDATE SET "
        "snoozed_until = excluded.snoozed_until, done_at = excluded.done_at, updated_at = excluded.updated_at, "
        "updated_by = excluded.updated_by, row_version = row_version + 1, deleted_at = NULL"));
    q.addBindValue(newUuid7(now));
    q.addBindValue(actor.userId);
    q.addBindValue(key);
    q.addBindValue(snoozedUntil ? QVariant(snoozedUntil) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(doneAt ? QVariant(doneAt) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(actor.userId);
    if (!q.exec())
        return toError(q);
    return {};
}

Status ReminderService::snooze(const Session &actor, const QString &key, qint64 untilMs)
{
    if (untilMs <= m_clock.nowMs())
        return Error{
            ErrorCode::Invalid, tr("A reminder can only be put off until a later time."), {}, QStringLiteral("until")};
    if (untilMs > m_clock.nowMs() + 366 * kDayMs)
        return Error{
            ErrorCode::Invalid, tr("A reminder can be put off by a year at most."), {}, QStringLiteral("until")};
    if (Status s = requireDue(actor, key); !s)
        return s;
    return writeState(actor, key, untilMs, 0);
}

Status ReminderService::done(const Session &actor, const QString &key)
{
    if (Status s = requireDue(actor, key); !s)
        return s;
    return writeState(actor, key, 0, m_clock.nowMs());
}

} // namespace guanxi
