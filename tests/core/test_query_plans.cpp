// SPDX-License-Identifier: GPL-3.0-or-later
// Every list, workbench panel, reminder and report reads what it shows through an index: no query
// they run scans a table that grows with the customer base. SQLite plans the same way on a small
// file as on a large one here (the program never runs ANALYZE, so no statistics change the plans),
// so a small demo company shows the plans a million customers would get. A scan of a whole index
// (a keyset page, a count) is allowed here; GUANXI_SHOW_INDEX_SCANS=1 lists those too.
#include "core/analytics/RfmAnalysis.h"
#include "core/customers/CustomerListQuery.h"
#include "core/leads/LeadService.h"
#include "core/opportunities/FunnelReport.h"
#include "core/opportunities/OpportunityService.h"
#include "core/orders/OrderService.h"
#include "core/quotes/QuoteService.h"
#include "core/reminders/ReminderService.h"
#include "core/reports/OperationsReports.h"
#include "core/reports/PipelineReports.h"
#include "core/reports/SalesReport.h"
#include "core/storage/Database.h"
#include "core/tasks/TaskService.h"
#include "core/workbench/TeamWorkbench.h"
#include "core/workbench/WorkbenchService.h"

#include "TestWorkspace.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QtTest>

#include <sqlite3.h>

#include <functional>

using namespace guanxi;
using namespace guanxi::test;

namespace {

// The tables that grow with the customer base: a scan of one reads the whole company.
const QStringList kGrowing = {
    QStringLiteral("customers"),
    QStringLiteral("contacts"),
    QStringLiteral("contact_channels"),
    QStringLiteral("contact_positions"),
    QStringLiteral("orders"),
    QStringLiteral("order_lines"),
    QStringLiteral("interactions"),
    QStringLiteral("opportunities"),
    QStringLiteral("opportunity_stage_history"),
    QStringLiteral("tasks"),
    QStringLiteral("commitments"),
    QStringLiteral("care_events"),
    QStringLiteral("leads"),
    QStringLiteral("quotes"),
    QStringLiteral("receivables"),
    QStringLiteral("match_keys"),
    QStringLiteral("search_docs"),
};

// Every statement the connection runs while it is on, with its values in place.
struct StatementLog {
    QStringList statements;

    static int onStatement(unsigned type, void *context, void *statement, void *)
    {
        if (type != SQLITE_TRACE_STMT)
            return 0;
        char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
        if (sql) {
            const QString text = QString::fromUtf8(sql).trimmed();
            auto *log = static_cast<StatementLog *>(context);
            if (!log->statements.contains(text))
                log->statements.append(text);
            sqlite3_free(sql);
        }
        return 0;
    }
};

// The table each alias (or bare name) in `sql` stands for.
QHash<QString, QString> aliasesIn(const QString &sql)
{
    QHash<QString, QString> tables;
    static const QRegularExpression from(
        QStringLiteral("\\b(?:FROM|JOIN)\\s+(\\w+)(?:\\s+(?:AS\\s+)?(?!(?:ON|WHERE|JOIN|LEFT|INNER|CROSS|INDEXED|"
                       "GROUP|ORDER|LIMIT|USING|UNION|NATURAL)\\b)(\\w+))?"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto m = from.globalMatch(sql); m.hasNext();) {
        const QRegularExpressionMatch hit = m.next();
        const QString table = hit.captured(1).toLower();
        tables.insert(table, table);
        if (!hit.captured(2).isEmpty())
            tables.insert(hit.captured(2), table);
    }
    return tables;
}

// The full scans of growing tables in `sql`'s plan, as "table (plan line)".
QStringList fullScans(sqlite3 *db, const QString &sql)
{
    QStringList found;
    sqlite3_stmt *plan = nullptr;
    const QByteArray text = QByteArrayLiteral("EXPLAIN QUERY PLAN ") + sql.toUtf8();
    if (sqlite3_prepare_v2(db, text.constData(), -1, &plan, nullptr) != SQLITE_OK)
        return {QStringLiteral("cannot be planned: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)))};
    const QHash<QString, QString> tables = aliasesIn(sql);
    static const QRegularExpression tableScan(QStringLiteral("^SCAN (\\w+)$"));
    static const bool showIndexScans = qEnvironmentVariableIsSet("GUANXI_SHOW_INDEX_SCANS");
    while (sqlite3_step(plan) == SQLITE_ROW) {
        const QString detail = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(plan, 3)));
        if (showIndexScans && detail.startsWith(QLatin1String("SCAN ")) && detail.contains(QLatin1String("INDEX")))
            qInfo("%s   <=   %s", qPrintable(detail), qPrintable(sql.left(300)));
        const QRegularExpressionMatch m = tableScan.match(detail);
        if (!m.hasMatch())
            continue;
        const QString table = tables.value(m.captured(1), m.captured(1).toLower());
        if (kGrowing.contains(table))
            found << QStringLiteral("%1 (%2)").arg(table, detail);
    }
    sqlite3_finalize(plan);
    return found;
}

} // namespace

class TestQueryPlans : public QObject {
    Q_OBJECT

