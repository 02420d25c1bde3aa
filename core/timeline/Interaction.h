// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/CodeTable.h"

#include <QList>
#include <QString>

namespace guanxi {

// A touch point with a customer, a contact or a lead. System entries are written by the program
// (a lead converted, customers merged), never typed by a user.
enum class InteractionKind {
    Call,
    Visit,
    Meeting,
    Email,
    WeChat,
    QQ,
    Complaint,
    Note,
    System
};

// Stored codes and translated names: codeOf, displayName, fromCode, allValuesOf.
CodeTableRef<InteractionKind> codesOf(InteractionKind);
QList<InteractionKind> userInteractionKinds(); // every kind but System

struct InteractionDraft {
    QString customerId; // the customer, or empty for a lead not converted yet
    QString contactId;  // optional: whom we spoke to
    QString leadId;     // set when logged on a lead
    InteractionKind kind = InteractionKind::Call;
    qint64 occurredAt = 0; // UTC ms; 0: now
    QString subject;
    QString outcome;
    QString followUpOn; // yyyy-MM-dd of the next follow-up; empty when none is planned
};

struct Interaction {
    QString id;
    InteractionDraft fields;
    bool followUpDone = false;
    QString authorId;
    QString authorName;
    QString contactName;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 rowVersion = 0;
};

// A promise made to a customer (承诺): a price held, a visit, a sample sent.
enum class CommitmentState {
    Open,
    Kept,
    Cancelled
};
// Stored codes and translated names: codeOf, displayName, fromCode, allValuesOf.
CodeTableRef<CommitmentState> codesOf(CommitmentState);

struct CommitmentDraft {
    QString customerId;
    QString contactId;
    QString description;
    QString dueOn; // yyyy-MM-dd
};

struct Commitment {
    QString id;
    CommitmentDraft fields;
    CommitmentState state = CommitmentState::Open;
    qint64 closedAt = 0;
    QString authorId;
    QString authorName;
    QString contactName;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 rowVersion = 0;
};

// One line of a customer's timeline: an interaction, or an order or other document that was made
// with the customer; newest first.
struct TimelineEntry {
    QString kind; // an InteractionKind code, or "order"
    QString id;
    qint64 occurredAt = 0;
    QString title;   // subject, or the order number
    QString outcome; // what came of it, or the order's amount and state
    QString contactName;
    QString authorName;
    QString followUpOn;
    bool followUpDone = false;
    qint64 amountMinor = 0; // orders
    QString currency;
};

} // namespace guanxi
