// SPDX-License-Identifier: GPL-3.0-or-later
// Keyset paging must give exactly the rows, in exactly the order, of one sorted full read; and
// visibility must hold for every role.
#include "core/customers/CustomerListQuery.h"
#include "core/customers/CustomerService.h"
#include "core/i18n/CollationKey.h"

#include "TestWorkspace.h"

using namespace guanxi;
using namespace guanxi::test;

class TestCustomerListQuery : public QObject {
    Q_OBJECT

    TestWorkspace w;
    QStringList names{QStringLiteral("张三丰"),        QStringLiteral("阿里巴巴"), QStringLiteral("Zebra Ltd"),
                      QStringLiteral("apple shop"),    QStringLiteral("重庆火锅"), QStringLiteral("北京华信"),
                      QStringLiteral("Beijing Foods"), QStringLiteral("王五"),     QStringLiteral("安徽合力")};

    QStringList readAll(CustomerListQuery &q, int pageSize)
    {
        QStringList out;
        std::optional<PageCursor> cursor;
        for (;;) {
            auto rows = q.fetch(cursor, false, pageSize);
            if (!rows || rows->isEmpty())
                break;
            for (const auto &r : *rows)
                out << r.id;
            cursor = PageCursor{rows->last().sortKey, rows->last().id};
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(w.init());
        CustomerService s(*w.db, w.clock);
        int i = 0;
        for (int round = 0; round < 5; ++round) {
            for (const QString &n : names) {
                CustomerDraft d;
                d.name = n + QString::number(round);
                d.tier = static_cast<Tier>(i % 3);
                d.region = (i % 2) ? QStringLiteral("浙江 杭州") : QStringLiteral("广东 深圳");
                d.ownerId = (i % 4 == 0)
                    ? QString()
                    : (i % 4 == 1 ? w.sales1.userId : (i % 4 == 2 ? w.sales2.userId : w.otherDeptSales.userId));
                QVERIFY(s.create(w.admin, d));
                ++i;
            }
        }
    }

    void pagesMatchOneSortedRead_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("ascending");
        for (int s = 0; s <= static_cast<int>(CustomerSortColumn::LastContact); ++s) {
            QTest::addRow("column %d asc", s) << s << true;
            QTest::addRow("column %d desc", s) << s << false;
        }
    }
    void pagesMatchOneSortedRead()
    {
        QFETCH(int, sort);
        QFETCH(bool, ascending);
        CustomerListQuery q(*w.db, w.admin, {}, static_cast<CustomerSortColumn>(sort),
                            ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
        QCOMPARE(*q.count(), 45);
        const QStringList whole = readAll(q, 1000);
        QCOMPARE(whole.size(), 45);
        for (int pageSize : {1, 4, 7, 44})
            QCOMPARE(readAll(q, pageSize), whole);
        // Every row knows its own position.
        for (int i : {0, 1, 22, 44})
            QCOMPARE(*q.positionOf(whole.at(i)), qint64(i));
        // A view jumps to any row from the top, the end or a row it knows, either way.
        for (int i : {0, 1, 7, 22, 44}) {
            QCOMPARE((*q.rowAt(std::nullopt, i, false))->id, whole.at(i));
            QCOMPARE((*q.rowAt(std::nullopt, i, true))->id, whole.at(44 - i));
        }
        auto rows = q.fetch(std::nullopt, false, 23);
        QVERIFY(rows);
        const PageCursor known = q.cursorOf(rows->last()); // row 22
        for (int steps : {0, 1, 5, 22}) {
            QCOMPARE((*q.rowAt(known, steps, false))->id, whole.at(22 + steps));
            QCOMPARE((*q.rowAt(known, steps, true))->id, whole.at(22 - steps));
        }
        QVERIFY(!q.rowAt(known, 23, false)->has_value()); // past the end
        QVERIFY(!q.rowAt(std::nullopt, 45, true)->has_value());
    }

    void nameOrderIsPinyin()
    {
        CustomerListQuery q(*w.db, w.admin, {}, CustomerSortColumn::Name, Qt::AscendingOrder);
        auto rows = q.fetch(std::nullopt, false, 100);
        QVERIFY(rows);
        QStringList order;
        for (const auto &r : *rows)
            if (r.name.endsWith(QLatin1Char('0')))
                order << r.name;
        // a(阿) an(安) bei(北) chong(重) wang(王) zhang(张), then Latin letters.
        const QStringList han{QStringLiteral("阿里巴巴0"), QStringLiteral("安徽合力0"), QStringLiteral("北京华信0"),
                              QStringLiteral("重庆火锅0"), QStringLiteral("王五0"),     QStringLiteral("张三丰0")};
        QStringList onlyHan;
        for (const QString &n : order)
            if (han.contains(n))
                onlyHan << n;
        QCOMPARE(onlyHan, han);
        QVERIFY(CollationKey::of(QStringLiteral("apple")) < CollationKey::of(QStringLiteral("Beijing")));
    }

    void visibilityFollowsTheRole()
    {
        auto count = [&](const Session &s, CustomerFilter f = {}) {
            return *CustomerListQuery(*w.db, s, f, CustomerSortColumn::Name, Qt::AscendingOrder).count();
        };
        // 45 rows: owner cycles unowned, sales1, sales2, other department.
        QCOMPARE(count(w.admin), 45);
        QCOMPARE(count(w.sales1), 12 + 11);       // unowned + own
        QCOMPARE(count(w.manager), 12 + 11 + 11); // unowned + the department
        QCOMPARE(count(w.otherDeptSales), 12 + 11);
        CustomerFilter mine;
        mine.owner = CustomerFilter::Owner::Mine;
        QCOMPARE(count(w.sales1, mine), 11);
        CustomerFilter unowned;
        unowned.owner = CustomerFilter::Owner::Unowned;
        QCOMPARE(count(w.admin, unowned), 12);
    }

    void filters()
    {
        auto count = [&](CustomerFilter f) {
            return *CustomerListQuery(*w.db, w.admin, f, CustomerSortColumn::Name, Qt::AscendingOrder).count();
        };
        CustomerFilter f;
        f.text = QStringLiteral("华信");
        QCOMPARE(count(f), 5);
        f.text = QStringLiteral("APPLE"); // case-insensitive for Latin
        QCOMPARE(count(f), 5);
        f.text = QStringLiteral("100 138"); // phone digits, separators ignored
        QCOMPARE(count(f), 0);
        f.text = QStringLiteral("50%"); // LIKE wildcards are literal
        QCOMPARE(count(f), 0);
        f = {};
        f.tier = 2;
        QCOMPARE(count(f), 15);
        f = {};
        f.region = QStringLiteral("浙江 杭州");
        QCOMPARE(count(f), 22);
        auto regions = CustomerListQuery::regions(*w.db);
        QCOMPARE(*regions, QStringList({QStringLiteral("广东 深圳"), QStringLiteral("浙江 杭州")}));
    }
};

QTEST_GUILESS_MAIN(TestCustomerListQuery)
#include "test_customer_list_query.moc"
