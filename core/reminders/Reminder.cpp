// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reminders/Reminder.h"

#include "core/util/CodeTable.h"

namespace guanxi {

namespace {

constexpr CodeTable<ReminderRule, kReminderRuleCount> kRules{
    {{
        {ReminderRule::FollowUp, "follow_up", QT_TRANSLATE_NOOP("Reminders", "Follow-up due")},
        {ReminderRule::Commitment, "commitment", QT_TRANSLATE_NOOP("Reminders", "Commitment due")},
        {ReminderRule::Receivable, "receivable", QT_TRANSLATE_NOOP("Reminders", "Receivable due")},
        {ReminderRule::Birthday, "birthday", QT_TRANSLATE_NOOP("Reminders", "Birthday")},
        {ReminderRule::CareDay, "care", QT_TRANSLATE_NOOP("Reminders", "Customer care day")},
        {ReminderRule::OpportunityClosing, "opportunity", QT_TRANSLATE_NOOP("Reminders", "Deal closing")},
        {ReminderRule::PoolReturn, "pool", QT_TRANSLATE_NOOP("Reminders", "Customer about to return to the pool")},
        {ReminderRule::Task, "task", QT_TRANSLATE_NOOP("Reminders", "Task")},
        {ReminderRule::Approval, "approval", QT_TRANSLATE_NOOP("Reminders", "Price approval")},
    }},
    "Reminders"};

} // namespace

CodeTableRef<ReminderRule> codesOf(ReminderRule)
{
    return kRules;
}
QList<ReminderRule> reminderRules()
{
    return kRules.values();
}

} // namespace guanxi
