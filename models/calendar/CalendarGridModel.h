// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tasks/Task.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace guanxi {

// A calendar's grid: one cell per day, Monday first, for one week (the week view) or six (the
// month view), each with the day and the calls, visits and meetings on it by time. Days outside
// the month shown are greyed, today is marked. The cell's text lists the first appointments;
// the tooltip all of them.
class CalendarGridModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kLinesPerCell = 4;
    enum Role {
        DateRole = Qt::UserRole + 1,
        CountRole
    };

    explicit CalendarGridModel(QObject *parent = nullptr);

    // `first` is moved back to its Monday; `month` (any day of it) greys the days of other
    // months, an invalid one greys none.
    void setRange(const QDate &first, int weeks, const QDate &month, const QDate &today);
    void setTasks(const QList<Task> &tasks);

    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_first.addDays(7 * m_weeks - 1); }
    QDate dateAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QDate &day) const;
    // One appointment as a line of a cell: "09:30 拜访样品 · 华东机电".
    static QString lineOf(const Task &task);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QDate m_first;
    int m_weeks = 0;
    QDate m_month;
    QDate m_today;
    QHash<QDate, QList<Task>> m_byDay;
};

} // namespace guanxi
