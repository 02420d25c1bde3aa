// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workbench/TeamOverviewModel.h"

#include "core/money/Money.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace guanxi {

namespace {
const QString kCurrency = QStringLiteral("CNY");
}

TeamOverviewModel::TeamOverviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TeamOverviewModel::setOverview(TeamOverview overview)
{
    beginResetModel();
    m_overview = std::move(overview);
    endResetModel();
}

int TeamOverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_overview.members.size());
}

int TeamOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : tailColumn(TailCount);
}

QVariant TeamOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_overview.members.size())
        return {};
    const TeamMemberFigures &m = m_overview.members[index.row()];
    const int column = index.column();
    const int stages = int(m_overview.stages.size());
    if (role == UserIdRole)
        return m.userId;
    if (role == Qt::TextAlignmentRole)
        return column == Person ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const auto money = [](qint64 minor) { return MoneyText::formatWithSymbol({minor, kCurrency}); };
    if (role == Qt::ForegroundRole) {
        const bool alarming = (column == tailColumn(OverdueFollowUps) && m.overdueFollowUps > 0)
            || (column == tailColumn(OverdueReceivables) && m.overdueReceivableMinor > 0);
        return alarming ? QVariant(QBrush(QColor(0xb0, 0x00, 0x20))) : QVariant();
    }
    if (role != Qt::DisplayRole)
        return {};
    if (column == Person)
        return m.name;
    if (column == OpenDeals)
        return m.openDeals;
    if (column == Pipeline)
        return money(m.pipelineMinor);
    if (column == Weighted)
        return money(m.weightedMinor);
    if (column < 4 + stages)
        return money(m.pipelineByStage.value(column - 4));
    switch (column - 4 - stages) {
    case OverdueFollowUps:
        return m.overdueFollowUps;
    case Dormant:
        return m.dormantCustomers;
    case Quota:
        return m.quotaMinor > 0 ? money(m.quotaMinor) : tr("not set");
    case Won:
        return money(m.wonMinor);
    case Attainment:
        return m.quotaMinor > 0 ? tr("%1 %").arg(QLocale().toString(m.attainmentPercent(), 'f', 1)) : QString();
    case Receivables:
        return money(m.receivableMinor);
    case OverdueReceivables:
        return money(m.overdueReceivableMinor);
    default:
        return {};
    }
}

QVariant TeamOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const int stages = int(m_overview.stages.size());
    if (section == Person)
        return tr("Salesperson");
    if (section == OpenDeals)
        return tr("Open deals");
    if (section == Pipeline)
        return tr("Pipeline");
    if (section == Weighted)
        return tr("Weighted");
    if (section < 4 + stages)
        return m_overview.stages[section - 4].displayName();
    switch (section - 4 - stages) {
    case OverdueFollowUps:
        return tr("Overdue follow-ups");
    case Dormant:
        return tr("Dormant customers");
    case Quota:
        return tr("Quota this month");
    case Won:
        return tr("Won this month");
    case Attainment:
        return tr("Attainment");
    case Receivables:
        return tr("Receivables open");
    case OverdueReceivables:
        return tr("of which overdue");
    default:
        return {};
    }
}

} // namespace guanxi
