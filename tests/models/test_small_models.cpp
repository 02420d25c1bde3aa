// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestWorkspace.h"
#include "customers/CustomerService.h"
#include "customers/RecycleBinModel.h"
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
};

QTEST_GUILESS_MAIN(TestSmallModels)
#include "test_small_models.moc"
