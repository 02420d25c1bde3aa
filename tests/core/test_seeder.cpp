// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/seed/DemoSeeder.h"
#include "core/storage/HealthCheck.h"

#include "TestWorkspace.h"

#include <QSqlQuery>

using namespace guanxi;
using namespace guanxi::test;

class TestSeeder : public QObject {
    Q_OBJECT

    static QStringList dump(Database &db)
    {
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT c.id || c.name || c.phone || c.email || c.region || coalesce(u.login, '') "
                              "FROM customers c LEFT JOIN users u ON u.id = c.owner_id ORDER BY c.id"));
        QStringList rows;
        while (q.next())
            rows << q.value(0).toString();
        q.exec(QStringLiteral("SELECT id || order_no || customer_id || ordered_on || total_minor || status FROM orders "
                              "WHERE quote_id IS NULL ORDER BY id"));
        while (q.next())
            rows << q.value(0).toString();
        // Quotes and the orders made from them go through the services, whose ids are random by
        // design (UUIDv7); their numbers, customers and amounts are what the seed decides.
        q.exec(QStringLiteral(
            "SELECT quote_no || customer_id || total_minor || status || approval FROM quotes ORDER BY quote_no"));
        while (q.next())
            rows << q.value(0).toString();
        q.exec(QStringLiteral(
            "SELECT order_no || customer_id || total_minor || status FROM orders WHERE quote_id IS NOT NULL "
            "ORDER BY order_no"));
        while (q.next())
            rows << q.value(0).toString();
        return rows;
    }
    static int count(Database &db, const char *table)
    {
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
        return q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void sameSeedSameData()
    {
        SeedOptions o;
        o.customers = 300;
        o.orders = 1500;
        o.seed = 42;
        o.asOf = QDate(2026, 6, 30);
        TestWorkspace a, b, c;
        for (TestWorkspace *w : {&a, &b, &c}) {
            PasswordHasher::useFastLimitsForTests();
            auto db = openWorkspace(w->path(), Database::OpenMode::CreateIfMissing);
            QVERIFY(db);
            w->db = std::move(*db);
        }
        auto sa = DemoSeeder(*a.db).run(nullptr, o);
        QVERIFY2(sa, sa ? "" : qPrintable(sa.error().detail));
        QCOMPARE(sa->customers, 300);
        QCOMPARE(sa->orders, 1500);
        QVERIFY(DemoSeeder(*b.db).run(nullptr, o));
        o.seed = 43;
        QVERIFY(DemoSeeder(*c.db).run(nullptr, o));
        QCOMPARE(dump(*a.db), dump(*b.db));
        QVERIFY(dump(*a.db) != dump(*c.db));
        QCOMPARE(count(*a.db, "users"), 17);
        // A showroom to quote from: every product with a floor below its list price and above its cost.
        QCOMPARE(sa->products, count(*a.db, "products"));
        QVERIFY(sa->products >= 30);
        {
            QSqlQuery p(a.db->sql());
            QVERIFY(p.exec(QStringLiteral("SELECT count(*) FROM products WHERE NOT (cost_minor < floor_price_minor "
                                          "AND floor_price_minor < list_price_minor)"))
                    && p.next());
            QCOMPARE(p.value(0).toInt(), 0);
        }
        auto h = HealthCheck::run(*a.db);
        QVERIFY(h && h->healthy());
        // The sales funnel, quotes and orders made through the services: every quote's figures are
        // the sums of its lines', every order from a quote has its receivables adding up to it.
        QVERIFY(sa->opportunities > 0);
        QCOMPARE(sa->opportunities, count(*a.db, "opportunities"));
        QVERIFY(sa->quotes > 0 && sa->salesOrders > 0);
        QCOMPARE(sa->quotes, count(*a.db, "quotes"));
        // A morning on every salesperson's workbench: their week's tasks and some care days.
        QCOMPARE(sa->tasks, 12 * 8);
        QCOMPARE(sa->tasks, count(*a.db, "tasks"));
        QVERIFY(sa->careEvents >= 24);
        QCOMPARE(sa->careEvents, count(*a.db, "care_events"));
        {
            QSqlQuery p(a.db->sql());
            QVERIFY(
                p.exec(QStringLiteral(
                    "SELECT count(*) FROM quotes q WHERE q.total_minor <> (SELECT sum(total_minor) FROM quote_lines l "
                    "WHERE l.quote_id = q.id AND l.deleted_at IS NULL) OR q.net_minor + q.tax_minor <> q.total_minor"))
                && p.next());
            QCOMPARE(p.value(0).toInt(), 0);
            QVERIFY(
                p.exec(QStringLiteral("SELECT count(*) FROM orders o WHERE o.quote_id IS NOT NULL AND o.total_minor <> "
                                      "(SELECT sum(amount_minor) FROM receivables r WHERE r.order_id = o.id)"))
                && p.next());
            QCOMPARE(p.value(0).toInt(), 0);
            QVERIFY(p.exec(QStringLiteral("SELECT value FROM db_settings WHERE key = 'company.name'")) && p.next());
            QVERIFY(!p.value(0).toString().isEmpty());
        }
        // Three years of orders, none after the as-of date, the historical ones in whole yuan.
        QSqlQuery q(a.db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT min(ordered_on), max(ordered_on), sum(CASE WHEN quote_id IS NULL "
                                      "THEN total_minor % 100 ELSE 0 END) FROM orders"))
                && q.next());
        QVERIFY(q.value(0).toString() >= QStringLiteral("2023-06-30"));
        QVERIFY(q.value(1).toString() <= QStringLiteral("2026-06-30"));
        QCOMPARE(q.value(2).toLongLong(), 0);
    }
    void refusesADatabaseWithCustomers()
    {
        TestWorkspace w;
        QVERIFY(w.init(false));
        SeedOptions o;
        o.customers = 10;
        o.orders = 0;
        QVERIFY(DemoSeeder(*w.db).run(&w.admin, o));
        auto again = DemoSeeder(*w.db).run(&w.admin, o);
        QVERIFY(!again);
        QCOMPARE(count(*w.db, "customers"), 10);
    }
    void cancelLeavesNothing()
    {
        TestWorkspace w;
        QVERIFY(w.init(false));
        SeedOptions o;
        o.customers = 5000;
        o.orders = 5000;
        auto r = DemoSeeder(*w.db).run(&w.admin, o, [](qint64 done, qint64) { return done < 6000; });
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QCOMPARE(count(*w.db, "customers"), 0);
        QCOMPARE(count(*w.db, "orders"), 0);
        QCOMPARE(count(*w.db, "users"), 1);
    }
    void badNumbers()
    {
        TestWorkspace w;
        QVERIFY(w.init(false));
        SeedOptions o;
        o.customers = -1;
        QCOMPARE(DemoSeeder(*w.db).run(&w.admin, o).error().code, ErrorCode::Invalid);
        o.customers = 0;
        o.orders = 10;
        QCOMPARE(DemoSeeder(*w.db).run(&w.admin, o).error().code, ErrorCode::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestSeeder)
#include "test_seeder.moc"
