// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quotes/QuoteService.h"

#include "core/customers/CustomerAccess.h"
#include "core/documents/DocumentNumbers.h"
#include "core/i18n/DateTimeText.h"
#include "core/pricing/PriceListService.h"
#include "core/products/ProductRepository.h"
#include "core/quotes/QuoteApprovalRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/WriteTransaction.h"
#include "core/users/AccessPolicy.h"
#include "core/util/Clock.h"
#include "core/util/Uuid7.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>

namespace guanxi {

namespace {

Error conflict()
{
    return {ErrorCode::Conflict,
            QuoteService::tr("Someone else changed this quote in the meantime. Reload it and try again."),
            {}};
}

// What a line is priced from, compared to tell whether an approval still covers the lines.
bool samePricing(const QList<QuoteLine> &a, const QList<QuoteLine> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].productId != b[i].productId || a[i].quantityMilli != b[i].quantityMilli
            || a[i].unitPriceMinor != b[i].unitPriceMinor || a[i].discountBasisPoints != b[i].discountBasisPoints
            || a[i].taxRateBasisPoints != b[i].taxRateBasisPoints)
            return false;
    return true;
}

} // namespace

QuoteService::QuoteService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

QString QuoteService::today() const
{
    return QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).toLocalTime().date().toString(Qt::ISODate);
}

Result<Quote> QuoteService::get(const Session &actor, const QString &id)
{
    Result<std::optional<Quote>> q = QuoteRepository(m_db).findById(id);
    if (!q)
        return q.error();
    if (!q->has_value())
        return Error{ErrorCode::NotFound, tr("This quote does not exist (any more)."), {}};
    if (!AccessPolicy(actor).canView((*q)->ownerId, (*q)->ownerDepartmentId))
        return Error{ErrorCode::PermissionDenied, tr("This quote belongs to %1.").arg((*q)->ownerName), {}};
    Result<QList<QuoteApprovalRound>> rounds = QuoteApprovalRepository(m_db).forQuote(id);
    if (!rounds)
        return rounds.error();
    (*q)->approvalRounds = *rounds;
    return **q;
}

Result<QList<Quote>> QuoteService::list(const Session &actor, const QuoteFilter &filter, int limit)
{
    QVariantList binds;
    const QString visible = AccessPolicy(actor).visibilityClause(QStringLiteral("q"), &binds);
    return QuoteRepository(m_db).list(filter, visible, binds, limit);
}

std::unique_ptr<PagedQuery<Quote>> QuoteService::pagedList(const Session &actor, const QuoteFilter &filter)
{
    QVariantList binds;
    const QString visible = AccessPolicy(actor).visibilityClause(QStringLiteral("q"), &binds);
    return pagedQueryOf<QuoteRepository, Quote>(m_db, QuoteRepository::pagedList(filter, visible, binds),
                                                [](const Quote &q) {
                                                    return PageCursor{q.issuedOn, q.id};
                                                });
}

