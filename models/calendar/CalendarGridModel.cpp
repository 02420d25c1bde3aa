// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/calendar/CalendarGridModel.h"

#include "core/i18n/DateTimeText.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>

#include <algorithm>

namespace guanxi {

CalendarGridModel::CalendarGridModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CalendarGridModel::setRange(const QDate &first, int weeks, const QDate &month, const QDate &today)
{
    beginResetModel();
    m_first = first.addDays(1 - first.dayOfWeek());
    m_weeks = std::max(1, weeks);
    m_month = month;
    m_today = today;
    m_byDay.clear();
    endResetModel();
}

void CalendarGridModel::setTasks(const QList<Task> &tasks)
{
    m_byDay.clear();
    for (const Task &t : tasks) {
        const QDate day = t.fields.startsAt != 0
            ? QDateTime::fromMSecsSinceEpoch(t.fields.startsAt).toLocalTime().date()
            : QDate::fromString(t.fields.dueOn, Qt::ISODate);
        if (day.isValid() && day >= m_first && day <= lastDay())
            m_byDay[day].append(t);
    }
    for (QList<Task> &day : m_byDay)
        std::stable_sort(day.begin(), day.end(),
                         [](const Task &a, const Task &b) { return a.fields.startsAt < b.fields.startsAt; });
    if (m_weeks > 0)
        emit dataChanged(index(0, 0), index(m_weeks - 1, 6));
}

QDate CalendarGridModel::dateAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_weeks || index.column() >= 7)
        return {};
    return m_first.addDays(index.row() * 7 + index.column());
}

QModelIndex CalendarGridModel::indexOf(const QDate &day) const
{
    const qint64 offset = m_first.daysTo(day);
    if (offset < 0 || offset >= 7LL * m_weeks)
        return {};
    return index(int(offset / 7), int(offset % 7));
}

QString CalendarGridModel::lineOf(const Task &t)
{
    QString line = t.fields.startsAt != 0 ? DateTimeText::timeOfMs(t.fields.startsAt) + QLatin1Char(' ') : QString();
    if (t.isDone())
        line = QStringLiteral("✓ ") + line;
    line += t.fields.title;
    if (!t.customerName.isEmpty())
        line += QStringLiteral(" · ") + t.customerName;
    return line;
}

int CalendarGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_weeks;
}

int CalendarGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 7;
}

QVariant CalendarGridModel::data(const QModelIndex &index, int role) const
{
    const QDate day = dateAt(index);
    if (!day.isValid())
        return {};
    const QList<Task> tasks = m_byDay.value(day);
    switch (role) {
    case Qt::DisplayRole: {
        QStringList lines{DateTimeText::dayOfMonth(day)};
        for (qsizetype i = 0; i < tasks.size() && i < kLinesPerCell; ++i)
            lines.append(lineOf(tasks.at(i)));
        if (tasks.size() > kLinesPerCell)
            lines.append(tr("+%n more", "", int(tasks.size() - kLinesPerCell)));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ToolTipRole: {
        QStringList lines{DateTimeText::longDate(day)};
        for (const Task &t : tasks)
            lines.append(lineOf(t));
        if (tasks.isEmpty())
            lines.append(tr("Nothing planned. Double-click to see the day."));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole:
        if (m_month.isValid() && (day.month() != m_month.month() || day.year() != m_month.year()))
            return QBrush(QColor(0x99, 0x99, 0x99));
        return {};
    case Qt::BackgroundRole:
        return day == m_today ? QVariant(QBrush(QColor(0xff, 0xf4, 0xce))) : QVariant();
    case Qt::FontRole:
        if (day == m_today) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignLeft | Qt::AlignTop);
    case DateRole:
        return day;
    case CountRole:
        return int(tasks.size());
    default:
        return {};
    }
}

QVariant CalendarGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal && section >= 0 && section < 7)
        return m_weeks == 1 ? DateTimeText::dayInWeek(m_first.addDays(section))
                            : DateTimeText::weekdayName(section + 1);
    return {};
}

} // namespace guanxi
