// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench as a salesperson and a manager use it: the day starts on the workbench, a call
// logged from the keyboard clears a follow-up, a task is done from its context menu, a reminder is
// snoozed and comes back, panels are hidden and stay hidden, and the manager sees the team.
#include "core/customers/CustomerService.h"
#include "core/tasks/TaskService.h"
#include "core/timeline/TimelineService.h"
#include "models/calendar/CalendarGridModel.h"
#include "models/workbench/TeamOverviewModel.h"
#include "models/workbench/WorkListModel.h"
#include "ui/calendar/CalendarView.h"
#include "ui/common/CustomerPicker.h"
#include "ui/reminders/ReminderNotifier.h"
#include "ui/reminders/RemindersDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/workbench/LogCallDialog.h"
#include "ui/workbench/PanelLayoutDialog.h"
#include "ui/workbench/TaskDialog.h"
#include "ui/workbench/TeamView.h"
#include "ui/workbench/WorkbenchPage.h"
#include "ui/workbench/WorkbenchPanel.h"

#include "GuiSteps.h"
#include "TestWorkspace.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <ctime>

using namespace guanxi;
using guanxi::test::TestWorkspace;
using guanxi::test::whenModalOpens;

namespace {

const QDate kToday(2025, 11, 19);
constexpr qint64 kHour = 3600LL * 1000;

qint64 local(const QDate &day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute)).toMSecsSinceEpoch();
}

QString customerOf(TestWorkspace &w, const Session &owner, const QString &name)
{
    CustomerDraft d;
    d.name = name;
    d.ownerId = owner.userId;
    auto c = CustomerService(*w.db, w.clock).create(owner, d);
    return c ? c->id : QString();
}

void followUp(TestWorkspace &w, const Session &who, const QString &customerId, const QDate &on)
{
    InteractionDraft d;
    d.customerId = customerId;
    d.subject = QStringLiteral("需求调研");
    d.followUpOn = on.toString(Qt::ISODate);
    QVERIFY(TimelineService(*w.db, w.clock).log(who, d));
}

QString heading(WorkbenchPanel *p)
{
    return p->findChild<QLabel *>(QStringLiteral("panelHeading"))->text();
}

// Picks `text` from the context menu of `view`'s row `row`, as a user does with the mouse.
void chooseFromContextMenu(QTreeView *view, int row, const QString &text)
{
    QTimer::singleShot(20, [text] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *a : menu->actions())
            if (a->text() == text) {
                menu->setActiveAction(a);
                QTest::keyClick(menu, Qt::Key_Return);
                return;
            }
        menu->close();
    });
    emit view->customContextMenuRequested(view->visualRect(view->model()->index(row, 0)).center());
}

} // namespace

class TestWorkbenchGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("TZ", "Asia/Shanghai");
        tzset();
    }

    // In the customer picker the arrow keys and Enter take the offer they point at, not the first.
    void thePickerTakesTheOfferChosenWithTheArrowKeys()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerService customers(*w.db, w.clock);
        QStringList ids;
        for (const char *name : {"杭州东方机电有限公司", "杭州东方化工有限公司", "杭州东方物流有限公司"}) {
            CustomerDraft d;
            d.name = QString::fromUtf8(name);
            d.ownerId = w.sales1.userId;
            ids.append(customers.create(w.sales1, d)->id);
        }
        QWidget host;
        CustomerPicker picker({w.db.get(), w.sales1, &w.clock}, &host);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        picker.setFocus();
        QTest::keyClicks(&picker, QStringLiteral("hzdf"));
        const QStringList offers = picker.offers();
        QCOMPARE(offers.size(), 3);
        auto *popup = host.window()->findChild<QAbstractItemView *>(QStringLiteral("customerPickerOffers"));
        if (!popup)
            popup = qobject_cast<QAbstractItemView *>(QApplication::activePopupWidget());
        QVERIFY(popup && popup->isVisible());
        // The keys go where a user's go: to the open list of offers.
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Down);
        const QString pointedAt = popup->currentIndex().data().toString();
        QVERIFY(!pointedAt.isEmpty());
        QVERIFY(pointedAt != offers.first()); // the second offer down, not the best one
        QTest::keyClick(popup, Qt::Key_Return);
        const QString name = pointedAt.section(QStringLiteral(" — "), 0, 0);
        QCOMPARE(picker.text(), name);
        const QStringList names = {QStringLiteral("杭州东方机电有限公司"), QStringLiteral("杭州东方化工有限公司"),
                                   QStringLiteral("杭州东方物流有限公司")};
        QCOMPARE(picker.customerId(), ids.at(int(names.indexOf(name))));
    }

    void aSalespersonStartsAndClearsTheDay()
    {
        TestWorkspace w;
        w.clock.set(local(kToday.addDays(-3), 10));
        QVERIFY(w.init());
        const QString hdjd = customerOf(w, w.sales1, QStringLiteral("华东机电"));
        const QString other = customerOf(w, w.sales1, QStringLiteral("南方电子"));
        followUp(w, w.sales1, hdjd, kToday);
        QVERIFY(TimelineService(*w.db, w.clock)
                    .addCommitment(w.sales1,
                                   {other, {}, QStringLiteral("寄送样品"), kToday.addDays(1).toString(Qt::ISODate)}));
        TaskService tasks(*w.db, w.clock);
        TaskDraft quote;
        quote.title = QStringLiteral("准备报价单");
        quote.dueOn = kToday.toString(Qt::ISODate);
        QVERIFY(tasks.create(w.sales1, quote));
        TaskDraft call;
        call.kind = TaskKind::Call;
        call.title = QStringLiteral("回电话确认交货期");
        call.customerId = other;
        call.startsAt = local(kToday, 14);
        QVERIFY(tasks.create(w.sales1, call));
        w.clock.set(local(kToday, 9, 30));

        // The day starts on the workbench.
        MainWindow window({w.db.get(), w.sales1, &w.clock});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(), window.workbenchPage());
        WorkbenchPage *page = window.workbenchPage();
        QCOMPARE(heading(page->panel("followups")), QStringLiteral("Follow-ups due (1)"));
        QCOMPARE(heading(page->panel("tasks")), QStringLiteral("To-do (2)"));
        QCOMPARE(heading(page->panel("agenda")), QStringLiteral("Agenda (1)"));
        QCOMPARE(heading(page->panel("commitments")), QStringLiteral("Commitments (1)"));
        QVERIFY(!page->teamView()); // a salesperson has no team tab

        // A call logged from the keyboard (Ctrl+L) answers the follow-up.
        whenModalOpens<LogCallDialog>([](LogCallDialog *d) {
            auto *picker = d->findChild<CustomerPicker *>(QStringLiteral("logCustomer"));
            QTest::keyClicks(picker, QStringLiteral("hdjd"));
            QTest::keyClick(picker, Qt::Key_Down);
            QTest::keyClick(picker, Qt::Key_Return);
            guanxi::test::type(d->findChild<QLineEdit *>(QStringLiteral("logSubject")),
                               QStringLiteral("电话跟进，客户确认需求"));
            d->accept();
            if (d->isVisible())
                d->reject();
        });
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(heading(page->panel("followups")), QStringLiteral("Follow-ups due (0)"));

        // The to-do is done from its context menu.
        WorkbenchPanel *todo = page->panel("tasks");
        QCOMPARE(todo->model()->itemAt(0)->title, QStringLiteral("准备报价单"));
        chooseFromContextMenu(todo->view(), 0, QStringLiteral("&Done"));
        QCOMPARE(heading(todo), QStringLiteral("To-do (1)"));

        // A new task without a title is refused beside the field; with one it is on the list.
        bool refused = false;
        whenModalOpens<TaskDialog>([&](TaskDialog *d) {
            d->accept();
            refused = d->isVisible() && d->findChild<QLabel *>(QStringLiteral("taskProblem"))->isVisible();
            guanxi::test::type(d->findChild<QLineEdit *>(QStringLiteral("taskTitle")), QStringLiteral("整理名片"));
            d->accept();
            if (d->isVisible())
                d->reject();
        });
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier);
        QVERIFY(refused);
        QCOMPARE(heading(todo), QStringLiteral("To-do (2)"));

        // Two reminders are due: the commitment (due tomorrow, one day ahead) and the new to-do
        // (today, at 09:00). The first is snoozed for an hour and comes back, announced once.
        ReminderNotifier *notifier = window.reminderNotifier();
        notifier->checkNow();
        auto *bell = window.findChild<QPushButton *>(QStringLiteral("statusReminders"));
        QCOMPARE(bell->text(), QStringLiteral("Reminders: 2"));
        QStringList listed;
        int left = -1;
        whenModalOpens<RemindersDialog>([&](RemindersDialog *d) {
            for (int r = 0; r < d->view()->model()->rowCount(); ++r)
                listed << d->view()->model()->index(r, 3).data().toString();
            d->view()->selectRow(0);
            d->snoozeSelected(w.clock.nowMs() + kHour);
            left = d->view()->model()->rowCount();
            d->reject();
        });
        QTest::mouseClick(bell, Qt::LeftButton);
        QCOMPARE(listed, (QStringList{QStringLiteral("寄送样品"), QStringLiteral("整理名片 (To-do)")}));
        QCOMPARE(left, 1);
        QCOMPARE(bell->text(), QStringLiteral("Reminders: 1"));
        QSignalSpy announced(notifier, &ReminderNotifier::announced);
        w.clock.advance(kHour + 60'000);
        notifier->checkNow();
        QCOMPARE(bell->text(), QStringLiteral("Reminders: 2"));
        QCOMPARE(announced.size(), 1);
        QCOMPARE(announced.at(0).at(0).value<QList<Reminder>>().size(), 1);
        notifier->checkNow();
        QCOMPARE(announced.size(), 1); // once, however often it is looked at

        // Panels can be hidden and reordered, and stay so.
        whenModalOpens<PanelLayoutDialog>([](PanelLayoutDialog *d) {
            auto *list = d->findChild<QListWidget *>(QStringLiteral("panelList"));
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->data(Qt::UserRole).toString() == QLatin1String("dormant"))
                    list->item(i)->setCheckState(Qt::Unchecked);
            list->setCurrentRow(list->count() - 1);
            QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("panelUp")), Qt::LeftButton);
            d->accept();
        });
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("customizePanels")), Qt::LeftButton);
        QVERIFY(!page->panel("dormant")->isVisible());
        QVERIFY(page->panel("followups")->isVisible());
        MainWindow again({w.db.get(), w.sales1, &w.clock});
        QVERIFY(!again.workbenchPage()->panel("dormant")->isVisibleTo(again.workbenchPage()));
        QCOMPARE(again.workbenchPage()->panelOrder(), page->panelOrder());
    }

    void theCalendarShowsTheAppointmentsByDayWeekAndMonth()
    {
        TestWorkspace w;
        w.clock.set(local(kToday.addDays(-1), 9));
        QVERIFY(w.init());
        const QString hdjd = customerOf(w, w.sales1, QStringLiteral("华东机电"));
        TaskService tasks(*w.db, w.clock);
        const auto plan = [&](TaskKind kind, const QString &title, qint64 at) {
            TaskDraft d;
            d.kind = kind;
            d.title = title;
            d.customerId = hdjd;
            d.startsAt = at;
            d.durationMin = 60;
            QVERIFY(tasks.create(w.sales1, d));
        };
        plan(TaskKind::Visit, QStringLiteral("上门演示"), local(kToday, 14)); // Wednesday
        plan(TaskKind::Call, QStringLiteral("确认交货期"), local(kToday.addDays(1), 10));
        plan(TaskKind::Meeting, QStringLiteral("年度合同谈判"), local(kToday.addDays(13), 15)); // in two weeks
        TaskDraft todo;
        todo.title = QStringLiteral("整理名片"); // a to-do has no time: not on the calendar
        todo.dueOn = kToday.toString(Qt::ISODate);
        QVERIFY(tasks.create(w.sales1, todo));
        w.clock.set(local(kToday, 9, 30));

        MainWindow window({w.db.get(), w.sales1, &w.clock});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WorkbenchPage *page = window.workbenchPage();
        page->showCalendar();
        CalendarView *calendar = page->calendar();
        QVERIFY(calendar->isVisible());
        // This week: Wednesday's visit and Thursday's call, by weekday.
        QCOMPARE(calendar->span(), CalendarView::Span::Week);
        CalendarGridModel *grid = calendar->grid();
        QCOMPARE(grid->rowCount(), 1);
        QCOMPARE(grid->firstDay(), QDate(2025, 11, 17));
        QCOMPARE(grid->index(0, 2).data(CalendarGridModel::CountRole).toInt(), 1);
        QVERIFY(grid->index(0, 2).data().toString().contains(QStringLiteral("14:00 上门演示 · 华东机电")));
        QCOMPARE(grid->index(0, 3).data(CalendarGridModel::CountRole).toInt(), 1);
        QVERIFY(grid->index(0, 2).data(Qt::BackgroundRole).isValid()); // today
        calendar->step(1);
        QCOMPARE(grid->firstDay(), QDate(2025, 11, 24));
        int nextWeek = 0;
        for (int c = 0; c < 7; ++c)
            nextWeek += grid->index(0, c).data(CalendarGridModel::CountRole).toInt();
        QCOMPARE(nextWeek, 0);
        // The month: all three, under their days, titled by the month.
        QTest::mouseClick(calendar->findChild<QToolButton *>(QStringLiteral("calendarToday")), Qt::LeftButton);
        QTest::mouseClick(calendar->findChild<QToolButton *>(QStringLiteral("calendarSpan2")), Qt::LeftButton);
        QCOMPARE(calendar->span(), CalendarView::Span::Month);
        QCOMPARE(calendar->title(), QStringLiteral("November 2025"));
        QCOMPARE(grid->rowCount(), 6);
        QCOMPARE(grid->indexOf(kToday.addDays(13)).data(CalendarGridModel::CountRole).toInt(), 1);
        calendar->step(1);
        QCOMPARE(calendar->title(), QStringLiteral("December 2025"));
        calendar->step(-1);
        // A day opens from the grid: its appointments with their kind and length.
        emit calendar->gridView()->activated(grid->indexOf(kToday));
        QCOMPARE(calendar->span(), CalendarView::Span::Day);
        QCOMPARE(calendar->dayList()->rowCount(), 1);
        QCOMPARE(calendar->dayList()->itemAt(0)->title, QStringLiteral("上门演示"));
        QVERIFY(calendar->dayList()->itemAt(0)->detail.contains(QStringLiteral("60 min")));
        // A new appointment on the day shown is there at once.
        whenModalOpens<TaskDialog>([](TaskDialog *d) {
            guanxi::test::type(d->findChild<QLineEdit *>(QStringLiteral("taskTitle")), QStringLiteral("技术交流会"));
            d->accept();
        });
        QTest::mouseClick(calendar->findChild<QPushButton *>(QStringLiteral("calendarNew")), Qt::LeftButton);
        QCOMPARE(calendar->dayList()->rowCount(), 2);
        QCOMPARE(calendar->dayList()->itemAt(0)->title, QStringLiteral("技术交流会")); // 10:00, before 14:00
    }

    void aManagerSeesTheTeam()
    {
        TestWorkspace w;
        w.clock.set(local(kToday.addDays(-3), 10));
        QVERIFY(w.init());
        followUp(w, w.sales1, customerOf(w, w.sales1, QStringLiteral("华东机电")), kToday.addDays(-1));
        followUp(w, w.sales2, customerOf(w, w.sales2, QStringLiteral("南方电子")), kToday.addDays(-2));
        followUp(w, w.sales2, customerOf(w, w.sales2, QStringLiteral("北方重工")), kToday.addDays(-2));
        w.clock.set(local(kToday, 9, 30));

        MainWindow window({w.db.get(), w.manager, &w.clock});
        window.show();
        auto *tabs = window.workbenchPage()->findChild<QTabWidget *>(QStringLiteral("workbenchTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->currentIndex(), 1); // a manager starts on the team
        TeamOverviewModel *team = window.workbenchPage()->teamView()->model();
        QCOMPARE(team->rowCount(), 3);
        QCOMPARE(team->index(0, TeamOverviewModel::Person).data().toString(), QStringLiteral("李四"));
        QCOMPARE(team->index(2, TeamOverviewModel::Person).data().toString(), QStringLiteral("张三"));
        const int overdue = team->tailColumn(TeamOverviewModel::OverdueFollowUps);
        QCOMPARE(team->index(2, overdue).data().toInt(), 1);
        QCOMPARE(team->index(0, overdue).data().toInt(), 2);
        QVERIFY(team->index(0, overdue).data(Qt::ForegroundRole).isValid());
        auto *chart = window.workbenchPage()->teamView()->findChild<QChartView *>(QStringLiteral("teamChart"));
        QVERIFY(chart);
        QCOMPARE(chart->chart()->series().size(), 1);
    }
};

QTEST_MAIN(TestWorkbenchGui)
#include "test_workbench_gui.moc"