    TestWorkspace w;
    QDate asOf{2026, 1, 15};
    int m_lastCount = 0; // the statements the last scansOf() saw

    // The full scans of growing tables in what `run` asks of the database.
    QStringList scansOf(const std::function<void()> &run)
    {
        StatementLog log;
        sqlite3_trace_v2(w.db->handle(), SQLITE_TRACE_STMT, &StatementLog::onStatement, &log);
        run();
        sqlite3_trace_v2(w.db->handle(), 0, nullptr, nullptr);
        m_lastCount = static_cast<int>(log.statements.size());
        QStringList problems;
        for (const QString &sql : std::as_const(log.statements)) {
            if (!sql.startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive)
                && !sql.startsWith(QLatin1String("WITH"), Qt::CaseInsensitive))
                continue;
            for (const QString &scan : fullScans(w.db->handle(), sql))
                problems << QStringLiteral("%1 in: %2").arg(scan, sql.left(400));
        }
        return problems;
    }

    QList<Session> everyone() const { return {w.admin, w.manager, w.sales1}; }

private slots:
    void initTestCase() { QVERIFY(w.initWithDemoCompany(300, 1200, asOf)); }

    // The check itself finds a scan where there is one, by alias and by name, and leaves searches be.
    void aScanIsFound()
    {
        const QStringList scans = scansOf([this] {
            QSqlQuery q(w.db->sql());
            QVERIFY(q.exec(QStringLiteral("SELECT c.id FROM customers c WHERE c.notes LIKE '%x%'")));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM orders WHERE currency = 'CNY'")));
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM customers WHERE id = 'x'")));
        });
        QCOMPARE(scans.size(), 2);
        QVERIFY(scans.at(0).startsWith(QLatin1String("customers (SCAN c)")));
        QVERIFY(scans.at(1).startsWith(QLatin1String("orders (SCAN orders)")));
        QVERIFY(m_lastCount >= 3);
    }