Result<QList<QuoteLine>> QuoteService::priceLines(const Quote &header, int customerTier,
                                                  const QList<QuoteLineDraft> &drafts)
{
    if (drafts.isEmpty())
        return Error{ErrorCode::Invalid, tr("A quote needs at least one line."), {}, QStringLiteral("lines")};
    PriceListService prices(m_db, m_clock);
    QString listId = header.priceListId;
    if (listId.isEmpty()) {
        Result<std::optional<PriceList>> tierList = prices.listForTier(customerTier);
        if (!tierList)
            return tierList.error();
        if (tierList->has_value() && (*tierList)->currency == header.currency)
            listId = (*tierList)->id;
    }
    ProductRepository products(m_db);
    QList<QuoteLine> out;
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        const QuoteLineDraft &d = drafts[i];
        const QString where = tr("Line %1: ").arg(i + 1);
        Result<std::optional<Product>> found = products.findById(d.productId);
        if (!found)
            return found.error();
        if (!found->has_value())
            return Error{ErrorCode::Invalid,
                         where + tr("the product is not in the showroom (any more)."),
                         {},
                         QStringLiteral("lines")};
        const ProductDraft &p = (*found)->fields;
        if (p.currency != header.currency)
            return Error{ErrorCode::Invalid,
                         where
                             + tr("%1 is priced in %2, the quote in %3; one quote holds one currency.")
                                   .arg(p.name, p.currency, header.currency),
                         {},
                         QStringLiteral("currency")};
        if (d.quantityMilli <= 0)
            return Error{
                ErrorCode::Invalid, where + tr("the quantity must be more than 0."), {}, QStringLiteral("lines")};
        QuoteLine line;
        line.position = int(i) + 1;
        line.productId = (*found)->id;
        line.productCode = p.code;
        line.description = d.description.trimmed().isEmpty() ? p.name : d.description.trimmed();
        line.specification = p.specification;
        line.unit = p.unit;
        line.quantityMilli = d.quantityMilli;
        line.discountBasisPoints = d.discountBasisPoints;
        line.taxRateBasisPoints = d.taxRateBasisPoints >= 0 ? d.taxRateBasisPoints : p.taxRateBasisPoints;
        // The showroom's prices include tax; a quote without tax starts from the price without it.
        const auto inQuoteTerms = [&](qint64 withTax) {
            return header.pricesIncludeTax
                ? withTax
                : DocumentMath::roundedDivision(withTax * 10000, 10000 + line.taxRateBasisPoints);
        };
        qint64 starting = p.listPriceMinor;
        if (!listId.isEmpty()) {
            Result<std::optional<qint64>> listed = prices.priceOn(listId, line.productId);
            if (!listed)
                return listed.error();
            if (listed->has_value())
                starting = **listed;
        }
        line.unitPriceMinor = d.unitPriceMinor >= 0 ? d.unitPriceMinor : inQuoteTerms(starting);
        line.floorPriceMinor = p.floorPriceMinor > 0 ? inQuoteTerms(p.floorPriceMinor) : 0;
        Result<LineAmounts> amounts =
            DocumentMath::line({line.unitPriceMinor, line.quantityMilli, line.discountBasisPoints,
                                line.taxRateBasisPoints, header.pricesIncludeTax});
        if (!amounts)
            return Error{ErrorCode::Invalid, where + amounts.error().message, {}, QStringLiteral("lines")};
        line.amounts = *amounts;
        out.append(line);
    }
    return out;
}

Status QuoteService::applyDraft(const Session &actor, Quote *q, QuoteDraft d, bool linesMayKeepApproval)
{
    d.currency = d.currency.trimmed().toUpper();
    static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
    if (!currency.match(d.currency).hasMatch())
        return Error{ErrorCode::Invalid,
                     tr("\"%1\" is not a currency code (for example CNY).").arg(d.currency),
                     {},
                     QStringLiteral("currency")};
    d.validUntil = d.validUntil.trimmed();
    if (d.validUntil.isEmpty())
        d.validUntil = defaultValidUntil(QDate::fromString(today(), Qt::ISODate)).toString(Qt::ISODate);
    else if (!QDate::fromString(d.validUntil, Qt::ISODate).isValid())
        return Error{ErrorCode::Invalid,
                     tr("\"%1\" is not a date (write it as 2026-12-31).").arg(d.validUntil),
                     {},
                     QStringLiteral("valid_until")};
    Result<Customer> customer = CustomerAccess::readable(m_db, actor, q->customerId);
    if (!customer)
        return customer.error();
    if (!d.contactId.isEmpty())
        if (Status s = CustomerAccess::contactAt(m_db, d.contactId, q->customerId); !s)
            return s;
    q->contactId = d.contactId;
    q->opportunityId = d.opportunityId;
    q->priceListId = d.priceListId;
    q->currency = d.currency;
    q->pricesIncludeTax = d.pricesIncludeTax;
    q->validUntil = d.validUntil;
    q->terms = d.terms.trimmed();
    q->notes = d.notes.trimmed();
    Result<QList<QuoteLine>> lines = priceLines(*q, static_cast<int>(customer->fields.tier), d.lines);
    if (!lines)
        return lines.error();
    const bool keep = linesMayKeepApproval && q->approval == QuoteApproval::Approved && samePricing(q->lines, *lines);
    q->lines = *lines;
    QList<LineAmounts> amounts;
    bool below = false;
    for (const QuoteLine &l : q->lines) {
        amounts.append(l.amounts);
        below = below || l.belowFloor();
    }
    q->totals = DocumentMath::total(amounts);
    if (!keep) {
        q->approval = below ? QuoteApproval::Needed : QuoteApproval::None;
        q->approvedById.clear();
        q->approvedAt = 0;
    }
    return {};
}

