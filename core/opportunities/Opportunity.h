// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace guanxi {

// What a salesperson edits of a deal in the making (销售机会). Amounts are integer minor units
// (fen) with an ISO 4217 code.
struct OpportunityDraft {
    QString customerId;
    QString name;
    qint64 amountMinor = 0;
    QString currency = QStringLiteral("CNY");
    QString stageId;         // empty: the first open stage
    int probabilityPct = -1; // -1: the stage's default
    QString expectedCloseOn; // yyyy-MM-dd, or empty
    QString source;
    QString competitors;
    QString nextStep;
    QString outcomeReason; // why it was won or lost
    QString notes;
    QString ownerId;              // empty: whoever creates it
    QStringList decisionMakerIds; // contacts of the customer who decide (决策人)
};

struct Opportunity {
    QString id;
    QString customerId;
    QString customerName;
    QString name;
    qint64 amountMinor = 0;
    QString currency = QStringLiteral("CNY");
    QString stage = QStringLiteral("initial"); // a stage id (PipelineStage)
    int probabilityPct = 10;
    QString expectedCloseOn; // yyyy-MM-dd, or empty
    QString closedOn;        // the day it was won or lost
    QString reachedStage;    // the furthest open stage it ever entered
    QString source;
    QString competitors;
    QString nextStep;
    QString outcomeReason;
    QString notes;
    QString leadId;
    QString ownerId;
    QString ownerName;
    QString ownerDepartmentId;
    QStringList decisionMakerIds;
    qint64 stageEnteredAt = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 rowVersion = 0;

    // The amount times the probability, rounded half up: what the forecast counts.
    qint64 weightedMinor() const { return (amountMinor * probabilityPct + 50) / 100; }
    OpportunityDraft draft() const;
};

// One entry of an opportunity's stage history.
struct StageVisit {
    QString stageId;
    qint64 enteredAt = 0;
    QString enteredBy; // display name
    qint64 amountMinor = 0;
};

} // namespace guanxi
