// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/opportunities/OpportunityCardsModel.h"

#include "core/i18n/DateTimeText.h"
#include "core/money/Money.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace guanxi {

OpportunityCardsModel::OpportunityCardsModel(const QString &stageId, QObject *parent)
    : QAbstractListModel(parent)
    , m_stageId(stageId)
{
}

void OpportunityCardsModel::setCards(QList<Opportunity> cards)
{
    beginResetModel();
    m_cards = std::move(cards);
    endResetModel();
}

const Opportunity *OpportunityCardsModel::cardAt(int row) const
{
    return row >= 0 && row < m_cards.size() ? &m_cards[row] : nullptr;
}

int OpportunityCardsModel::rowOf(const QString &opportunityId) const
{
    for (int r = 0; r < m_cards.size(); ++r)
        if (m_cards[r].id == opportunityId)
            return r;
    return -1;
}

int OpportunityCardsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

QVariant OpportunityCardsModel::data(const QModelIndex &index, int role) const
{
    const Opportunity *o = index.isValid() ? cardAt(index.row()) : nullptr;
    if (!o)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return o->name;
    case Qt::ToolTipRole:
        return tr("%1 — %2\n%3, %4 %")
            .arg(o->customerName, o->name, MoneyText::formatWithSymbol({o->amountMinor, o->currency}))
            .arg(o->probabilityPct);
    case IdRole:
        return o->id;
    case VersionRole:
        return o->rowVersion;
    case CustomerRole:
        return o->customerName;
    case AmountTextRole:
        return MoneyText::formatWithSymbol({o->amountMinor, o->currency});
    case OwnerRole:
        return o->ownerName;
    case CloseDateRole:
        return DateTimeText::dateOfIso(o->closedOn.isEmpty() ? o->expectedCloseOn : o->closedOn);
    case ProbabilityRole:
        return o->probabilityPct;
    default:
        return {};
    }
}

Qt::ItemFlags OpportunityCardsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // a card is dropped on the column, not on another card
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

Qt::DropActions OpportunityCardsModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions OpportunityCardsModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList OpportunityCardsModel::mimeTypes() const
{
    return {QLatin1String(kMimeType)};
}

QMimeData *OpportunityCardsModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    for (const QModelIndex &i : indexes)
        if (const Opportunity *o = cardAt(i.row()))
            out << o->id << o->rowVersion;
    auto *data = new QMimeData;
    data->setData(QLatin1String(kMimeType), bytes);
    return data;
}

QList<std::pair<QString, qint64>> OpportunityCardsModel::decode(const QMimeData *data)
{
    QList<std::pair<QString, qint64>> out;
    if (!data)
        return out;
    QDataStream in(data->data(QLatin1String(kMimeType)));
    while (!in.atEnd()) {
        QString id;
        qint64 version = 0;
        in >> id >> version;
        if (in.status() != QDataStream::Ok)
            break;
        out.append({id, version});
    }
    return out;
}

bool OpportunityCardsModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                            const QModelIndex &) const
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(QLatin1String(kMimeType)))
        return false;
    // Dropping a card back on its own column changes nothing.
    for (const auto &[id, version] : decode(data))
        if (rowOf(id) < 0)
            return true;
    return false;
}

bool OpportunityCardsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                         const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    for (const auto &[id, version] : decode(data))
        if (rowOf(id) < 0)
            emit moveRequested(id, version, m_stageId);
    // The board reloads the columns after the move; the source must not remove the row itself.
    return false;
}

} // namespace guanxi