Result<Quote> QuoteService::create(const Session &actor, QuoteDraft draft)
{
    return inWriteTransaction(m_db, [&]() -> Result<Quote> {
        if (Result<Customer> c = CustomerAccess::writable(m_db, actor, draft.customerId); !c)
            return c.error();
        const qint64 now = m_clock.nowMs();
        Quote q;
        q.id = newUuid7(now);
        q.customerId = draft.customerId;
        q.ownerId = actor.userId;
        q.issuedOn = today();
        if (Status s = applyDraft(actor, &q, std::move(draft), false); !s)
            return s.error();
        Result<QString> number =
            nextDocumentNumber(m_db, DocumentKind::Quote, QDate::fromString(q.issuedOn, Qt::ISODate));
        if (!number)
            return number.error();
        q.number = *number;
        q.createdAt = now;
        q.updatedAt = now;
        if (Status s = QuoteRepository(m_db).insert(q, actor.userId); !s)
            return s.error();
        return get(actor, q.id);
    });
}

Result<Quote> QuoteService::preview(const Session &actor, QuoteDraft draft)
{
    Quote q;
    q.customerId = draft.customerId;
    q.ownerId = actor.userId;
    q.issuedOn = today();
    if (Status s = applyDraft(actor, &q, std::move(draft), false); !s)
        return s.error();
    return q;
}

Result<Quote> QuoteService::editable(const Session &actor, const QString &id, qint64 expectedVersion)
{
    Result<Quote> q = get(actor, id);
    if (!q)
        return q;
    if (!AccessPolicy(actor).canEdit(q->ownerId, q->ownerDepartmentId))
        return Error{ErrorCode::PermissionDenied,
                     tr("Quote %1 belongs to %2; you may not change it.").arg(q->displayNumber(), q->ownerName),
                     {}};
    if (q->rowVersion != expectedVersion)
        return conflict();
    return q;
}

Result<Quote> QuoteService::writeHeader(const Session &actor, const Quote &q, qint64 expectedVersion, bool linesChanged)
{
    const qint64 now = m_clock.nowMs();
    QuoteRepository repo(m_db);
    Result<bool> written = repo.updateHeader(q, expectedVersion, now, actor.userId);
    if (!written)
        return written.error();
    if (!*written)
        return conflict();
    if (linesChanged) {
        if (Status s = repo.replaceLines(q.id, q.lines, now, actor.userId); !s)
            return s.error();
    }
    return q;
}

Result<Quote> QuoteService::update(const Session &actor, const QString &id, QuoteDraft draft, qint64 expectedVersion)
{
    return inWriteTransaction(m_db, [&]() -> Result<Quote> {
        Result<Quote> q = editable(actor, id, expectedVersion);
        if (!q)
            return q.error();
        if (q->status != QuoteStatus::Draft)
            return Error{ErrorCode::WrongState,
                         tr("Quote %1 is %2; only a draft is changed. Make a revision instead.")
                             .arg(q->displayNumber(), quoteStatusDisplayName(q->status)),
                         {}};
        if (Status s = applyDraft(actor, &*q, std::move(draft), true); !s)
            return s.error();
        if (Result<Quote> w = writeHeader(actor, *q, expectedVersion, true); !w)
            return w.error();
        // A request for prices that no longer need approval is answered by the change itself.
        if (q->approval != QuoteApproval::Needed) {
            if (Status s = QuoteApprovalRepository(m_db).withdrawOpen(id, m_clock.nowMs(), actor.userId); !s)
                return s.error();
        }
        return get(actor, id);
    });
}

Result<Quote> QuoteService::requestApproval(const Session &actor, const QString &id, qint64 expectedVersion,
                                            const QString &message)
{
    return inWriteTransaction(m_db, [&]() -> Result<Quote> {
        Result<Quote> q = editable(actor, id, expectedVersion);
        if (!q)
            return q.error();
        if (q->approval != QuoteApproval::Needed || q->status != QuoteStatus::Draft)
            return Error{ErrorCode::WrongState, tr("Quote %1 needs no approval.").arg(q->displayNumber()), {}};
        if (const QuoteApprovalRound *open = q->openRound())
            return Error{
                ErrorCode::WrongState,
                tr("Approval of quote %1 was already asked for by %2 on %3.")
                    .arg(q->displayNumber(), open->requestedByName, DateTimeText::dateTimeOfMs(open->requestedAt)),
                {}};
        const qint64 now = m_clock.nowMs();
        QuoteApprovalRound round;
        round.id = newUuid7(now);
        round.quoteId = id;
        round.requestedById = actor.userId;
        round.requestedAt = now;
        round.message = message.trimmed();
        if (Status s = QuoteApprovalRepository(m_db).insert(round, now, actor.userId); !s)
            return s.error();
        return get(actor, id);
    });
}

