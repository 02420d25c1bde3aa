// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/customers/CustomerListModel.h"

#include "TestWorkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace guanxi;
using namespace guanxi::test;

class TestCustomerListModel : public QObject {
    Q_OBJECT

    TestWorkspace w;

private slots:
    void initTestCase() { QVERIFY(w.initWithDemoCompany(3000, 0, QDate(2026, 1, 1))); }

    void passesTheModelTester()
    {
        CustomerListModel model(*w.db, w.admin);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3000);
        model.sort(CustomerListModel::Region, Qt::DescendingOrder);
        CustomerFilter f;
        f.tier = 2;
        model.setFilter(f);
        QVERIFY(model.rowCount() > 0 && model.rowCount() < 3000);
        model.refresh();
    }

    void readsEveryRowOnceInOrderWithABoundedCache()
    {
        CustomerListModel model(*w.db, w.admin);
        model.sort(CustomerListModel::Name, Qt::AscendingOrder);
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids.insert(model.idAt(row));
            QVERIFY(model.cachedPageCount() <= CustomerListModel::kMaxCachedPages);
        }
        QCOMPARE(ids.size(), 3000);
    }

    void jumpsToTheMiddleAndBack()
    {
        CustomerListModel model(*w.db, w.admin);
        model.sort(CustomerListModel::LastContact, Qt::DescendingOrder);
        // Read top to bottom once to know the truth, then jump around in another model.
        QStringList truth;
        for (int row = 0; row < model.rowCount(); ++row)
            truth << model.idAt(row);
        CustomerListModel jumper(*w.db, w.admin);
        jumper.sort(CustomerListModel::LastContact, Qt::DescendingOrder);
        for (int row : {2999, 1500, 0, 2201, 199, 200, 1234})
            QCOMPARE(jumper.idAt(row), truth.at(row));
    }

    void unsortableColumnsKeepTheOrder()
    {
        CustomerListModel model(*w.db, w.admin);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(CustomerListModel::Phone, Qt::AscendingOrder);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.sortColumn(), int(CustomerListModel::Name));
    }

    void showsTranslatedTierAndPublicPool()
    {
        CustomerListModel model(*w.db, w.admin);
        CustomerFilter f;
        f.owner = CustomerFilter::Owner::Unowned;
        model.setFilter(f);
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.index(0, CustomerListModel::Owner).data().toString(), QStringLiteral("(public pool)"));
    }
};

QTEST_GUILESS_MAIN(TestCustomerListModel)
#include "test_customer_list_model.moc"
