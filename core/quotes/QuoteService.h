// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/quotes/Quote.h"
#include "core/quotes/QuoteRepository.h"
#include "core/storage/KeysetList.h"
#include "core/users/AccessPolicy.h"
#include "core/users/User.h"
#include "core/util/Result.h"
#include "core/util/StateTransitions.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>
#include <memory>

namespace guanxi {

class Clock;
class Database;

// The rules of quotes (报价):
//  - lines come from the showroom, priced from the quote's price list, else the customer's tier
//    list, else the list price; every line and the totals follow core/money/LineAmounts.h;
//  - one currency per quote: a product in another currency is refused;
//  - a line below its product's floor (底线) makes the quote need a manager's approval, recorded
//    with who and when; any change to the lines afterwards asks for it again; until approved the
//    quote can be neither sent nor turned into an order;
//  - only a draft is edited; a revision is a new version under the same number, the earlier one
//    kept as it was ("superseded");
//  - who sees and edits which quote follows its owner, as for customers.
// What one person may do with one quote now, by its state and their rights: the quote dialog
// enables exactly these, and the calls refuse anything else. Prices below the floor do not take an
// action away: sending or ordering such a quote is answered with why it must be approved first.
struct QuoteActions {
    bool edit = false;             // its lines, terms and dates (a draft, or a quote not saved yet)
    bool send = false;             // mark it sent to the customer
    bool order = false;            // make it an order
    bool revise = false;           // a new version under the same number
    bool approve = false;          // approve or refuse its prices below the floor
    bool requestApproval = false;  // ask a manager to (prices below the floor, not asked yet)
    bool awaitingApproval = false; // asked, no answer yet
};

class QuoteService {
    Q_DECLARE_TR_FUNCTIONS(QuoteService)
public:
    // How long a quote holds when no date is given: this many days from the day it is issued.
    static constexpr int kValidDays = 30;
    static QDate defaultValidUntil(const QDate &issuedOn) { return issuedOn.addDays(kValidDays); }

    QuoteService(Database &db, const Clock &clock);

    Result<Quote> get(const Session &actor, const QString &id);
    Result<QList<Quote>> list(const Session &actor, const QuoteFilter &filter = {}, int limit = 1000);
    // Every quote the actor may see (as `filter` narrows it), newest first, for a windowed list
    // (models/sales/QuoteListModel).
    std::unique_ptr<PagedQuery<Quote>> pagedList(const Session &actor, const QuoteFilter &filter = {});

    Result<Quote> create(const Session &actor, QuoteDraft draft);
    // The draft priced by the same rules as a save (starting prices, price lists, amounts, totals,
    // whether approval is needed), without saving anything: the dialog shows it while typing.
    Result<Quote> preview(const Session &actor, QuoteDraft draft);
    Result<Quote> update(const Session &actor, const QString &id, QuoteDraft draft, qint64 expectedVersion);
    // Price approvals (a quote below the floor): the salesperson asks, with a message if they want;
    // a manager of the quote's department (or an administrator) approves, or refuses with a reason.
    // Asked or not, a manager may answer; every round is kept with who and when.
    Result<Quote> requestApproval(const Session &actor, const QString &id, qint64 expectedVersion,
                                  const QString &message = {});
    Result<Quote> approve(const Session &actor, const QString &id, qint64 expectedVersion, const QString &note = {});
    Result<Quote> refuse(const Session &actor, const QString &id, qint64 expectedVersion, const QString &reason);
    // For an approver, the requests waiting for them (oldest first); for a salesperson, their own
    // requests still open and those answered in the last `answeredDays` days (newest first).
    static constexpr int kAnsweredDays = 7;
    Result<QList<ApprovalQueueEntry>> approvalQueue(const Session &actor, int limit, int *total = nullptr);
    Result<Quote> markSent(const Session &actor, const QString &id, qint64 expectedVersion);
    Result<Quote> markRejected(const Session &actor, const QString &id, qint64 expectedVersion);
    // A new draft version with the same lines; the quote it revises is superseded.
    Result<Quote> revise(const Session &actor, const QString &id, qint64 expectedVersion);

    // Whether the quote may go to the customer or become an order: not while approval is needed.
    static bool mayLeaveTheHouse(const Quote &q) { return q.approval != QuoteApproval::Needed; }
    static bool mayApprove(const Session &actor) { return AccessPolicy(actor).leadsTeam(); }
    static QuoteActions allowedActions(const Session &actor, const Quote &q);
    // Draft → sent → accepted (made an order) or rejected; any but an accepted or superseded
    // quote may be revised, which supersedes it.
    static const StateTransitions<QuoteStatus> &transitions();
    // Why the quote cannot become an order, if it cannot (asked before the payment terms are).
    static Status mayBecomeOrder(const Quote &q);

    // For OrderService: the quote, editable by the actor, at `expectedVersion`; and marking it
    // accepted as the order `orderId` (joining the order's transaction).
    Result<Quote> editable(const Session &actor, const QString &id, qint64 expectedVersion);
    Status markAccepted(const Session &actor, const Quote &q, const QString &orderId);

private:
    Result<QList<QuoteLine>> priceLines(const Quote &header, int customerTier, const QList<QuoteLineDraft> &drafts);
    Status applyDraft(const Session &actor, Quote *q, QuoteDraft draft, bool linesMayKeepApproval);
    Result<Quote> answerApproval(const Session &actor, const QString &id, qint64 expectedVersion,
                                 ApprovalDecision decision, const QString &reason);
    Result<Quote> writeHeader(const Session &actor, const Quote &q, qint64 expectedVersion, bool linesChanged);
    // One change of state, in one transaction: the quote editable at the version read, `check`
    // (if any) satisfied, the move allowed by transitions(), the header written.
    Result<Quote> moveTo(const Session &actor, const QString &id, qint64 expectedVersion, QuoteStatus to,
                         const std::function<Status(const Quote &)> &check = {});
    QString today() const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace guanxi
