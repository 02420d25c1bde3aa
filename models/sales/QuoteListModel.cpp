// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sales/QuoteListModel.h"

#include "core/i18n/DateTimeText.h"
#include "core/money/Money.h"

#include <QBrush>

namespace guanxi {

QuoteListModel::QuoteListModel(QObject *parent)
    : PagedTableModel<Quote>(parent)
{
}

int QuoteListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuoteListModel::data(const QModelIndex &index, int role) const
{
    const Quote *q = index.isValid() ? quoteAt(index.row()) : nullptr;
    if (!q)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == Total)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Approval && q->approval == QuoteApproval::Needed)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
        return q->displayNumber();
    case Customer:
        return q->customerName;
    case Issued:
        return DateTimeText::dateOfIso(q->issuedOn);
    case ValidUntil:
        return DateTimeText::dateOfIso(q->validUntil);
    case Total:
        return MoneyText::formatWithSymbol({q->totals.total, q->currency});
    case Status:
        return quoteStatusDisplayName(q->status);
    case Approval:
        switch (q->approval) {
        case QuoteApproval::Needed:
            if (q->waitsForApprover())
                return tr("waiting for a manager");
            if (q->lastDecision == ApprovalDecision::Refused)
                return tr("refused: change the prices");
            return tr("needs approval: not asked yet");
        case QuoteApproval::Approved:
            return tr("approved by %1").arg(q->approvedByName);
        case QuoteApproval::None:
            break;
        }
        return QString();
    case Owner:
        return q->ownerName;
    default:
        return {};
    }
}

QVariant QuoteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case Customer:
        return tr("Customer");
    case Issued:
        return tr("Date");
    case ValidUntil:
        return tr("Valid until");
    case Total:
        return tr("Total");
    case Status:
        return tr("Status");
    case Approval:
        return tr("Floor-price approval");
    case Owner:
        return tr("Salesperson");
    default:
        return {};
    }
}

} // namespace guanxi
