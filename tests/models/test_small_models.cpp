// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestWorkspace.h"
#include "customers/CustomerService.h"
#include "customers/RecycleBinModel.h"
#include "products/ProductListModel.h"
#include "users/UserListModel.h"

#include <QAbstractItemModelTester>

using namespace guanxi;
using namespace guanxi::test;

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
        QVERIFY(asManager.index(0, marginColumn).data().toString().startsWith(QStringLiteral("23")));   // 23.0 %
        QVERIFY(asManager.reload({QStringLiteral("m-1"), {}, false}));
        QCOMPARE(asManager.rowCount(), 1);

        ProductListModel asSales(*w.db, w.clock, w.sales1);
        QAbstractItemModelTester salesTester(&asSales, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(asSales.reload({}));
        QCOMPARE(asSales.columnCount(), asManager.columnCount() - 2);   // no cost, no margin
        for (int c = 0; c < asSales.columnCount(); ++c)
            QVERIFY(asSales.columnKind(c) != ProductListModel::Cost && asSales.columnKind(c) != ProductListModel::Margin);
    }
};

QTEST_GUILESS_MAIN(TestSmallModels)
#include "test_small_models.moc"
