// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/CustomerService.h"
#include "models/calendar/CalendarGridModel.h"
#include "models/customers/RecycleBinModel.h"
#include "models/opportunities/ForecastModel.h"
#include "models/opportunities/FunnelStageModel.h"
#include "models/opportunities/OpportunityCardsModel.h"
#include "models/opportunities/QuotaAttainmentModel.h"
#include "models/products/ProductListModel.h"
#include "models/sales/OrderListModel.h"
#include "models/sales/QuoteListModel.h"
#include "models/users/UserListModel.h"
#include "models/workbench/ReminderListModel.h"
#include "models/workbench/TeamOverviewModel.h"
#include "models/workbench/WorkListModel.h"

#include "TestWorkspace.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

#include <memory>

using namespace guanxi;
using namespace guanxi::test;

namespace {

// A few rows held in memory and paged as a database list would be: enough for the formatting the
// windowed models do (test_windowed_list_models reads real lists).
template <typename Row> class ListQuery : public PagedQuery<Row> {
public:
    explicit ListQuery(QList<Row> rows)
        : m_rows(std::move(rows))
    {
    }
    Result<qint64> count() override { return m_rows.size(); }
    Result<QList<Row>> fetch(const std::optional<PageCursor> &cursor, bool inclusive, int limit) override
    {
        const qsizetype from = cursor ? indexOf(cursor->id) + (inclusive ? 0 : 1) : 0;
        return m_rows.mid(from, limit);
    }
    Result<std::optional<PageCursor>> rowAt(const std::optional<PageCursor> &from, qint64 offset,
                                            bool backwards) override
    {
        const qint64 start = from ? indexOf(from->id) : (backwards ? m_rows.size() - 1 : 0);
        const qint64 at = backwards ? start - offset : start + offset;
        if (at < 0 || at >= m_rows.size())
            return std::optional<PageCursor>();
        return std::optional<PageCursor>(cursorOf(m_rows.at(at)));
    }
    Result<qint64> positionOf(const QString &id) override { return indexOf(id); }
    PageCursor cursorOf(const Row &row) const override { return {QVariant(), row.id}; }

private:
    qint64 indexOf(const QString &id) const
    {
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            if (m_rows.at(i).id == id)
                return i;
        return -1;
    }
    QList<Row> m_rows;
};

} // namespace

