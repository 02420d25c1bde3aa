// SPDX-License-Identifier: GPL-3.0-or-later
// Sales as a new user meets it in the window: the showroom (展厅) first.
#include "GuiSteps.h"
#include "TestWorkspace.h"
#include "products/ProductDialog.h"
#include "products/ProductListModel.h"
#include "products/ProductService.h"
#include "products/ProductsPage.h"
#include "shell/MainWindow.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace guanxi;
using namespace guanxi::test;

class TestSalesGui : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void aManagerAddsAProductASalespersonFindsIt()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        {
            MainWindow window({w.db.get(), w.manager, &w.clock});
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
            nav->setCurrentRow(MainWindow::ProductsPageIndex);
            auto *page = window.findChild<ProductsPage *>(QStringLiteral("productsPage"));
            QVERIFY(page && page->isVisible());

            // A price with three decimals is refused beside the field; corrected, it saves.
            bool refusedFirst = false;
            whenModalOpens<ProductDialog>([&refusedFirst](ProductDialog *dialog) {
                QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("productCode")), QStringLiteral("NB-X1"));
                type(dialog->findChild<QLineEdit *>(QStringLiteral("productName")), QStringLiteral("商务笔记本 X1"));
                type(dialog->findChild<QLineEdit *>(QStringLiteral("productUnit")), QStringLiteral("台"));
                auto *price = dialog->findChild<QLineEdit *>(QStringLiteral("productListPrice"));
                QTest::keyClicks(price, QStringLiteral("8,999.001"));
                QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("productFloorPrice")), QStringLiteral("7999"));
                QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("productCost")), QStringLiteral("6200"));
                dialog->accept();
                auto *problem = dialog->findChild<QLabel *>(QStringLiteral("productProblem"));
                refusedFirst = dialog->isVisible() && problem->isVisible() && !problem->text().isEmpty();
                price->clear();
                QTest::keyClicks(price, QStringLiteral("8,999.00"));
                dialog->accept();
            });
            QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("newProduct")), Qt::LeftButton);
            QVERIFY(refusedFirst);
            auto *table = page->findChild<QTableView *>(QStringLiteral("productsTable"));
            QCOMPARE(table->model()->rowCount(), 1);
            QCOMPARE(table->model()->index(0, ProductListModel::Name).data().toString(), QStringLiteral("商务笔记本 X1"));
            QCOMPARE(table->model()->index(0, ProductListModel::ListPrice).data().toString(), QStringLiteral("¥8,999.00"));
        }
        auto saved = ProductService(*w.db, w.clock).list(w.admin);
        QVERIFY(saved && saved->size() == 1);
        QCOMPARE(saved->first().fields.floorPriceMinor, 799900);
        QCOMPARE(saved->first().fields.costMinor, 620000);
        QCOMPARE(saved->first().fields.taxRateBasisPoints, 1300);

        // The salesperson finds it by a piece of its code, reads it, and cannot change it.
        MainWindow window({w.db.get(), w.sales1, &w.clock});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(MainWindow::ProductsPageIndex);
        auto *page = window.findChild<ProductsPage *>(QStringLiteral("productsPage"));
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("newProduct"))->isVisible());
        QTest::keyClicks(page->findChild<QLineEdit *>(QStringLiteral("productSearch")), QStringLiteral("x1"));
        auto *table = page->findChild<QTableView *>(QStringLiteral("productsTable"));
        QCOMPARE(table->model()->rowCount(), 1);
        for (int c = 0; c < table->model()->columnCount(); ++c)
            QVERIFY(table->model()->headerData(c, Qt::Horizontal).toString() != ProductListModel::tr("Cost"));
        table->selectRow(0);
        bool readOnly = false;
        whenModalOpens<ProductDialog>([&readOnly](ProductDialog *dialog) {
            auto *cost = dialog->findChild<QLineEdit *>(QStringLiteral("productCost"));
            readOnly = dialog->findChild<QLineEdit *>(QStringLiteral("productName"))->isReadOnly() && !cost->isVisible()
                       && cost->text().isEmpty()
                       && !dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
            dialog->reject();
        });
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("openProduct")), Qt::LeftButton);
        QVERIFY(readOnly);
    }
};

QTEST_MAIN(TestSalesGui)
#include "test_sales_gui.moc"
