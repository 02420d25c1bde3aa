// SPDX-License-Identifier: GPL-3.0-or-later
// The personal workbench (个人工作台), the manager's team view, tasks, care days and reminders:
// every panel's query against a small fixed data set with a fixed clock (Wednesday 2025-11-19,
// 08:00 in Shanghai), and reminders as time moves, jumps back and forth, or the program was closed.
#include "core/analytics/ChurnRisk.h"
#include "core/care/CareEventService.h"
#include "core/contacts/ContactService.h"
#include "core/customers/CustomerService.h"
#include "core/leads/LeadService.h"
#include "core/opportunities/OpportunityService.h"
#include "core/pool/PublicPool.h"
#include "core/quotas/QuotaService.h"
#include "core/reminders/ReminderService.h"
#include "core/reminders/ReminderTracker.h"
#include "core/tasks/TaskService.h"
#include "core/timeline/TimelineService.h"
#include "core/util/LocalDays.h"
#include "core/util/Uuid7.h"
#include "core/workbench/TeamWorkbench.h"
#include "core/workbench/WorkbenchRules.h"
#include "core/workbench/WorkbenchService.h"

#include "TestWorkspace.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace guanxi;
using guanxi::test::TestWorkspace;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;
constexpr qint64 kHour = 3600LL * 1000;
const QDate kToday(2025, 11, 19); // a Wednesday

qint64 local(const QDate &day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute)).toMSecsSinceEpoch();
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// A workspace whose clock stands at `day` 08:00 local time.
struct Bench : TestWorkspace {
    bool start(const QDate &day = kToday.addDays(-400))
    {
        clock.set(local(day, 8));
        return init();
    }
    void at(const QDate &day, int hour = 8, int minute = 0) { clock.set(local(day, hour, minute)); }

    QString customer(const Session &owner, const QString &name, Tier tier = Tier::Normal)
    {
        CustomerDraft d;
        d.name = name;
        d.tier = tier;
        d.ownerId = owner.userId;
        auto c = CustomerService(*db, clock).create(owner, d);
        if (!c)
            qWarning() << c.error().message;
        return c ? c->id : QString();
    }
    QString contact(const Session &owner, const QString &customerId, const QString &name, const QString &birthday)
    {
        ContactDraft d;
        d.customerId = customerId;
        d.name = name;
        d.profile.birthday = birthday;
        auto c = ContactService(*db, clock).create(owner, d);
        if (!c)
            qWarning() << c.error().message;
        return c ? c->id : QString();
    }
    // A touch point now, with the next follow-up on `followUp` (or none).
    QString log(const Session &who, const QString &customerId, const QString &subject, const QDate &followUp = {},
                const QString &leadId = {})
    {
        InteractionDraft d;
        d.customerId = customerId;
        d.leadId = leadId;
        d.subject = subject;
        if (followUp.isValid())
            d.followUpOn = iso(followUp);
        auto r = TimelineService(*db, clock).log(who, d);
        if (!r)
            qWarning() << r.error().message;
        return r ? r->id : QString();
    }
    // A closed order of that day, as an earlier system left it.
    void order(const Session &owner, const QString &customerId, const QDate &day, qint64 amount)
    {
        const qint64 now = clock.nowMs();
        const QString id = newUuid7(now);
        QSqlQuery q(db->sql());
        q.prepare(
            "INSERT INTO orders (id, order_no, customer_id, owner_id, ordered_on, total_minor, status, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, 'closed', ?, ?)");
        for (const QVariant &v :
             QVariantList{id, QString("H-" + id.right(10)), customerId, owner.userId, iso(day), amount, now, now})
            q.addBindValue(v);
        if (!q.exec())
            qWarning() << q.lastError().text();
    }
    // An order (as from an earlier system) with a receivable and optionally a payment.
    QString receivable(const Session &owner, const QString &customerId, const QDate &due, qint64 amount,
                       qint64 paid = 0, const QDate &orderedOn = {})
    {
        const qint64 now = clock.nowMs();
        const QString order = newUuid7(now), rec = newUuid7(now);
        QSqlQuery q(db->sql());
        q.prepare(
            "INSERT INTO orders (id, order_no, customer_id, owner_id, ordered_on, total_minor, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        for (const QVariant &v :
             QVariantList{order, QString("SO-" + order.right(8)), customerId, owner.userId,
                          iso(orderedOn.isValid() ? orderedOn : due.addDays(-30)), amount, now, now})
            q.addBindValue(v);
        if (!q.exec())
            qWarning() << q.lastError().text();
        q.prepare("INSERT INTO receivables (id, order_id, customer_id, description, due_on, amount_minor, created_at, "
                  "updated_at) VALUES (?, ?, ?, '尾款', ?, ?, ?, ?)");
        for (const QVariant &v : QVariantList{rec, order, customerId, iso(due), amount, now, now})
            q.addBindValue(v);
        if (!q.exec())
            qWarning() << q.lastError().text();
        if (paid > 0) {
            q.prepare(
                "INSERT INTO payments (id, receivable_id, order_id, paid_on, amount_minor, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)");
            for (const QVariant &v : QVariantList{newUuid7(now), rec, order, iso(due), paid, now, now})
                q.addBindValue(v);
            if (!q.exec())
                qWarning() << q.lastError().text();
        }
        return rec;
    }
};

