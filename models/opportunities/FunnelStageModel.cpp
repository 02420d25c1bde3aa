// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/opportunities/FunnelStageModel.h"

#include "core/money/Money.h"

#include <QLocale>

namespace guanxi {

FunnelStageModel::FunnelStageModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FunnelStageModel::setReport(const FunnelReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

int FunnelStageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.stages.size());
}

int FunnelStageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FunnelStageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_report.stages.size())
        return {};
    const FunnelStageFigures &f = m_report.stages.at(index.row());
    const auto conversion = [&]() -> const StageConversion * {
        for (const StageConversion &c : m_report.conversions)
            if (c.fromStageId == f.stage.id)
                return &c;
        return nullptr;
    };
    if (role == Qt::TextAlignmentRole)
        return index.column() == Stage ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::EditRole) { // plain numbers, for charts
        switch (index.column()) {
        case Deals:
            return f.count;
        case Amount:
            return double(f.amountMinor) / 100.0;
        case Weighted:
            return double(f.weightedMinor) / 100.0;
        case Reached:
            return f.reached;
        case ConversionToNext:
            return conversion() ? conversion()->percent() : QVariant();
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Stage:
        return f.stage.displayName();
    case Deals:
        return QLocale().toString(f.count);
    case Amount:
        return MoneyText::format({f.amountMinor, m_report.currency});
    case Weighted:
        return f.stage.isOpen() ? MoneyText::format({f.weightedMinor, m_report.currency}) : QString();
    case Reached:
        return f.stage.isOpen() ? QLocale().toString(f.reached) : QString();
    case ConversionToNext:
        if (const StageConversion *c = conversion())
            return tr("%1 %").arg(QLocale().toString(c->percent(), 'f', 1));
        return QString();
    default:
        return {};
    }
}

QVariant FunnelStageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Stage:
        return tr("Stage");
    case Deals:
        return tr("Deals");
    case Amount:
        return tr("Amount (%1)").arg(m_report.currency);
    case Weighted:
        return tr("Weighted (%1)").arg(m_report.currency);
    case Reached:
        return tr("Reached");
    case ConversionToNext:
        return tr("On to the next stage");
    default:
        return {};
    }
}

} // namespace guanxi
