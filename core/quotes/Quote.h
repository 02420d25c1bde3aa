// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/PricedLine.h"
#include "core/money/LineAmounts.h"

#include <QList>
#include <QString>

#include <optional>

namespace guanxi {

enum class QuoteStatus {
    Draft,
    Sent,
    Accepted,
    Rejected,
    Superseded
};
// Whether a manager must approve the prices: a line below its product's floor (底线) needs it.
enum class QuoteApproval {
    None,
    Needed,
    Approved
};

QString quoteStatusCode(QuoteStatus s); // as stored: "draft", "sent", …
QuoteStatus quoteStatusFromCode(const QString &code);
QString quoteStatusDisplayName(QuoteStatus s); // translated
QString quoteApprovalCode(QuoteApproval a);
QuoteApproval quoteApprovalFromCode(const QString &code);

// One round of asking for a price approval: who asked (none when a manager decided unasked), with
// what message, and the answer. "Withdrawn": the prices changed so that no approval was needed any
// more before anyone answered.
enum class ApprovalDecision {
    Pending,
    Approved,
    Refused,
    Withdrawn
};
QString approvalDecisionCode(ApprovalDecision d);
ApprovalDecision approvalDecisionFromCode(const QString &code);

struct QuoteApprovalRound {
    QString id;
    QString quoteId;
    QString requestedById;
    QString requestedByName;
    qint64 requestedAt = 0;
    QString message;
    ApprovalDecision decision = ApprovalDecision::Pending;
    QString decidedById;
    QString decidedByName;
    qint64 decidedAt = 0;
    QString reason;
    qint64 rowVersion = 0;
};

// A line of an approver's queue, or of a salesperson's own requests: the round and its quote.
struct ApprovalQueueEntry {
    QuoteApprovalRound round;
    QString quoteNumber; // as shown: "QT20261123-001 v2"
    QString customerId;
    QString customerName;
    QString ownerName;
    qint64 totalMinor = 0;
    QString currency;
};

// What a salesperson enters for one line: a product, how many, and optionally a price, discount,
// tax rate or wording of their own.
struct QuoteLineDraft {
    QString productId;
    qint64 quantityMilli = 1000; // thousandths: 1.5 kg is 1500
    qint64 unitPriceMinor = -1;  // -1: the starting price (price list, else list price)
    int discountBasisPoints = 0; // 1250 is 12.5 %
    int taxRateBasisPoints = -1; // -1: the product's
    QString description;         // empty: the product's name
};

struct QuoteDraft {
    QString customerId;
    QString contactId;
    QString opportunityId;
    QString priceListId; // empty: the customer's tier list, if there is one
    QString currency = QStringLiteral("CNY");
    bool pricesIncludeTax = true; // 含税价, as the showroom's prices are
    QString validUntil;           // yyyy-MM-dd; empty: 30 days from today
    QString terms;
    QString notes;
    QList<QuoteLineDraft> lines;
};

struct QuoteLine : PricedLine {
    qint64 floorPriceMinor = 0; // the product's floor when the line was priced, in the quote's terms

    // The unit price after discount is under the floor (compared exactly, before rounding).
    bool belowFloor() const
    {
        return floorPriceMinor > 0 && unitPriceMinor * (10000 - discountBasisPoints) < floorPriceMinor * 10000;
    }
};

struct Quote {
    QString id;
    QString number;
    int version = 1;
    QString customerId;
    QString customerName;
    QString contactId;
    QString contactName;
    QString opportunityId;
    QString ownerId;
    QString ownerName;
    QString ownerDepartmentId;
    QString priceListId;
    QString issuedOn;
    QString validUntil;
    QString currency = QStringLiteral("CNY");
    bool pricesIncludeTax = true;
    QString terms;
    QString notes;
    QuoteStatus status = QuoteStatus::Draft;
    QuoteApproval approval = QuoteApproval::None;
    QString approvedById;
    QString approvedByName;
    qint64 approvedAt = 0;
    LineAmounts totals; // gross and discount unused; net, tax, total stored
    QString orderId;
    QList<QuoteLine> lines;
    QList<QuoteApprovalRound> approvalRounds;     // oldest first; read with the quote, not in lists
    std::optional<ApprovalDecision> lastDecision; // of the latest round, if any; lists too
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 rowVersion = 0;

    // "QT20261123-001", or "QT20261123-001 v2" for a revision.
    QString displayNumber() const;
    QuoteDraft draft() const;
    // The round waiting for an answer, if one is.
    const QuoteApprovalRound *openRound() const;
    // Whether a manager has been asked and not answered yet (lists know it too).
    bool waitsForApprover() const { return lastDecision == ApprovalDecision::Pending; }
};

} // namespace guanxi