Result<Quote> QuoteService::answerApproval(const Session &actor, const QString &id, qint64 expectedVersion,
                                           ApprovalDecision decision, const QString &reason)
{
    if (!mayApprove(actor))
        return Error{ErrorCode::PermissionDenied, tr("Only a manager may approve prices below the floor."), {}};
    return inWriteTransaction(m_db, [&]() -> Result<Quote> {
        Result<Quote> q = editable(actor, id, expectedVersion);
        if (!q)
            return q.error();
        if (q->approval != QuoteApproval::Needed || q->status != QuoteStatus::Draft)
            return Error{
                ErrorCode::WrongState, tr("Quote %1 has nothing waiting for approval.").arg(q->displayNumber()), {}};
        const qint64 now = m_clock.nowMs();
        QuoteApprovalRepository rounds(m_db);
        if (const QuoteApprovalRound *open = q->openRound()) {
            Result<bool> answered = rounds.decide(open->id, decision, actor.userId, reason.trimmed(), now);
            if (!answered)
                return answered.error();
            if (!*answered)
                return conflict();
        } else {
            // Decided unasked: the round is kept all the same, so the history says who and why.
            QuoteApprovalRound round;
            round.id = newUuid7(now);
            round.quoteId = id;
            round.decision = decision;
            round.decidedById = actor.userId;
            round.decidedAt = now;
            round.reason = reason.trimmed();
            if (Status s = rounds.insert(round, now, actor.userId); !s)
                return s.error();
        }
        if (decision == ApprovalDecision::Approved) {
            q->approval = QuoteApproval::Approved;
            q->approvedById = actor.userId;
            q->approvedAt = now;
            if (Result<Quote> w = writeHeader(actor, *q, expectedVersion, false); !w)
                return w.error();
        }
        return get(actor, id);
    });
}

Result<Quote> QuoteService::approve(const Session &actor, const QString &id, qint64 expectedVersion,
                                    const QString &note)
{
    return answerApproval(actor, id, expectedVersion, ApprovalDecision::Approved, note);
}

Result<Quote> QuoteService::refuse(const Session &actor, const QString &id, qint64 expectedVersion,
                                   const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error{ErrorCode::Invalid,
                     tr("Say why the prices are refused, so the salesperson knows what to change."),
                     {},
                     QStringLiteral("reason")};
    return answerApproval(actor, id, expectedVersion, ApprovalDecision::Refused, reason);
}

Result<QList<ApprovalQueueEntry>> QuoteService::approvalQueue(const Session &actor, int limit, int *total)
{
    QuoteApprovalRepository rounds(m_db);
    if (!mayApprove(actor))
        return rounds.askedBy(actor.userId, m_clock.nowMs() - qint64(kAnsweredDays) * 24 * 3600 * 1000, limit, total);
    QVariantList binds;
    const QString visible = AccessPolicy(actor).visibilityClause(QStringLiteral("q"), &binds);
    return rounds.open(visible, binds, limit, total);
}

const StateTransitions<QuoteStatus> &QuoteService::transitions()
{
    using S = QuoteStatus;
    static const StateTransitions<QuoteStatus> moves{
        {S::Draft, S::Sent},    {S::Draft, S::Accepted},   {S::Sent, S::Accepted},   {S::Draft, S::Rejected},
        {S::Sent, S::Rejected}, {S::Draft, S::Superseded}, {S::Sent, S::Superseded}, {S::Rejected, S::Superseded}};
    return moves;
}

QuoteActions QuoteService::allowedActions(const Session &actor, const Quote &q)
{
    QuoteActions a;
    if (q.id.isEmpty()) {
        a.edit = true;
        return a;
    }
    if (!AccessPolicy(actor).canEdit(q.ownerId, q.ownerDepartmentId))
        return a;
    const StateTransitions<QuoteStatus> &moves = transitions();
    const bool draft = q.status == QuoteStatus::Draft;
    const bool needed = q.approval == QuoteApproval::Needed;
    a.edit = draft;
    a.send = moves.allows(q.status, QuoteStatus::Sent);
    a.order = moves.allows(q.status, QuoteStatus::Accepted);
    a.revise = moves.allows(q.status, QuoteStatus::Superseded);
    a.approve = draft && needed && mayApprove(actor);
    a.awaitingApproval = draft && needed && q.openRound() != nullptr;
    a.requestApproval = draft && needed && !mayApprove(actor) && !a.awaitingApproval;
    return a;
}

