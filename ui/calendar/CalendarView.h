// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/AppContext.h"

#include <QDate>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QStackedWidget;
class QTableView;

namespace guanxi {

class CalendarGridModel;
class WorkListModel;

// The calendar (日程) of the signed-in user's calls, visits and meetings: a day, a week or a
// month at a time, with today marked. A double click on a day shows that day; on an appointment,
// opens it; "New appointment…" plans one on the day shown. Read when shown, from TaskService.
class CalendarView : public QWidget {
    Q_OBJECT
public:
    enum class Span {
        Day,
        Week,
        Month
    };

    explicit CalendarView(const AppContext &ctx, QWidget *parent = nullptr);

    Span span() const { return m_span; }
    QDate day() const { return m_day; }
    QString title() const;
    CalendarGridModel *grid() const { return m_grid; }
    WorkListModel *dayList() const { return m_dayList; }
    QTableView *gridView() const { return m_gridView; }
    QTableView *dayView() const { return m_dayView; }

public slots:
    void reload();
    void setSpan(Span span);
    void showDay(const QDate &day);
    void step(int direction); // -1: the previous day, week or month; +1: the next
    void newAppointment();

signals:
    void statusMessage(const QString &message);
    // An appointment was added or changed here.
    void changed();

private:
    void openTaskAt(const QModelIndex &index);
    void editTask(const QString &taskId);
    void fitRows();
    void resizeEvent(QResizeEvent *event) override;

    AppContext m_ctx;
    Span m_span = Span::Week;
    QDate m_day;
    QLabel *m_title;
    QButtonGroup *m_spans;
    QStackedWidget *m_stack;
    CalendarGridModel *m_grid;
    WorkListModel *m_dayList;
    QTableView *m_gridView;
    QTableView *m_dayView;
};

} // namespace guanxi