class TestSmallModels : public QObject {
    Q_OBJECT
private slots:
    void recycleBin()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerService s(*w.db, w.clock);
        CustomerDraft d;
        d.name = QStringLiteral("回收站里的客户");
        auto c = s.create(w.sales1, d);
        QVERIFY(c);
        RecycleBinModel model(*w.db, w.clock, w.sales1);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(s.remove(w.sales1, c->id, c->rowVersion));
        model.reload();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, RecycleBinModel::Name).data().toString(), QStringLiteral("回收站里的客户"));
        QCOMPARE(model.customerAt(0)->id, c->id);
    }
    void users()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        UserListModel model(*w.db, w.clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 5);
        model.reload();
        QCOMPARE(model.rowCount(), 5);
    }
    void products()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        ProductService s(*w.db, w.clock);
        for (int i = 0; i < 3; ++i) {
            ProductDraft d;
            d.code = QStringLiteral("M-%1").arg(i);
            d.name = QStringLiteral("显示器 %1").arg(i);
            d.listPriceMinor = 129900 + i;
            d.costMinor = 100000;
            QVERIFY(s.create(w.manager, d));
        }
        ProductListModel asManager(*w.db, w.clock, w.manager);
        QAbstractItemModelTester tester(&asManager, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(asManager.reload({}));
        QCOMPARE(asManager.rowCount(), 3);
        QCOMPARE(asManager.index(0, 5).data().toString(), QStringLiteral("¥1,299.00"));
        int marginColumn = -1;
        for (int c = 0; c < asManager.columnCount(); ++c)
            if (asManager.columnKind(c) == ProductListModel::Margin)
                marginColumn = c;
        QVERIFY(marginColumn >= 0);
        QVERIFY(asManager.index(0, marginColumn).data().toString().startsWith(QStringLiteral("23"))); // 23.0 %
        QVERIFY(asManager.reload({QStringLiteral("m-1"), {}, false}));
        QCOMPARE(asManager.rowCount(), 1);

        ProductListModel asSales(*w.db, w.clock, w.sales1);
        QAbstractItemModelTester salesTester(&asSales, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(asSales.reload({}));
        QCOMPARE(asSales.columnCount(), asManager.columnCount() - 2); // no cost, no margin
        for (int c = 0; c < asSales.columnCount(); ++c)
            QVERIFY(asSales.columnKind(c) != ProductListModel::Cost
                    && asSales.columnKind(c) != ProductListModel::Margin);
    }
    void salesFunnelModels()
    {
        Opportunity a;
        a.id = QStringLiteral("a");
        a.name = QStringLiteral("机房改造");
        a.customerName = QStringLiteral("华东机电");
        a.amountMinor = 12'000'000;
        a.rowVersion = 3;
        Opportunity b = a;
        b.id = QStringLiteral("b");
        OpportunityCardsModel initial(QStringLiteral("initial"));
        OpportunityCardsModel needs(QStringLiteral("needs"));
        QAbstractItemModelTester t1(&initial, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&needs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        initial.setCards({a, b});
        QCOMPARE(initial.rowCount(), 2);
        QCOMPARE(initial.index(0).data(OpportunityCardsModel::AmountTextRole).toString(),
                 QStringLiteral("¥120,000.00"));
        // A card dragged to another column asks for the move with its version; its own column refuses it.
        std::unique_ptr<QMimeData> drag(initial.mimeData({initial.index(1)}));
        QVERIFY(!initial.canDropMimeData(drag.get(), Qt::MoveAction, -1, -1, {}));
        QVERIFY(needs.canDropMimeData(drag.get(), Qt::MoveAction, -1, -1, {}));
        QSignalSpy asked(&needs, &OpportunityCardsModel::moveRequested);
        needs.dropMimeData(drag.get(), Qt::MoveAction, -1, -1, {});
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().at(0).toString(), QStringLiteral("b"));
        QCOMPARE(asked.first().at(1).toLongLong(), 3);
        QCOMPARE(asked.first().at(2).toString(), QStringLiteral("needs"));
        QCOMPARE(initial.rowCount(), 2); // nothing changes until the service has moved it

        FunnelReport r;
        r.currency = QStringLiteral("CNY");
        PipelineStage open;
        open.id = QStringLiteral("initial");
        PipelineStage won;
        won.id = QStringLiteral("won");
        won.outcome = StageOutcome::Won;
        r.stages = {{open, 4, 100'000, 10'000, 5}, {won, 1, 50'000, 50'000, 1}};
        r.conversions = {{QStringLiteral("initial"), QStringLiteral("won"), 5, 1}};
        r.forecast = {{QStringLiteral("2025-12"), 10'000, 100'000, 0}, {QStringLiteral("2026-01"), 0, 0, 50'000}};
        FunnelStageModel stages;
        QAbstractItemModelTester t3(&stages, QAbstractItemModelTester::FailureReportingMode::QtTest);
        stages.setReport(r);
        QCOMPARE(stages.rowCount(), 2);
        QCOMPARE(stages.index(0, FunnelStageModel::Amount).data().toString(), QStringLiteral("1,000.00"));
        QCOMPARE(stages.index(0, FunnelStageModel::Amount).data(Qt::EditRole).toDouble(), 1000.0);
        QCOMPARE(stages.index(0, FunnelStageModel::ConversionToNext).data(Qt::EditRole).toDouble(), 20.0);
        QVERIFY(stages.index(1, FunnelStageModel::Weighted).data().toString().isEmpty()); // won: nothing to weigh
        ForecastModel forecast;
        QAbstractItemModelTester t4(&forecast, QAbstractItemModelTester::FailureReportingMode::QtTest);
        forecast.setReport(r);
        QCOMPARE(forecast.rowCount(), 2);
        QCOMPARE(forecast.index(1, ForecastModel::Won).data().toString(), QStringLiteral("500.00"));
        QuotaAttainmentModel quotas;
        QAbstractItemModelTester t5(&quotas, QAbstractItemModelTester::FailureReportingMode::QtTest);
        quotas.setRows({{QStringLiteral("u1"), QStringLiteral("张三"), 500'000, 200'000},
                        {QStringLiteral("u2"), QStringLiteral("李四"), 0, 10'000}},
                       QStringLiteral("CNY"));
        QCOMPARE(quotas.index(0, QuotaAttainmentModel::Attainment).data(Qt::EditRole).toDouble(), 40.0);
        QVERIFY(quotas.index(1, QuotaAttainmentModel::Attainment).data().toString().isEmpty());
    }
    void quotesAndOrders()
    {
        Quote q;
        q.id = QStringLiteral("q1");
        q.number = QStringLiteral("QT20251122-001");
        q.version = 2;
        q.customerName = QStringLiteral("华东机电");
        q.totals.total = 9'700'570;
        q.approval = QuoteApproval::Needed;
        QuoteListModel quotes;
        QAbstractItemModelTester t1(&quotes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        quotes.setQuery(std::make_unique<ListQuery<Quote>>(QList<Quote>{q}));
        QCOMPARE(quotes.index(0, QuoteListModel::Number).data().toString(), QStringLiteral("QT20251122-001 v2"));
        QCOMPARE(quotes.index(0, QuoteListModel::Total).data().toString(), QStringLiteral("¥97,005.70"));
        QVERIFY(quotes.index(0, QuoteListModel::Approval).data(Qt::ForegroundRole).isValid());
        QCOMPARE(quotes.rowOf(QStringLiteral("q1")), 0);
        Order o;
        o.id = QStringLiteral("o1");
        o.number = QStringLiteral("SO20251122-00001");
        o.totals.total = 100;
        o.status = OrderStatus::PartlyDelivered;
        OrderListModel orders;
        QAbstractItemModelTester t2(&orders, QAbstractItemModelTester::FailureReportingMode::QtTest);
        orders.setQuery(std::make_unique<ListQuery<Order>>(QList<Order>{o}));
        QCOMPARE(orders.index(0, OrderListModel::Status).data().toString(),
                 orderStatusDisplayName(OrderStatus::PartlyDelivered));
        QCOMPARE(orders.index(0, OrderListModel::Total).data().toString(), QStringLiteral("¥1.00"));
    }
    void workbenchModels()
    {
        WorkItem late;
        late.kind = WorkItemKind::Receivable;
        late.id = QStringLiteral("r1");
        late.customerId = QStringLiteral("c1");
        late.customerName = QStringLiteral("华东机电");
        late.title = QStringLiteral("SO20251122-00001");
        late.day = QDate(2025, 11, 17);
        late.days = -2;
        late.overdue = true;
        late.amountMinor = 60'000;
        late.currency = QStringLiteral("CNY");
        WorkItem tomorrow = late;
        tomorrow.days = 1;
        tomorrow.overdue = false;
        tomorrow.amountMinor = 0;
        WorkListModel list;
        QAbstractItemModelTester t1(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        list.setList({{late, tomorrow}, 5});
        QCOMPARE(list.rowCount(), 2);
        QCOMPARE(list.list().total, 5);
        QCOMPARE(list.index(0, WorkListModel::When).data().toString(), QStringLiteral("2 day(s) overdue"));
        QVERIFY(list.index(0, WorkListModel::When).data(Qt::ForegroundRole).isValid());
        QCOMPARE(list.index(1, WorkListModel::When).data().toString(), QStringLiteral("tomorrow"));
        QCOMPARE(list.index(0, WorkListModel::Amount).data().toString(), QStringLiteral("¥600.00"));
        QCOMPARE(list.index(1, WorkListModel::Amount).data().toString(), QString());
        QCOMPARE(list.index(0, 0).data(WorkListModel::CustomerIdRole).toString(), QStringLiteral("c1"));
        list.setList({});
        QCOMPARE(list.rowCount(), 0);

        TeamOverview team;
        PipelineStage initial;
        initial.id = QStringLiteral("initial");
        initial.probabilityPct = 10;
        team.stages = {initial};
        TeamMemberFigures zhang;
        zhang.userId = QStringLiteral("u1");
        zhang.name = QStringLiteral("张三");
        zhang.pipelineByStage = {120'000};
        zhang.quotaMinor = 400'000;
        zhang.wonMinor = 100'000;
        zhang.overdueFollowUps = 2;
        team.members = {zhang};
        TeamOverviewModel overview;
        QAbstractItemModelTester t2(&overview, QAbstractItemModelTester::FailureReportingMode::QtTest);
        overview.setOverview(team);
        QCOMPARE(overview.columnCount(), 4 + 1 + TeamOverviewModel::TailCount);
        QCOMPARE(overview.index(0, 4).data().toString(), QStringLiteral("¥1,200.00"));
        QCOMPARE(overview.index(0, overview.tailColumn(TeamOverviewModel::Attainment)).data().toString(),
                 QStringLiteral("25.0 %"));
        QVERIFY(overview.index(0, overview.tailColumn(TeamOverviewModel::OverdueFollowUps))
                    .data(Qt::ForegroundRole)
                    .isValid());
        QCOMPARE(overview.headerData(4, Qt::Horizontal).toString(), initial.displayName());

        Reminder r;
        r.key = QStringLiteral("follow_up:i1");
        r.rule = ReminderRule::FollowUp;
        r.customerName = QStringLiteral("华东机电");
        r.title = QStringLiteral("报价沟通");
        r.detail = QStringLiteral("王芳");
        r.fireAt = 1'763'800'000'000;
        ReminderListModel reminders;
        QAbstractItemModelTester t3(&reminders, QAbstractItemModelTester::FailureReportingMode::QtTest);
        reminders.setReminders({r});
        QCOMPARE(reminders.index(0, ReminderListModel::What).data().toString(), QStringLiteral("报价沟通 (王芳)"));
        QCOMPARE(reminders.index(0, 0).data(ReminderListModel::KeyRole).toString(), r.key);
    }

    void calendarGrid()
    {
        const QDate wednesday(2026, 12, 2);
        const auto at = [](const QDate &d, int hour) { return QDateTime(d, QTime(hour, 0)).toMSecsSinceEpoch(); };
        Task visit;
        visit.fields.kind = TaskKind::Visit;
        visit.fields.title = QStringLiteral("拜访");
        visit.customerName = QStringLiteral("华东机电");
        visit.fields.startsAt = at(wednesday, 14);
        Task early = visit;
        early.fields.title = QStringLiteral("电话");
        early.customerName.clear();
        early.fields.startsAt = at(wednesday, 9);
        Task nextMonth = visit;
        nextMonth.fields.startsAt = at(QDate(2027, 1, 4), 10);
        Task outside = visit;
        outside.fields.startsAt = at(QDate(2027, 3, 1), 10);

        CalendarGridModel month;
        QAbstractItemModelTester tester(&month, QAbstractItemModelTester::FailureReportingMode::QtTest);
        month.setRange(QDate(2026, 12, 1), 6, wednesday, wednesday);
        month.setTasks({visit, early, nextMonth, outside});
        QCOMPARE(month.rowCount(), 6);
        QCOMPARE(month.columnCount(), 7);
        QCOMPARE(month.firstDay(), QDate(2026, 11, 30)); // the Monday before the 1st
        QCOMPARE(month.lastDay(), QDate(2027, 1, 10));
        const QModelIndex cell = month.indexOf(wednesday);
        QCOMPARE(cell, month.index(0, 2));
        QCOMPARE(month.dateAt(cell), wednesday);
        // By time, with the customer; today marked; other months greyed.
        QCOMPARE(
            month.data(cell).toString().split(QLatin1Char('\n')),
            (QStringList{QStringLiteral("2"), QStringLiteral("09:00 电话"), QStringLiteral("14:00 拜访 · 华东机电")}));
        QVERIFY(month.data(cell, Qt::BackgroundRole).isValid());
        QVERIFY(month.index(0, 0).data(Qt::ForegroundRole).isValid());
        QVERIFY(!cell.data(Qt::ForegroundRole).isValid());
        QCOMPARE(month.index(5, 0).data(CalendarGridModel::CountRole).toInt(), 1); // 4 January
        QVERIFY(!month.indexOf(QDate(2027, 3, 1)).isValid());                      // outside: left out
        QCOMPARE(month.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Mon"));
        // More than fit in a cell: the rest is counted.
        QList<Task> busy;
        for (int h = 8; h < 15; ++h) {
            Task t = visit;
            t.fields.startsAt = at(wednesday, h);
            busy.append(t);
        }
        month.setTasks(busy);
        QVERIFY(month.data(cell).toString().endsWith(QStringLiteral("+3 more")));
        QCOMPARE(month.data(cell, Qt::ToolTipRole).toString().count(QLatin1Char('\n')), 7);

        CalendarGridModel week;
        QAbstractItemModelTester weekTester(&week, QAbstractItemModelTester::FailureReportingMode::QtTest);
        week.setRange(wednesday, 1, {}, wednesday);
        QCOMPARE(week.rowCount(), 1);
        QCOMPARE(week.firstDay(), QDate(2026, 11, 30));
        QVERIFY(week.headerData(2, Qt::Horizontal).toString().contains(QStringLiteral("Dec 2")));
        QCOMPARE(week.index(0, 1).data().toString(), QStringLiteral("Dec 1")); // the 1st names its month
    }
};

QTEST_GUILESS_MAIN(TestSmallModels)
#include "test_small_models.moc"