QStringList names(const WorkList &l)
{
    QStringList out;
    for (const WorkItem &i : l.items)
        out << i.customerName;
    return out;
}

QStringList keysOf(const QList<Reminder> &rs)
{
    QStringList out;
    for (const Reminder &r : rs)
        out << r.key;
    return out;
}

const Reminder *findRule(const QList<Reminder> &rs, ReminderRule rule, const QString &customerName = {})
{
    for (const Reminder &r : rs)
        if (r.rule == rule && (customerName.isEmpty() || r.customerName == customerName))
            return &r;
    return nullptr;
}

} // namespace

class TestWorkbench : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Days are local days; the fixed data set is laid out in China's time zone.
        qputenv("TZ", "Asia/Shanghai");
        tzset();
    }

    void followUpsDueTodayTomorrowAndOverdueOldestFirst()
    {
        Bench w;
        QVERIFY(w.start(kToday.addDays(-10)));
        const QString a = w.customer(w.sales1, "甲公司"), b = w.customer(w.sales1, "乙公司"),
                      c = w.customer(w.sales1, "丙公司"), d = w.customer(w.sales1, "丁公司"),
                      other = w.customer(w.sales2, "戊公司");
        LeadDraft ld;
        ld.company = "己公司";
        ld.personName = "钱七";
        ld.ownerId = w.sales1.userId;
        auto lead = LeadService(*w.db, w.clock).create(w.sales1, ld);
        QVERIFY2(lead, lead ? "" : qPrintable(lead.error().message));
        w.log(w.sales1, a, "报价沟通", kToday.addDays(-2)); // overdue by two days
        w.log(w.sales1, b, "需求调研", kToday);             // today
        w.log(w.sales1, c, "产品演示", kToday.addDays(1));  // tomorrow
        w.log(w.sales1, d, "年度计划", kToday.addDays(2));  // the day after: not yet
        w.log(w.sales2, other, "电话回访", kToday);         // somebody else's
        w.log(w.sales1, {}, "初次电话", kToday.addDays(1), lead->id);
        w.at(kToday);

        WorkbenchService s(*w.db, w.clock);
        auto l = s.followUps(w.sales1);
        QVERIFY2(l, l ? "" : qPrintable(l.error().message));
        QCOMPARE(names(*l), (QStringList{"甲公司", "乙公司", "丙公司", "己公司"}));
        QCOMPARE(l->total, 4);
        QVERIFY(l->items[0].overdue);
        QCOMPARE(l->items[0].days, -2);
        QVERIFY(!l->items[1].overdue);
        QCOMPARE(l->items[3].leadId, lead->id);
        QCOMPARE(l->items[0].title, QStringLiteral("报价沟通"));

        auto firstTwo = s.followUps(w.sales1, 2);
        QCOMPARE(firstTwo->items.size(), 2);
        QCOMPARE(firstTwo->total, 4);

        // Logging the call clears the customer's follow-up from the workbench.
        w.log(w.sales1, a, "电话跟进");
        QCOMPARE(names(*s.followUps(w.sales1)), (QStringList{"乙公司", "丙公司", "己公司"}));
        QCOMPARE(names(*s.followUps(w.sales2)), (QStringList{"戊公司"}));
    }

    void dormantCustomersByTierContactAndOrder()
    {
        Bench w;
        QVERIFY(w.start(kToday.addDays(-200)));
        const QString silent = w.customer(w.sales1, "久未联系"); // 200 days, no contact
        const QString talked = w.customer(w.sales1, "常联系");
        const QString vip = w.customer(w.sales1, "贵宾客户", Tier::Vip);
        const QString noOrders = w.customer(w.sales1, "不下单");
        w.receivable(w.sales1, noOrders, kToday.addDays(-370), 100'00, 100'00, kToday.addDays(-400));
        w.customer(w.sales2, "别人的客户");
        w.at(kToday.addDays(-40));
        w.log(w.sales1, vip, "拜访"); // 40 days: more than a VIP's 30
        w.at(kToday.addDays(-10));
        w.log(w.sales1, talked, "电话");
        w.log(w.sales1, noOrders, "电话"); // in touch, but the last order is 400 days old
        w.at(kToday);
        w.customer(w.sales1, "新客户"); // new today: not dormant

        WorkbenchService s(*w.db, w.clock);
        auto l = s.dormantCustomers(w.sales1);
        QVERIFY2(l, l ? "" : qPrintable(l.error().message));
        QCOMPARE(names(*l), (QStringList{"久未联系", "贵宾客户", "不下单"}));
        QCOMPARE(l->items[0].days, 200);
        QCOMPARE(l->items[0].customerId, silent);
        QVERIFY(l->items[0].title.contains("200"));
        QCOMPARE(l->items[1].days, 40);
        QVERIFY(l->items[2].title.contains("400"));
        QVERIFY(l->items[2].detail.contains(iso(kToday.addDays(-400))));

        // Managers set the days; with 250 days for normal customers only the VIP and the order remain.
        WorkbenchRules rules(*w.db);
        DormancyRules r;
        r.contactDays = {250, 60, 30};
        QCOMPARE(rules.setDormancy(w.sales1, r).error().code, ErrorCode::PermissionDenied);
        r.contactDays[0] = 0;
        QCOMPARE(rules.setDormancy(w.manager, r).error().code, ErrorCode::Invalid);
        r.contactDays[0] = 250;
        QVERIFY(rules.setDormancy(w.manager, r));
        QCOMPARE(names(*s.dormantCustomers(w.sales1)), (QStringList{"贵宾客户", "不下单"}));
        Q_UNUSED(talked);
    }

    void receivablesDueThisWeekAndOverdueWithWhatIsOpen()
    {
        Bench w;
        QVERIFY(w.start(kToday.addDays(-60)));
        const QString a = w.customer(w.sales1, "甲公司"), b = w.customer(w.sales1, "乙公司"),
                      c = w.customer(w.sales1, "丙公司"), d = w.customer(w.sales1, "丁公司"),
                      e = w.customer(w.sales2, "戊公司");
        w.receivable(w.sales1, a, kToday.addDays(-3), 1000'00, 400'00); // overdue, 600 open
        w.receivable(w.sales1, b, kToday.addDays(4), 2000'00);          // Sunday 23rd: this week
        w.receivable(w.sales1, c, kToday.addDays(5), 3000'00);          // next Monday: not yet
        w.receivable(w.sales1, d, kToday.addDays(-10), 500'00, 500'00); // paid
        w.receivable(w.sales2, e, kToday, 700'00);                      // somebody else's
        w.at(kToday);
        auto l = WorkbenchService(*w.db, w.clock).receivablesDue(w.sales1);
        QVERIFY2(l, l ? "" : qPrintable(l.error().message));
        QCOMPARE(names(*l), (QStringList{"甲公司", "乙公司"}));
        QCOMPARE(l->items[0].amountMinor, 600'00);
        QVERIFY(l->items[0].overdue);
        QCOMPARE(l->items[1].amountMinor, 2000'00);
        QVERIFY(!l->items[1].overdue);
        QCOMPARE(l->items[1].day, QDate(2025, 11, 23));
    }

    void birthdaysAndCareDaysOfTheComingWeek()
    {
        Bench w;
        QVERIFY(w.start(QDate(2022, 1, 10)));
        const QString a = w.customer(w.sales1, "甲公司"), b = w.customer(w.sales2, "乙公司");
        w.contact(w.sales1, a, "张伟", "1980-11-21"); // in two days, turns 45
        w.contact(w.sales1, a, "王芳", "--11-19");    // today, year unknown
        w.contact(w.sales1, a, "李娜", "1990-11-26"); // in seven days: next week
        w.contact(w.sales2, b, "刘洋", "1985-11-20"); // somebody else's customer
        CareEventService care(*w.db, w.clock);
        CareEventDraft founding{a, {}, CareKind::Anniversary, "公司成立纪念日", "2022-11-22", true};
        QVERIFY(care.add(w.sales1, founding));
        CareEventDraft once{a, {}, CareKind::Other, "新厂房落成", "2025-11-20", false};
        QVERIFY(care.add(w.sales1, once));
        CareEventDraft bad{a, {}, CareKind::Other, "  ", "2025-11-20", false};
        QCOMPARE(care.add(w.sales1, bad).error().code, ErrorCode::Invalid);
        bad.title = "x";
        bad.onDay = "2025-13-01";
        QCOMPARE(care.add(w.sales1, bad).error().code, ErrorCode::Invalid);
        QCOMPARE(care.add(w.sales2, founding).error().code, ErrorCode::PermissionDenied);
        // The card's list reads back what was saved, in the order of the day of the year.
        auto onCard = care.forCustomer(w.sales1, a);
        QVERIFY2(onCard, onCard ? "" : qPrintable(onCard.error().message));
        QCOMPARE(onCard->size(), 2);
        QCOMPARE(onCard->at(0).fields.title, QStringLiteral("新厂房落成"));
        QCOMPARE(onCard->at(0).fields.kind, CareKind::Other);
        QVERIFY(!onCard->at(0).fields.yearly);
        QCOMPARE(onCard->at(1).fields.onDay, QStringLiteral("2022-11-22"));
        QCOMPARE(onCard->at(1).fields.kind, CareKind::Anniversary);
        QVERIFY(onCard->at(1).fields.contactId.isEmpty() && onCard->at(1).contactName.isEmpty());
        QCOMPARE(onCard->at(1).rowVersion, 1);
        QVERIFY(onCard->at(1).createdAt > 0);
        w.at(kToday);

        auto l = WorkbenchService(*w.db, w.clock).careDays(w.sales1);
        QVERIFY2(l, l ? "" : qPrintable(l.error().message));
        QStringList titles;
        for (const WorkItem &i : l->items)
            titles << QStringLiteral("%1 %2 %3").arg(iso(i.day), i.title, i.detail).trimmed();
        QCOMPARE(titles,
                 (QStringList{"2025-11-19 Birthday: 王芳", "2025-11-20 新厂房落成",
                              "2025-11-21 Birthday: 张伟 turns 45", "2025-11-22 公司成立纪念日 3 year(s)"}));
        QCOMPARE(l->items[0].kind, WorkItemKind::Birthday);
        QCOMPARE(l->items[1].kind, WorkItemKind::CareDay);
        QCOMPARE(l->items[2].days, 2);
    }

    void leapDayBirthdaysComeOnTheTwentyEighth()
    {
        Bench w;
        QVERIFY(w.start(QDate(2025, 2, 20)));
        const QString a = w.customer(w.sales1, "甲公司");
        w.contact(w.sales1, a, "闰年生", "1996-02-29");
        w.at(QDate(2025, 2, 25));
        auto l = WorkbenchService(*w.db, w.clock).careDays(w.sales1);
        QCOMPARE(l->items.size(), 1);
        QCOMPARE(l->items[0].day, QDate(2025, 2, 28));
    }

    void commitmentsAndDealsClosingThisMonth()
    {
        Bench w;
        QVERIFY(w.start(kToday.addDays(-20)));
        const QString a = w.customer(w.sales1, "甲公司");
        TimelineService t(*w.db, w.clock);
        for (int d : {-1, 7, 8})
            QVERIFY(t.addCommitment(w.sales1, {a, {}, QStringLiteral("承诺 %1").arg(d), iso(kToday.addDays(d))}));
        auto kept = t.addCommitment(w.sales1, {a, {}, "已兑现", iso(kToday)});
        QVERIFY(t.setCommitmentState(w.sales1, kept->id, CommitmentState::Kept, kept->rowVersion));

        OpportunityService o(*w.db, w.clock);
        const auto deal = [&](const QString &name, const QDate &close) {
            OpportunityDraft d;
            d.customerId = a;
            d.name = name;
            d.amountMinor = 50'000'00;
            d.expectedCloseOn = iso(close);
            auto r = o.create(w.sales1, d);
            return r ? *r : Opportunity{};
        };
        deal("逾期未结", kToday.addDays(-3));
        deal("月底结", QDate(2025, 11, 30));
        deal("下月结", QDate(2025, 12, 1));
        const Opportunity won = deal("已赢单", QDate(2025, 11, 25));
        QVERIFY(o.moveToStage(w.sales1, won.id, "won", won.rowVersion));
        w.at(kToday);

        WorkbenchService s(*w.db, w.clock);
        auto c = s.commitmentsDue(w.sales1);
        QStringList titles;
        for (const WorkItem &i : c->items)
            titles << i.title;
        QCOMPARE(titles, (QStringList{"承诺 -1", "承诺 7"}));
        QVERIFY(c->items[0].overdue);

        auto deals = s.closingThisMonth(w.sales1);
        titles.clear();
        for (const WorkItem &i : deals->items)
            titles << i.title;
        QCOMPARE(titles, (QStringList{"逾期未结", "月底结"}));
        QVERIFY(deals->items[0].overdue);
        QCOMPARE(deals->items[1].amountMinor, 50'000'00);
        QVERIFY(deals->items[1].detail.contains("10 %"));
    }

    void churnRiskFromTheUsualIntervalBetweenOrders()
    {
        Bench w;
        QVERIFY(w.start(kToday.addDays(-200)));
        const QString slipping = w.customer(w.sales1, "久不下单"), steady = w.customer(w.sales1, "稳定客户"),
                      once = w.customer(w.sales1, "只买一次"), other = w.customer(w.sales2, "别人的");
        for (int d : {-150, -120, -90}) // every 30 days, then silent for 90: more than twice the interval
            w.order(w.sales1, slipping, kToday.addDays(d), 100'00);
        for (int d : {-60, -40, -20, -5})
            w.order(w.sales1, steady, kToday.addDays(d), 100'00);
        w.order(w.sales1, once, kToday.addDays(-150), 100'00);
        for (int d : {-150, -120, -90})
            w.order(w.sales2, other, kToday.addDays(d), 100'00);
        w.at(kToday);
        auto l = WorkbenchService(*w.db, w.clock).atRisk(w.sales1);
        QVERIFY2(l, l ? "" : qPrintable(l.error().message));
        QCOMPARE(names(*l), QStringList{"久不下单"});
        QCOMPARE(l->items[0].days, 90);
        QVERIFY(l->items[0].title.contains("90"));
        QVERIFY(l->items[0].title.contains("30"));
        // The manager's report over everyone they may see has the colleague's customer too.
        auto all = ChurnRisk::list(*w.db, w.clock, w.manager, false);
        QCOMPARE(all->size(), size_t(2));
    }

    void tasksTheirRulesAndTheAgenda()
    {
        Bench w;
        QVERIFY(w.start(kToday));
        const QString a = w.customer(w.sales1, "甲公司");
        TaskService t(*w.db, w.clock);
        TaskDraft d;
        d.title = "  ";
        QCOMPARE(t.create(w.sales1, d).error().field, QStringLiteral("title"));
        d.title = "准备报价单";
        d.dueOn = iso(kToday.addDays(-1));
        auto past = t.create(w.sales1, d);
        QCOMPARE(past.error().field, QStringLiteral("dueOn"));
        d.dueOn = "2025-02-30";
        QCOMPARE(t.create(w.sales1, d).error().code, ErrorCode::Invalid);
        d.dueOn = iso(kToday);
        d.customerId = a;
        auto todo = t.create(w.sales1, d);
        QVERIFY2(todo, todo ? "" : qPrintable(todo.error().message));
        QCOMPARE(todo->customerName, QStringLiteral("甲公司"));

        TaskDraft visit;
        visit.kind = TaskKind::Visit;
        visit.title = "拜访甲公司";
        QCOMPARE(t.create(w.sales1, visit).error().field, QStringLiteral("dueOn")); // a visit needs a day
        visit.startsAt = local(kToday.addDays(1), 10);
        visit.durationMin = 90;
        auto v = t.create(w.sales1, visit);
        QVERIFY2(v, v ? "" : qPrintable(v.error().message));
        QCOMPARE(v->fields.dueOn, iso(kToday.addDays(1)));

        TaskDraft undated;
        undated.title = "整理名片";
        QVERIFY(t.create(w.sales1, undated));
        TaskDraft forSomeoneElse;
        forSomeoneElse.title = "给李四的任务";
        forSomeoneElse.ownerId = w.sales2.userId;
        QCOMPARE(t.create(w.sales1, forSomeoneElse).error().code, ErrorCode::PermissionDenied);
        QVERIFY(t.create(w.manager, forSomeoneElse));
        forSomeoneElse.ownerId = w.otherDeptSales.userId;
        QCOMPARE(t.create(w.manager, forSomeoneElse).error().code, ErrorCode::PermissionDenied);

        WorkbenchService s(*w.db, w.clock);
        auto open = s.openTasks(w.sales1);
        QStringList titles;
        for (const WorkItem &i : open->items)
            titles << i.title;
        QCOMPARE(titles, (QStringList{"准备报价单", "拜访甲公司", "整理名片"}));

        auto agenda = t.agenda(w.sales1, kToday, kToday.addDays(6));
        QCOMPARE(agenda->size(), 2);
        QCOMPARE(agenda->at(1).fields.startsAt, local(kToday.addDays(1), 10));
        QCOMPARE(t.agenda(w.sales1, kToday.addDays(1), kToday).error().code, ErrorCode::Invalid);

        auto done = t.setDone(w.sales1, todo->id, true, todo->rowVersion);
        QVERIFY(done);
        QCOMPARE(s.openTasks(w.sales1)->total, 2);
        QCOMPARE(t.setDone(w.sales1, todo->id, false, todo->rowVersion).error().code, ErrorCode::Conflict);
        QCOMPARE(t.setDone(w.sales2, v->id, true, v->rowVersion).error().code, ErrorCode::PermissionDenied);
        QVERIFY(t.remove(w.sales1, v->id, v->rowVersion));
        QCOMPARE(s.openTasks(w.sales1)->total, 1);
    }

    void quotaAttainmentThisMonth()
    {
        Bench w;
        QVERIFY(w.start(kToday.addDays(-5)));
        const QString a = w.customer(w.sales1, "甲公司");
        QVERIFY(QuotaService(*w.db, w.clock).set(w.manager, w.sales1.userId, "2025-11", 200'000'00));
        OpportunityService o(*w.db, w.clock);
        OpportunityDraft d;
        d.customerId = a;
        d.name = "服务器采购";
        d.amountMinor = 50'000'00;
        auto deal = o.create(w.sales1, d);
        QVERIFY(o.moveToStage(w.sales1, deal->id, "won", deal->rowVersion));
        w.at(kToday);
        auto q = WorkbenchService(*w.db, w.clock).quotaThisMonth(w.sales1);
        QVERIFY(q);
        QCOMPARE(q->quotaMinor, 200'000'00);
        QCOMPARE(q->wonMinor, 50'000'00);
        QCOMPARE(q->percent(), 25.0);
    }

    void managerSeesTheDepartmentPerPerson()
    {
        Bench w;
        QVERIFY(w.start(kToday.addDays(-200)));
        const QString a = w.customer(w.sales1, "甲公司"), b = w.customer(w.sales2, "乙公司"),
                      x = w.customer(w.otherDeptSales, "外部门");
        w.at(kToday.addDays(-5));
        w.log(w.sales1, a, "电话", kToday.addDays(-1));
        w.log(w.sales2, b, "电话", kToday.addDays(3));
        OpportunityService o(*w.db, w.clock);
        for (const auto &[who, customer, amount] :
             {std::tuple{w.sales1, a, qint64(100'000'00)}, std::tuple{w.sales1, a, qint64(20'000'00)},
              std::tuple{w.sales2, b, qint64(30'000'00)}, std::tuple{w.otherDeptSales, x, qint64(99'000'00)}}) {
            OpportunityDraft d;
            d.customerId = customer;
            d.name = "商机";
            d.amountMinor = amount;
            QVERIFY(o.create(who, d));
        }
        QVERIFY(QuotaService(*w.db, w.clock).set(w.manager, w.sales2.userId, "2025-11", 100'000'00));
        w.receivable(w.sales2, b, kToday.addDays(-2), 800'00, 300'00);
        w.receivable(w.sales2, b, kToday.addDays(20), 1000'00);
        w.at(kToday);

        TeamWorkbench team(*w.db, w.clock);
        QCOMPARE(team.overview(w.sales1).error().code, ErrorCode::PermissionDenied);
        auto t = team.overview(w.manager);
        QVERIFY2(t, t ? "" : qPrintable(t.error().message));
        QStringList people;
        for (const TeamMemberFigures &m : t->members)
            people << m.name;
        QCOMPARE(people, (QStringList{"李四", "王经理", "张三"})); // in pinyin order
        const TeamMemberFigures &zhang = t->members[2], &li = t->members[0];
        QCOMPARE(zhang.openDeals, 2);
        QCOMPARE(zhang.pipelineMinor, 120'000'00);
        QCOMPARE(zhang.weightedMinor, 12'000'00); // 10 % in the first stage
        QCOMPARE(zhang.pipelineByStage.value(0), 120'000'00);
        QCOMPARE(zhang.overdueFollowUps, 1);
        QCOMPARE(li.overdueFollowUps, 0);
        QCOMPARE(zhang.dormantCustomers, 0);
        QCOMPARE(li.quotaMinor, 100'000'00);
        QCOMPARE(li.receivableMinor, 1500'00);
        QCOMPARE(li.overdueReceivableMinor, 500'00);
        QCOMPARE(t->stages.size(), 4);

        auto all = team.overview(w.admin);
        QVERIFY(all);
        QCOMPARE(all->members.size(), 4); // everyone but the administrator
    }

    void remindersFireByRuleAtTheirTime()
    {
        Bench w;
        QVERIFY(w.start(kToday.addDays(-28)));
        PoolRules pool;
        pool.daysNormal = 30;
        QVERIFY(PublicPool(*w.db, w.clock).setRules(w.manager, pool));
        const QString slipping = w.customer(w.sales1, "将回公海"); // created 28 days ago, untouched
        w.at(kToday.addDays(-5));
        const QString a = w.customer(w.sales1, "甲公司");
        w.log(w.sales1, a, "电话", kToday);
        QVERIFY(TimelineService(*w.db, w.clock).addCommitment(w.sales1, {a, {}, "寄送样品", iso(kToday.addDays(1))}));
        w.receivable(w.sales1, a, kToday.addDays(3), 900'00);
        w.contact(w.sales1, a, "张伟", "1980-11-20");
        TaskDraft call;
        call.kind = TaskKind::Call;
        call.title = "回电话";
        call.customerId = a;
        call.startsAt = local(kToday, 14);
        QVERIFY(TaskService(*w.db, w.clock).create(w.sales1, call));
        w.at(kToday, 8, 59);

        ReminderService r(*w.db, w.clock);
        auto early = r.due(w.sales1);
        QVERIFY2(early, early ? "" : qPrintable(early.error().message));
        QVERIFY(!findRule(*early, ReminderRule::FollowUp));

        auto nine = r.due(w.sales1, local(kToday, 9));
        QVERIFY(findRule(*nine, ReminderRule::FollowUp));
        QVERIFY(findRule(*nine, ReminderRule::Commitment)); // one day ahead
        QVERIFY(findRule(*nine, ReminderRule::Receivable)); // three days ahead
        QVERIFY(findRule(*nine, ReminderRule::Birthday));   // tomorrow, one day ahead
        const Reminder *toPool = findRule(*nine, ReminderRule::PoolReturn);
        QVERIFY(toPool);
        QCOMPARE(toPool->customerId, slipping);
        QCOMPARE(toPool->day, kToday.addDays(2));
        QVERIFY(!findRule(*nine, ReminderRule::Task));
        QVERIFY(!findRule(*r.due(w.sales1, local(kToday, 13, 44)), ReminderRule::Task));
        QVERIFY(findRule(*r.due(w.sales1, local(kToday, 13, 45)), ReminderRule::Task));
        QVERIFY(r.due(w.sales2, local(kToday, 23))->isEmpty());

        // A rule switched off yields nothing; a bad setting is refused.
        auto settings = r.settings(w.sales1);
        settings->enabled[static_cast<size_t>(ReminderRule::Receivable)] = false;
        QVERIFY(r.setSettings(w.sales1, *settings));
        QVERIFY(!findRule(*r.due(w.sales1, local(kToday, 9)), ReminderRule::Receivable));
        settings->remindAtMinute = 24 * 60;
        QCOMPARE(r.setSettings(w.sales1, *settings).error().code, ErrorCode::Invalid);
    }

    void snoozeDoneAndADeletedCustomer()
    {
        Bench w;
        QVERIFY(w.start(kToday.addDays(-3)));
        const QString a = w.customer(w.sales1, "甲公司"), b = w.customer(w.sales1, "乙公司");
        w.log(w.sales1, a, "电话", kToday);
        w.log(w.sales1, b, "电话", kToday);
        w.at(kToday, 9, 30);
        ReminderService r(*w.db, w.clock);
        auto due = r.due(w.sales1);
        QCOMPARE(due->size(), 2);
        const QString keyA = findRule(*due, ReminderRule::FollowUp, "甲公司")->key;
        const QString keyB = findRule(*due, ReminderRule::FollowUp, "乙公司")->key;

        QCOMPARE(r.snooze(w.sales1, keyA, w.clock.nowMs() - 1).error().code, ErrorCode::Invalid);
        QCOMPARE(r.snooze(w.sales1, "follow_up:nothing", w.clock.nowMs() + kHour).error().code, ErrorCode::NotFound);
        QVERIFY(r.snooze(w.sales1, keyA, w.clock.nowMs() + kHour));
        QCOMPARE(keysOf(*r.due(w.sales1)), QStringList{keyB});
        w.clock.advance(kHour);
        QCOMPARE(r.due(w.sales1)->size(), 2);
        QCOMPARE(findRule(*r.due(w.sales1), ReminderRule::FollowUp, "甲公司")->snoozedUntil, w.clock.nowMs());

        QVERIFY(r.done(w.sales1, keyA));
        w.clock.advance(30 * kDay);
        QCOMPARE(keysOf(*r.due(w.sales1)), QStringList{keyB});

        // The customer is deleted: its reminder is gone, and acting on it says why.
        auto cb = CustomerService(*w.db, w.clock).get(w.sales1, b);
        QVERIFY(CustomerService(*w.db, w.clock).remove(w.sales1, b, cb->rowVersion));
        QVERIFY(r.due(w.sales1)->isEmpty());
        auto gone = r.done(w.sales1, keyB);
        QCOMPARE(gone.error().code, ErrorCode::NotFound);
        QVERIFY(!gone.error().message.isEmpty());
    }

    void clockJumpsNeitherLoseNorDoubleAReminder()
    {
        Bench w;
        QVERIFY(w.start(kToday.addDays(-3)));
        for (int i = 0; i < 5; ++i)
            w.log(w.sales1, w.customer(w.sales1, QStringLiteral("客户%1").arg(i)), "电话", kToday.addDays(i % 3));
        ReminderService r(*w.db, w.clock);
        ReminderTracker tracker;
        QStringList announced;
        const auto tick = [&](qint64 at) {
            auto due = r.due(w.sales1, at);
            QVERIFY(due);
            const QStringList keys = keysOf(*due);
            QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size()); // no key twice
            for (const Reminder &x : tracker.fresh(*due))
                announced << x.key;
        };
        tick(local(kToday, 9, 1)); // today's two
        tick(local(kToday, 8));    // the clock jumps back an hour
        tick(local(kToday, 9, 2));
        tick(local(kToday.addDays(3), 7));     // the laptop wakes three days later
        tick(local(kToday.addDays(1), 9, 30)); // and the clock is corrected back
        tick(local(kToday.addDays(3), 9, 30));
        QCOMPARE(announced.size(), 5);
        QCOMPARE(QSet<QString>(announced.begin(), announced.end()).size(), 5);

        // Missed while closed: a new start announces everything still due, once.
        ReminderTracker afterRestart;
        QCOMPARE(afterRestart.fresh(*r.due(w.sales1, local(kToday.addDays(5), 12))).size(), 5);
        QCOMPARE(afterRestart.fresh(*r.due(w.sales1, local(kToday.addDays(5), 12, 1))).size(), 0);
    }

    void daylightSavingDaysFireOnce()
    {
        // Berlin skips 02:00–03:00 on 2026-03-29: a reminder set for 02:30 comes at 03:30, once.
        qputenv("TZ", "Europe/Berlin");
        tzset();
        Bench w;
        const QDate dst(2026, 3, 29);
        QVERIFY(w.start(dst.addDays(-2)));
        w.log(w.sales1, w.customer(w.sales1, "甲公司"), "电话", dst);
        ReminderService r(*w.db, w.clock);
        auto s = r.settings(w.sales1);
        s->remindAtMinute = 2 * 60 + 30;
        QVERIFY(r.setSettings(w.sales1, *s));
        ReminderTracker tracker;
        int shown = 0;
        for (qint64 t = local(dst, 0); t <= local(dst, 6); t += 15 * 60 * 1000)
            shown += static_cast<int>(tracker.fresh(*r.due(w.sales1, t)).size());
        QCOMPARE(shown, 1);
        QVERIFY(r.due(w.sales1, local(dst, 1, 59))->isEmpty());
        QCOMPARE(r.due(w.sales1, local(dst, 3, 30))->size(), 1);
        qputenv("TZ", "Asia/Shanghai");
        tzset();
    }
};

QTEST_GUILESS_MAIN(TestWorkbench)
#include "test_workbench.moc"
