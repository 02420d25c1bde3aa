// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calendar/CalendarView.h"

#include "core/i18n/DateTimeText.h"
#include "core/tasks/TaskService.h"
#include "core/util/Clock.h"
#include "core/util/LocalDays.h"
#include "models/calendar/CalendarGridModel.h"
#include "models/workbench/WorkListModel.h"
#include "ui/common/ErrorBox.h"
#include "ui/workbench/TaskDialog.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace guanxi {

namespace {

constexpr int kMonthWeeks = 6;
constexpr int kDefaultHour = 10; // a new appointment starts at 10:00 on the day shown

QDate mondayOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

} // namespace

CalendarView::CalendarView(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_day(localdays::today(*ctx.clock))
    , m_title(new QLabel(this))
    , m_spans(new QButtonGroup(this))
    , m_stack(new QStackedWidget(this))
    , m_grid(new CalendarGridModel(this))
    , m_dayList(new WorkListModel(this))
    , m_gridView(new QTableView(this))
    , m_dayView(new QTableView(this))
{
    setObjectName(QStringLiteral("calendarView"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    const auto button = [&](const QString &text, const char *name, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        bar->addWidget(b);
        return b;
    };
    QToolButton *previous = button(QStringLiteral("◀"), "calendarPrevious", tr("The previous day, week or month"));
    QToolButton *today = button(tr("&Today"), "calendarToday", tr("Back to today"));
    QToolButton *next = button(QStringLiteral("▶"), "calendarNext", tr("The next day, week or month"));
    m_title->setObjectName(QStringLiteral("calendarTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size: 16px; font-weight: bold; margin-left: 8px;"));
    bar->addWidget(m_title);
    bar->addStretch();
    const std::pair<Span, QString> spans[] = {
        {Span::Day, tr("&Day")}, {Span::Week, tr("&Week")}, {Span::Month, tr("&Month")}};
    for (const auto &[span, text] : spans) {
        QToolButton *b = button(text, "calendarSpan", {});
        b->setObjectName(QStringLiteral("calendarSpan%1").arg(int(span)));
        b->setCheckable(true);
        b->setChecked(span == m_span);
        m_spans->addButton(b, int(span));
    }
    bar->addSpacing(12);
    auto *add = new QPushButton(tr("&New appointment…"), this);
    add->setObjectName(QStringLiteral("calendarNew"));
    add->setToolTip(tr("A call, visit or meeting on the day shown"));
    bar->addWidget(add);
    layout->addLayout(bar);

    m_gridView->setObjectName(QStringLiteral("calendarGrid"));
    m_gridView->setModel(m_grid);
    m_gridView->setWordWrap(true);
    m_gridView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_gridView->setSelectionMode(QAbstractItemView::NoSelection); // today is marked, not a selection
    m_gridView->verticalHeader()->hide();
    m_gridView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_gridView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_gridView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_dayView->setObjectName(QStringLiteral("calendarDay"));
    m_dayView->setModel(m_dayList);
    m_dayView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dayView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dayView->verticalHeader()->hide();
    m_dayView->horizontalHeader()->setStretchLastSection(true);
    m_dayView->hideColumn(WorkListModel::Amount);
    m_stack->addWidget(m_gridView);
    m_stack->addWidget(m_dayView);
    layout->addWidget(m_stack, 1);

    connect(previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(next, &QToolButton::clicked, this, [this] { step(1); });
    connect(today, &QToolButton::clicked, this, [this] { showDay(localdays::today(*m_ctx.clock)); });
    connect(m_spans, &QButtonGroup::idClicked, this, [this](int id) { setSpan(static_cast<Span>(id)); });
    connect(add, &QPushButton::clicked, this, &CalendarView::newAppointment);
    // A day in the grid opens that day; an appointment in the day's list opens the appointment.
    connect(m_gridView, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QDate day = m_grid->dateAt(index);
        if (!day.isValid())
            return;
        m_day = day;
        setSpan(Span::Day);
    });
    connect(m_gridView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (const QDate day = m_grid->dateAt(index); day.isValid())
            m_day = day; // "New appointment…" plans on the day picked
    });
    connect(m_dayView, &QTableView::activated, this, &CalendarView::openTaskAt);
}

QString CalendarView::title() const
{
    return m_title->text();
}

void CalendarView::setSpan(Span span)
{
    m_span = span;
    if (QAbstractButton *b = m_spans->button(int(span)))
        b->setChecked(true);
    reload();
}

void CalendarView::showDay(const QDate &day)
{
    if (day.isValid())
        m_day = day;
    reload();
}

void CalendarView::step(int direction)
{
    switch (m_span) {
    case Span::Day:
        m_day = m_day.addDays(direction);
        break;
    case Span::Week:
        m_day = m_day.addDays(7 * direction);
        break;
    case Span::Month:
        m_day = m_day.addMonths(direction);
        break;
    }
    reload();
}

void CalendarView::reload()
{
    const QDate today = localdays::today(*m_ctx.clock);
    QDate first = m_day;
    QDate last = m_day;
    switch (m_span) {
    case Span::Day:
        m_title->setText(DateTimeText::longDate(m_day));
        break;
    case Span::Week:
        first = mondayOf(m_day);
        last = first.addDays(6);
        m_grid->setRange(first, 1, {}, today);
        m_title->setText(tr("%1 – %2").arg(DateTimeText::date(first), DateTimeText::date(last)));
        break;
    case Span::Month:
        first = mondayOf(QDate(m_day.year(), m_day.month(), 1));
        last = first.addDays(7 * kMonthWeeks - 1);
        m_grid->setRange(first, kMonthWeeks, m_day, today);
        m_title->setText(DateTimeText::month(m_day));
        break;
    }
    Result<QList<Task>> tasks = TaskService(*m_ctx.db, *m_ctx.clock).agenda(m_ctx.session, first, last);
    if (!tasks) {
        emit statusMessage(tasks.error().message);
        return;
    }
    // The calendar holds appointments: calls, visits and meetings at a time.
    QList<Task> appointments;
    for (const Task &t : *tasks)
        if (t.fields.startsAt != 0)
            appointments.append(t);
    if (m_span == Span::Day) {
        WorkList list;
        for (const Task &t : std::as_const(appointments)) {
            WorkItem item = workItemOf(t, today);
            item.detail = t.fields.durationMin > 0
                ? tr("%1, %n min", "", t.fields.durationMin).arg(displayName(t.fields.kind))
                : displayName(t.fields.kind);
            if (!t.fields.notes.isEmpty())
                item.detail += QStringLiteral(" · ") + t.fields.notes;
            if (t.isDone())
                item.detail = tr("%1, done").arg(item.detail);
            list.items.append(item);
        }
        list.total = int(list.items.size());
        m_dayList->setList(list);
        m_dayView->resizeColumnsToContents();
        m_stack->setCurrentWidget(m_dayView);
    } else {
        m_grid->setTasks(appointments);
        m_stack->setCurrentWidget(m_gridView);
        fitRows();
    }
}

void CalendarView::fitRows()
{
    // The weeks share the height: one tall row for a week, six for a month.
    const int rows = std::max(1, m_grid->rowCount());
    const int height = std::max(m_gridView->fontMetrics().height() * 3, (m_gridView->viewport()->height()) / rows);
    m_gridView->verticalHeader()->setDefaultSectionSize(height);
}

void CalendarView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitRows();
}

void CalendarView::openTaskAt(const QModelIndex &index)
{
    if (const WorkItem *item = m_dayList->itemAt(index.row()))
        editTask(item->id);
}

void CalendarView::editTask(const QString &taskId)
{
    Result<Task> t = TaskService(*m_ctx.db, *m_ctx.clock).find(m_ctx.session, taskId);
    if (!t) {
        showError(this, tr("The appointment cannot be opened"), t.error());
        return;
    }
    TaskDialog d(m_ctx, this);
    d.setTask(*t);
    if (d.exec() == QDialog::Accepted) {
        reload();
        emit changed();
    }
}

void CalendarView::newAppointment()
{
    Task t;
    t.fields.kind = TaskKind::Visit;
    const QDate today = localdays::today(*m_ctx.clock);
    const QDate day = m_day < today ? today : m_day; // not in the past
    t.fields.dueOn = localdays::iso(day);
    t.fields.startsAt = localdays::at(day, kDefaultHour * 60);
    t.fields.durationMin = 60;
    TaskDialog d(m_ctx, this);
    d.setTask(t);
    d.setWindowTitle(tr("New appointment"));
    if (d.exec() == QDialog::Accepted) {
        m_day = day;
        reload();
        emit changed();
        emit statusMessage(tr("Planned: %1").arg(d.saved().fields.title));
    }
}

} // namespace guanxi
