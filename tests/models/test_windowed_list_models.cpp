// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/leads/LeadService.h"
#include "core/orders/OrderService.h"
#include "core/quotes/QuoteService.h"
#include "core/users/AccessPolicy.h"
#include "models/leads/LeadListModel.h"
#include "models/sales/OrderListModel.h"
#include "models/sales/QuoteListModel.h"

#include "TestWorkspace.h"

#include <QAbstractItemModelTester>
#include <QSet>

using namespace guanxi;
using namespace guanxi::test;

// The quotes, orders and leads lists are windowed: every row is reachable, newest first, a page at
// a time with a bounded cache, for whoever may see it.
class TestWindowedListModels : public QObject {
    Q_OBJECT

    TestWorkspace w;

private slots:
    // More than seven pages of orders, more than the 1,000 the page used to show.
    void initTestCase() { QVERIFY(w.initWithDemoCompany(400, 1500, QDate(2026, 1, 1))); }

    void ordersPassTheModelTester()
    {
        OrderListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(OrderService(*w.db, w.clock).pagedList(w.admin));
        QVERIFY(model.rowCount() >= 1500);
        model.setQuery(OrderService(*w.db, w.clock).pagedList(w.sales1));
        QVERIFY(model.rowCount() > 0);
    }

    void everyOrderOnceNewestFirstWithABoundedCache()
    {
        OrderListModel model;
        model.setQuery(OrderService(*w.db, w.clock).pagedList(w.admin));
        QSet<QString> ids;
        QString previousDay = QStringLiteral("9999-12-31");
        for (int row = 0; row < model.rowCount(); ++row) {
            const Order *o = model.orderAt(row);
            QVERIFY(o);
            QVERIFY2(o->orderedOn <= previousDay, qPrintable(o->number));
            previousDay = o->orderedOn;
            ids.insert(o->id);
            QVERIFY(model.cachedPageCount() <= OrderListModel::kMaxCachedPages);
        }
        QCOMPARE(ids.size(), model.rowCount());
        // A jump (the scroll bar dragged) lands on the same rows as reading down, and rowOf finds them.
        OrderListModel jumper;
        jumper.setQuery(OrderService(*w.db, w.clock).pagedList(w.admin));
        for (int row : {model.rowCount() - 1, 1234, 0, 801, 199, 200}) {
            QCOMPARE(jumper.orderAt(row)->id, model.orderAt(row)->id);
            QCOMPARE(jumper.rowOf(model.orderAt(row)->id), row);
        }
        QCOMPARE(jumper.rowOf(QStringLiteral("no such order")), -1);
    }

    void aSalespersonSeesTheirOwnOrdersOnly()
    {
        OrderListModel model;
        model.setQuery(OrderService(*w.db, w.clock).pagedList(w.sales1));
        OrderListModel all;
        all.setQuery(OrderService(*w.db, w.clock).pagedList(w.admin));
        QVERIFY(model.rowCount() < all.rowCount());
        for (int row = 0; row < model.rowCount(); ++row) {
            const Order *o = model.orderAt(row);
            QVERIFY(o->ownerId.isEmpty() || o->ownerId == w.sales1.userId);
        }
    }

    void quotesAreTheSameAsTheServiceList()
    {
        QuoteListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(QuoteService(*w.db, w.clock).pagedList(w.admin));
        Result<QList<Quote>> listed = QuoteService(*w.db, w.clock).list(w.admin, {}, 100'000);
        QVERIFY(listed && !listed->isEmpty());
        QCOMPARE(model.rowCount(), listed->size());
        QSet<QString> fromModel, fromService;
        for (int row = 0; row < model.rowCount(); ++row)
            fromModel.insert(model.quoteAt(row)->id);
        for (const Quote &q : *listed)
            fromService.insert(q.id);
        QCOMPARE(fromModel, fromService);
        QCOMPARE(model.rowOf(listed->first().id) >= 0, true);
    }

    void leadsAreTheSameAsTheServiceListNewestFirst()
    {
        LeadFilter every;
        every.statuses = allValuesOf<LeadStatus>();
        LeadListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(LeadService(*w.db, w.clock).pagedList(w.admin, every));
        Result<QList<Lead>> listed = LeadService(*w.db, w.clock).list(w.admin, every, 100'000);
        QVERIFY(listed && !listed->isEmpty());
        QCOMPARE(model.rowCount(), listed->size());
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.leadAt(row)->id, listed->at(row).id); // the same order: captured, then id
        QCOMPARE(model.rowOf(listed->last().id), model.rowCount() - 1);
        // The default filter leaves converted leads out, as the page's "Open leads" does not.
        LeadListModel open;
        open.setQuery(LeadService(*w.db, w.clock).pagedList(w.admin));
        for (int row = 0; row < open.rowCount(); ++row)
            QVERIFY(open.leadAt(row)->status != LeadStatus::Converted);
    }
};

QTEST_GUILESS_MAIN(TestWindowedListModels)
#include "test_windowed_list_models.moc"
