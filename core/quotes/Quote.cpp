// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quotes/Quote.h"

#include <QCoreApplication>

namespace guanxi {

namespace {
struct StatusName {
    QuoteStatus status;
    const char *code;
};
constexpr StatusName kStatuses[] = {{QuoteStatus::Draft, "draft"},
                                    {QuoteStatus::Sent, "sent"},
                                    {QuoteStatus::Accepted, "accepted"},
                                    {QuoteStatus::Rejected, "rejected"},
                                    {QuoteStatus::Superseded, "superseded"}};
} // namespace

QString quoteStatusCode(QuoteStatus s)
{
    for (const StatusName &n : kStatuses)
        if (n.status == s)
            return QLatin1String(n.code);
    return QStringLiteral("draft");
}

QuoteStatus quoteStatusFromCode(const QString &code)
{
    for (const StatusName &n : kStatuses)
        if (code == QLatin1String(n.code))
            return n.status;
    return QuoteStatus::Draft;
}

QString quoteStatusDisplayName(QuoteStatus s)
{
    switch (s) {
    case QuoteStatus::Draft:
        return QCoreApplication::translate("Quote", "draft");
    case QuoteStatus::Sent:
        return QCoreApplication::translate("Quote", "sent");
    case QuoteStatus::Accepted:
        return QCoreApplication::translate("Quote", "accepted (ordered)");
    case QuoteStatus::Rejected:
        return QCoreApplication::translate("Quote", "rejected");
    case QuoteStatus::Superseded:
        return QCoreApplication::translate("Quote", "superseded by a revision");
    }
    return {};
}

QString quoteApprovalCode(QuoteApproval a)
{
    switch (a) {
    case QuoteApproval::Needed:
        return QStringLiteral("needed");
    case QuoteApproval::Approved:
        return QStringLiteral("approved");
    case QuoteApproval::None:
        break;
    }
    return QStringLiteral("none");
}

QuoteApproval quoteApprovalFromCode(const QString &code)
{
    if (code == QLatin1String("needed"))
        return QuoteApproval::Needed;
    if (code == QLatin1String("approved"))
        return QuoteApproval::Approved;
    return QuoteApproval::None;
}

QString approvalDecisionCode(ApprovalDecision d)
{
    switch (d) {
    case ApprovalDecision::Approved:
        return QStringLiteral("approved");
    case ApprovalDecision::Refused:
        return QStringLiteral("refused");
    case ApprovalDecision::Withdrawn:
        return QStringLiteral("withdrawn");
    case ApprovalDecision::Pending:
        break;
    }
    return QStringLiteral("pending");
}

ApprovalDecision approvalDecisionFromCode(const QString &code)
{
    if (code == QLatin1String("approved"))
        return ApprovalDecision::Approved;
    if (code == QLatin1String("refused"))
        return ApprovalDecision::Refused;
    if (code == QLatin1String("withdrawn"))
        return ApprovalDecision::Withdrawn;
    return ApprovalDecision::Pending;
}

const QuoteApprovalRound *Quote::openRound() const
{
    for (const QuoteApprovalRound &r : approvalRounds)
        if (r.decision == ApprovalDecision::Pending)
            return &r;
    return nullptr;
}

QString Quote::displayNumber() const
{
    return version > 1 ? QStringLiteral("%1 v%2").arg(number).arg(version) : number;
}

QuoteDraft Quote::draft() const
{
    QuoteDraft d;
    d.customerId = customerId;
    d.contactId = contactId;
    d.opportunityId = opportunityId;
    d.priceListId = priceListId;
    d.currency = currency;
    d.pricesIncludeTax = pricesIncludeTax;
    d.validUntil = validUntil;
    d.terms = terms;
    d.notes = notes;
    for (const QuoteLine &l : lines)
        d.lines.append({l.productId, l.quantityMilli, l.unitPriceMinor, l.discountBasisPoints, l.taxRateBasisPoints,
                        l.description});
    return d;
}

} // namespace guanxi
