// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workbench/WorkListModel.h"

#include "core/i18n/DateTimeText.h"
#include "core/money/Money.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace guanxi {

WorkListModel::WorkListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WorkListModel::setList(WorkList list)
{
    beginResetModel();
    m_list = std::move(list);
    endResetModel();
}

const WorkItem *WorkListModel::itemAt(int row) const
{
    return row >= 0 && row < m_list.items.size() ? &m_list.items[row] : nullptr;
}

int WorkListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_list.items.size());
}

int WorkListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WorkListModel::whenText(const WorkItem &it)
{
    if (it.kind == WorkItemKind::Dormant || it.kind == WorkItemKind::AtRisk)
        return tr("%n day(s)", "", it.days);
    if (!it.day.isValid())
        return tr("no date");
    if (it.kind == WorkItemKind::Approval && it.days < 0)
        return tr("%n day(s) ago", "", -it.days); // when it was asked or answered
    QString day;
    if (it.days < 0)
        day = tr("%n day(s) overdue", "", -it.days);
    else if (it.days == 0)
        day = tr("today");
    else if (it.days == 1)
        day = tr("tomorrow");
    else
        day = DateTimeText::dayInWeek(it.day);
    if (it.at != 0)
        day += QLatin1Char(' ') + DateTimeText::timeOfMs(it.at);
    return day;
}

QVariant WorkListModel::data(const QModelIndex &index, int role) const
{
    const WorkItem *it = index.isValid() ? itemAt(index.row()) : nullptr;
    if (!it)
        return {};
    switch (role) {
    case CustomerIdRole:
        return it->customerId;
    case IdRole:
        return it->id;
    case Qt::ForegroundRole:
        return it->overdue && index.column() == When ? QVariant(QBrush(QColor(0xb0, 0x00, 0x20))) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Amount ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole: {
        // The whole line, for a panel too narrow to show it: the day, what, and the details.
        QStringList tip;
        if (it->day.isValid())
            tip.append(DateTimeText::date(it->day));
        tip.append(it->title);
        if (!it->detail.isEmpty())
            tip.append(it->detail);
        return tip.join(QLatin1Char('\n'));
    }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case When:
        return whenText(*it);
    case Customer:
        return it->customerName;
    case What:
        return it->title;
    case Details:
        return it->detail;
    case Amount:
        return it->amountMinor != 0 ? MoneyText::formatWithSymbol({it->amountMinor, it->currency}) : QString();
    default:
        return {};
    }
}

QVariant WorkListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Customer:
        return tr("Customer");
    case What:
        return tr("What");
    case Details:
        return tr("Details");
    case Amount:
        return tr("Amount");
    default:
        return {};
    }
}

} // namespace guanxi
