// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/seed/DemoAgenda.h"

#include "core/seed/DemoDice.h"
#include "core/storage/Statement.h"
#include "core/util/LocalDays.h"

#include <QHash>

namespace guanxi {

namespace {

struct PlannedTask {
    const char *kind;
    const char16_t *title;
    int dayOffset; // from the data set's today
    int minute;    // local time of an appointment; -1 for a to-do
    bool undated = false;
    bool done = false;
};

constexpr PlannedTask kWeek[] = {
    {"call", u"回电话确认交货期", 0, 10 * 60 + 30},
    {"call", u"电话回访售后问题", 0, 15 * 60},
    {"todo", u"准备报价单", 0, -1},
    {"todo", u"整理拜访纪要", -1, -1},
    {"visit", u"上门拜访，演示新品", 1, 10 * 60},
    {"meeting", u"方案评审会", 3, 14 * 60},
    {"todo", u"更新客户资料", 0, -1, true},
    {"todo", u"寄送样品", -2, -1, false, true},
};

} // namespace

Result<AgendaCounts> seedAgenda(Database &db, demo::Dice &dice, const std::function<QString(qint64)> &idAt,
                                const std::vector<QString> &salespeople, const std::vector<SeededCustomer> &customers,
                                const QDate &asOf, qint64 todayMs)
{
    AgendaCounts n;
    QHash<QString, std::vector<const SeededCustomer *>> owned;
    for (const SeededCustomer &c : customers)
        if (!c.ownerId.isEmpty())
            owned[c.ownerId].push_back(&c);

    Statement task(db,
                   "INSERT INTO tasks (id, owner_id, customer_id, kind, title, due_on, starts_at, duration_min, "
                   "done_at, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement care(db,
                   "INSERT INTO care_events (id, customer_id, kind, title, on_day, yearly, created_at, updated_at, "
                   "updated_by) VALUES (?, ?, 'anniversary', ?, ?, 1, ?, ?, ?)");
    for (const Statement *s : {&task, &care})
        if (!s->isValid())
            return s->lastError();

    for (const QString &person : salespeople) {
        const auto &mine = owned.value(person);
        for (const PlannedTask &p : kWeek) {
            const QDate day = asOf.addDays(p.dayOffset);
            const bool appointment = p.minute >= 0;
            const qint64 startsAt = appointment ? localdays::at(day, p.minute) : 0;
            const QString customerId =
                mine.empty() ? QString() : mine[static_cast<size_t>(dice.below(static_cast<int>(mine.size())))]->id;
            task.bindView(1, idAt(todayMs));
            task.bindView(2, person);
            task.bindViewOrNull(3, customerId);
            task.bindView(4, QLatin1String(p.kind));
            task.bindView(5, QString::fromUtf16(p.title));
            task.bindView(6, p.undated ? QString() : localdays::iso(day));
            if (appointment)
                task.bind(7, startsAt);
            else
                task.bindNull(7);
            task.bind(8, appointment ? 60 : 0);
            if (p.done)
                task.bind(9, todayMs);
            else
                task.bindNull(9);
            task.bind(10, todayMs);
            task.bind(11, todayMs);
            task.bindView(12, person);
            if (Status s = task.execute(); !s)
                return s.error();
            ++n.tasks;
        }
        // Founding anniversaries on one customer in thirty, two of them in the coming week.
        int soon = 2;
        for (const SeededCustomer *c : mine) {
            if (soon == 0 && !dice.chance(3))
                continue;
            const int years = 3 + dice.below(20);
            const QDate day = soon > 0 ? asOf.addDays(1 + dice.below(6)).addYears(-years)
                                       : QDate(asOf.year() - years, 1 + dice.below(12), 1 + dice.below(28));
            soon = std::max(0, soon - 1);
            care.bindView(1, idAt(todayMs));
            care.bindView(2, c->id);
            care.bindView(3, QStringLiteral("公司成立纪念日"));
            care.bindView(4, localdays::iso(day));
            care.bind(5, todayMs);
            care.bind(6, todayMs);
            care.bindView(7, person);
            if (Status s = care.execute(); !s)
                return s.error();
            ++n.careEvents;
        }
    }
    return n;
}

} // namespace guanxi