    void lists()
    {
        const QStringList scans = scansOf([this] {
            for (const Session &s : everyone()) {
                for (CustomerSortColumn sort :
                     {CustomerSortColumn::Name, CustomerSortColumn::Tier, CustomerSortColumn::Region,
                      CustomerSortColumn::Industry, CustomerSortColumn::LastContact}) {
                    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                        CustomerListQuery q(*w.db, s, {}, sort, order);
                        (void)q.count();
                        Result<QList<CustomerListRow>> first = q.fetch(std::nullopt, false, 200);
                        if (first && !first->isEmpty()) {
                            (void)q.fetch(q.cursorOf(first->last()), false, 200);
                            (void)q.positionOf(first->last().id);
                        }
                        (void)q.rowAt(std::nullopt, 150, false), (void)q.rowAt(std::nullopt, 150, true);
                    }
                }
                (void)CustomerListQuery::regions(*w.db);
                (void)CustomerListQuery::industries(*w.db);
                (void)CustomerListQuery::tags(*w.db);
                auto orders = OrderService(*w.db, w.clock).pagedList(s);
                auto quotes = QuoteService(*w.db, w.clock).pagedList(s);
                auto leads = LeadService(*w.db, w.clock).pagedList(s);
                (void)orders->count(), (void)orders->fetch(std::nullopt, false, 200),
                    (void)orders->rowAt(std::nullopt, 10, true);
                (void)quotes->count(), (void)quotes->fetch(std::nullopt, false, 200),
                    (void)quotes->rowAt(std::nullopt, 10, true);
                (void)leads->count(), (void)leads->fetch(std::nullopt, false, 200),
                    (void)leads->rowAt(std::nullopt, 10, true);
                if (Result<QList<Order>> o = orders->fetch(std::nullopt, false, 1); o && !o->isEmpty()) {
                    (void)orders->fetch(orders->cursorOf(o->first()), false, 200);
                    (void)orders->positionOf(o->first().id);
                }
            }
        });
        qInfo("%d statements planned", m_lastCount);
        QVERIFY2(scans.isEmpty(), qPrintable(scans.join(QLatin1String("\n"))));
    }

    void workbenchPanelsAndReminders()
    {
        QStringList scans = scansOf([this] {
            WorkbenchService wb(*w.db, w.clock);
            for (const Session &s : {w.sales1, w.manager}) {
                (void)wb.followUps(s);
                (void)wb.openTasks(s);
                (void)wb.receivablesDue(s);
                (void)wb.commitmentsDue(s);
                (void)wb.closingThisMonth(s);
                (void)wb.careDays(s);
                (void)wb.dormantCustomers(s);
                (void)wb.atRisk(s);
                (void)wb.approvals(s);
                (void)wb.quotaThisMonth(s);
                (void)ReminderService(*w.db, w.clock).due(s);
                (void)TaskService(*w.db, w.clock).agenda(s, asOf.addDays(-7), asOf.addDays(35));
            }
            (void)TeamWorkbench(*w.db, w.clock).overview(w.manager);
        });
        qInfo("%d statements planned", m_lastCount);
        QVERIFY2(scans.isEmpty(), qPrintable(scans.join(QLatin1String("\n"))));
    }

    void reportsAndTheFunnel()
    {
        QStringList scans = scansOf([this] {
            const QDate yearAgo = asOf.addYears(-1);
            for (const Session &s : everyone()) {
                for (SalesReport::Dimension d :
                     {SalesReport::Dimension::Salesperson, SalesReport::Dimension::Department,
                      SalesReport::Dimension::Region, SalesReport::Dimension::Customer, SalesReport::Dimension::Month})
                    (void)SalesReport::run(*w.db, s, d, yearAgo, asOf);
                (void)OperationsReports::receivablesAgeing(*w.db, s, asOf);
                (void)OperationsReports::activity(*w.db, s, yearAgo, asOf);
                (void)OperationsReports::churnRisk(*w.db, w.clock, s);
                (void)OperationsReports::segmentMigration(*w.db, s, yearAgo, asOf);
                (void)PipelineReports::timeInStage(*w.db, w.clock, s, yearAgo, asOf);
                (void)PipelineReports::quotaAttainment(*w.db, w.clock, s, asOf);
                (void)PipelineReports::acquisitionAndRetention(*w.db, s, yearAgo, asOf);
                (void)PipelineReports::salesByProduct(*w.db, s, yearAgo, asOf);
                (void)RfmAnalysis::run(*w.db, s, yearAgo, asOf, QStringLiteral("CNY"));
                OpportunityService deals(*w.db, w.clock);
                if (Result<Pipeline> p = deals.pipeline(); p) {
                    (void)FunnelQuery(*w.db).run(s, *p, {}, QStringLiteral("CNY"), asOf);
                    (void)deals.cards(s, {});
                }
            }
        });
        qInfo("%d statements planned", m_lastCount);
        QVERIFY2(scans.isEmpty(), qPrintable(scans.join(QLatin1String("\n"))));
    }
};

QTEST_GUILESS_MAIN(TestQueryPlans)
#include "test_query_plans.moc"
