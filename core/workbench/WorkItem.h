// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace guanxi {

// What a line on the workbench is about; it decides what a double click or "done" does.
enum class WorkItemKind {
    FollowUp,
    Dormant,
    AtRisk,
    Receivable,
    Birthday,
    CareDay,
    Commitment,
    Opportunity,
    Task,
    Approval
};

// One line of a workbench panel: something to do or to look at, always with the customer it
// belongs to (when it has one) so the line can open the customer card.
struct WorkItem {
    WorkItemKind kind = WorkItemKind::Task;
    QString id; // the follow-up (interaction), customer, receivable, contact, quote, … it is about
    QString customerId;
    QString leadId; // a follow-up on a lead not converted yet
    QString customerName;
    QString title;          // what: the subject, the commitment, the deal's name
    QString detail;         // more: the contact, the stage, why dormant
    QDate day;              // when it is due or happens
    qint64 at = 0;          // a time of day (UTC ms), for appointments
    qint64 amountMinor = 0; // receivables, deals
    QString currency;
    bool overdue = false;
    int days = 0;          // dormant: days since the last activity; birthdays: days until
    qint64 rowVersion = 0; // of the record, for "done"
};

// A panel's content: the first lines, and how many there are in all.
struct WorkList {
    QList<WorkItem> items;
    int total = 0;
};

struct Task;
// A task as a workbench line, its days counted from `today`.
WorkItem workItemOf(const Task &task, const QDate &today);

} // namespace guanxi