Status QuoteService::mayBecomeOrder(const Quote &q)
{
    if (!transitions().allows(q.status, QuoteStatus::Accepted))
        return Error{
            ErrorCode::WrongState,
            tr("Quote %1 is %2 and cannot become an order.").arg(q.displayNumber(), quoteStatusDisplayName(q.status)),
            {}};
    if (mayLeaveTheHouse(q))
        return {};
    QString why = tr("Quote %1 has prices below the floor; a manager must approve it before it becomes an order.")
                      .arg(q.displayNumber());
    if (!q.approvalRounds.isEmpty()) {
        const QuoteApprovalRound &last = q.approvalRounds.last();
        if (last.decision == ApprovalDecision::Pending)
            why += QLatin1Char(' ')
                + tr("%1 asked for it on %2; no answer yet.")
                      .arg(last.requestedByName, DateTimeText::dateTimeOfMs(last.requestedAt));
        else if (last.decision == ApprovalDecision::Refused)
            why += QLatin1Char(' ')
                + tr("%1 refused on %2: %3")
                      .arg(last.decidedByName, DateTimeText::dateTimeOfMs(last.decidedAt), last.reason);
    }
    return Error{ErrorCode::WrongState, why, {}};
}

Result<Quote> QuoteService::moveTo(const Session &actor, const QString &id, qint64 expectedVersion, QuoteStatus to,
                                   const std::function<Status(const Quote &)> &check)
{
    return inWriteTransaction(m_db, [&]() -> Result<Quote> {
        Result<Quote> q = editable(actor, id, expectedVersion);
        if (!q)
            return q.error();
        if (check)
            if (Status s = check(*q); !s)
                return s.error();
        if (!transitions().allows(q->status, to))
            return Error{ErrorCode::WrongState,
                         tr("Quote %1 is already %2.").arg(q->displayNumber(), quoteStatusDisplayName(q->status)),
                         {}};
        q->status = to;
        if (Result<Quote> w = writeHeader(actor, *q, expectedVersion, false); !w)
            return w.error();
        return get(actor, id);
    });
}

Result<Quote> QuoteService::markSent(const Session &actor, const QString &id, qint64 expectedVersion)
{
    return moveTo(actor, id, expectedVersion, QuoteStatus::Sent, [](const Quote &q) -> Status {
        if (!mayLeaveTheHouse(q))
            return Error{ErrorCode::WrongState,
                         tr("Quote %1 has prices below the floor; a manager must approve it before it is sent.")
                             .arg(q.displayNumber()),
                         {}};
        return {};
    });
}

Result<Quote> QuoteService::markRejected(const Session &actor, const QString &id, qint64 expectedVersion)
{
    return moveTo(actor, id, expectedVersion, QuoteStatus::Rejected);
}

Result<Quote> QuoteService::revise(const Session &actor, const QString &id, qint64 expectedVersion)
{
    return inWriteTransaction(m_db, [&]() -> Result<Quote> {
        Result<Quote> old = editable(actor, id, expectedVersion);
        if (!old)
            return old.error();
        if (!transitions().allows(old->status, QuoteStatus::Superseded))
            return Error{
                ErrorCode::WrongState,
                tr("Quote %1 is %2 and is not revised.").arg(old->displayNumber(), quoteStatusDisplayName(old->status)),
                {}};
        // The new version is priced again from today's showroom, with the lines' own prices kept.
        const qint64 now = m_clock.nowMs();
        Quote next;
        next.id = newUuid7(now);
        next.number = old->number;
        next.customerId = old->customerId;
        next.ownerId = old->ownerId;
        next.issuedOn = today();
        QuoteDraft d = old->draft();
        d.validUntil.clear();
        if (Status s = applyDraft(actor, &next, d, false); !s)
            return s.error();
        QSqlQuery top(m_db.sql());
        top.prepare(QStringLiteral("SELECT max(version) FROM quotes WHERE quote_no = ?"));
        top.addBindValue(old->number);
        if (!top.exec() || !top.next())
            return toError(top);
        next.version = top.value(0).toInt() + 1;
        next.createdAt = now;
        next.updatedAt = now;
        old->status = QuoteStatus::Superseded;
        if (Result<Quote> w = writeHeader(actor, *old, expectedVersion, false); !w)
            return w.error();
        if (Status s = QuoteRepository(m_db).insert(next, actor.userId); !s)
            return s.error();
        return get(actor, next.id);
    });
}

Status QuoteService::markAccepted(const Session &actor, const Quote &q, const QString &orderId)
{
    return inWriteTransaction(m_db, [&]() -> Status {
        Quote accepted = q;
        accepted.status = QuoteStatus::Accepted;
        accepted.orderId = orderId;
        Result<Quote> w = writeHeader(actor, accepted, q.rowVersion, false);
        if (!w)
            return w.error();
        return Status{};
    });
}

} // namespace guanxi
