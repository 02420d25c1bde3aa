// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/CodeTable.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>

namespace guanxi {

// What a reminder is about; each rule can be switched off and most fire some days ahead.
enum class ReminderRule {
    FollowUp,
    Commitment,
    Receivable,
    Birthday,
    CareDay,
    OpportunityClosing,
    PoolReturn,
    Task,
    Approval
};
constexpr int kReminderRuleCount = 9;

// Stored codes and translated names: codeOf, displayName, fromCode, allValuesOf.
CodeTableRef<ReminderRule> codesOf(ReminderRule);
QList<ReminderRule> reminderRules();

// One user's reminder settings. A day-based reminder fires at `remindAtMinute` (after local
// midnight) `daysAhead` days before its day; a task's appointment fires its own minutes before.
struct ReminderSettings {
    std::array<bool, kReminderRuleCount> enabled{true, true, true, true, true, true, true, true, true};
    std::array<int, kReminderRuleCount> daysAhead{0, 1, 3, 1, 1, 3, 3, 0, 0};
    int remindAtMinute = 9 * 60;

    bool isOn(ReminderRule r) const { return enabled[static_cast<size_t>(r)]; }
    int ahead(ReminderRule r) const { return daysAhead[static_cast<size_t>(r)]; }
};

// A reminder due now. The key names the rule, the record and the occurrence, so the same reminder
// is the same key however often it is computed, and a changed date is a new reminder.
struct Reminder {
    QString key;
    ReminderRule rule = ReminderRule::FollowUp;
    QString sourceId;
    QString customerId;
    QString customerName;
    QString title;
    QString detail;
    QDate day;         // the day it is about (due, birthday, close date, falls back to the pool)
    qint64 fireAt = 0; // UTC ms when it became due
    qint64 snoozedUntil = 0;
};

} // namespace guanxi
