// SPDX-License-Identifier: GPL-3.0-or-later
// Sales as a new user meets it in the window: the showroom (展厅) first.
#include "GuiSteps.h"
#include "TestWorkspace.h"
#include "common/CustomerPicker.h"
#include "customers/CustomerService.h"
#include "opportunities/ForecastModel.h"
#include "opportunities/FunnelPage.h"
#include "opportunities/OpportunityBoard.h"
#include "opportunities/OpportunityCardsModel.h"
#include "opportunities/OpportunityDialog.h"
#include "opportunities/OpportunityService.h"
#include "opportunities/QuotaAttainmentModel.h"
#include "opportunities/QuotaDialog.h"
#include "products/ProductDialog.h"
#include "products/ProductListModel.h"
#include "products/ProductService.h"
#include "products/ProductsPage.h"
#include "shell/MainWindow.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QMimeData>
#include <QTabWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>

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
    // A salesperson opens an opportunity on their customer, drags it along the board, and sees the
    // funnel and the forecast follow.
    void aSalespersonRunsADealAlongTheBoard()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerDraft c;
        c.name = QStringLiteral("华东机电有限公司");
        c.ownerId = w.sales1.userId;
        QVERIFY(CustomerService(*w.db, w.clock).create(w.sales1, c));

        MainWindow window({w.db.get(), w.sales1, &w.clock});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(MainWindow::FunnelPageIndex);
        auto *page = window.findChild<FunnelPage *>(QStringLiteral("funnelPage"));
        QVERIFY(page && page->isVisible());
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("editStages"))->isVisible());   // managers only

        // The customer is found by its pinyin initials as the salesperson types; no customer, no deal.
        bool refusedWithoutCustomer = false;
        QStringList offers;
        QString chosen;
        whenModalOpens<OpportunityDialog>([&](OpportunityDialog *dialog) {
            type(dialog->findChild<QLineEdit *>(QStringLiteral("opportunityName")), QStringLiteral("机房改造"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("opportunityAmount")), QStringLiteral("120,000"));
            dialog->accept();
            refusedWithoutCustomer = dialog->isVisible()
                                     && dialog->findChild<QLabel *>(QStringLiteral("opportunityProblem"))->isVisible();
            auto *picker = dialog->findChild<CustomerPicker *>(QStringLiteral("opportunityCustomer"));
            QTest::keyClicks(picker, QStringLiteral("hdjd"));
            offers = picker->offers();
            // The first offer, as a user takes it from the drop-down: down, then Enter.
            QTest::keyClick(picker, Qt::Key_Down);
            QTest::keyClick(picker, Qt::Key_Return);
            chosen = picker->customerId();
            dialog->accept();
            if (dialog->isVisible())
                dialog->reject();   // fails below instead of hanging
        });
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("newOpportunity")), Qt::LeftButton);
        QVERIFY(refusedWithoutCustomer);
        QCOMPARE(offers.size(), 1);
        QVERIFY(offers.first().startsWith(QStringLiteral("华东机电有限公司")));
        QVERIFY(!chosen.isEmpty());

        OpportunityBoard *board = page->board();
        OpportunityCardsModel *initial = board->column(QStringLiteral("initial"));
        QCOMPARE(initial->rowCount(), 1);
        QCOMPARE(initial->index(0).data().toString(), QStringLiteral("机房改造"));
        QCOMPARE(page->report().openWeightedMinor, 1'200'000);   // 10 % of 120,000.00

        // Dragged to 方案报价: the drop reaches the column's model as a view delivers it.
        OpportunityCardsModel *proposal = board->column(QStringLiteral("proposal"));
        std::unique_ptr<QMimeData> drag(initial->mimeData({initial->index(0)}));
        QVERIFY(proposal->canDropMimeData(drag.get(), Qt::MoveAction, -1, -1, {}));
        proposal->dropMimeData(drag.get(), Qt::MoveAction, -1, -1, {});
        QCOMPARE(initial->rowCount(), 0);
        QCOMPARE(proposal->rowCount(), 1);
        QCOMPARE(page->report().openWeightedMinor, 6'000'000);   // 50 %
        QCOMPARE(board->currentOpportunityId(), proposal->cardAt(0)->id);

        // The forecast has it in its expected month (a month from "now"), weighted.
        page->findChild<QTabWidget *>(QStringLiteral("funnelTabs"))->setCurrentIndex(1);
        auto *forecast = page->findChild<QTableView *>(QStringLiteral("forecastTable"));
        const QString month = QDateTime::fromMSecsSinceEpoch(w.clock.nowMs()).date().addMonths(1).toString(QStringLiteral("yyyy-MM"));
        bool inForecast = false;
        for (int r = 0; r < forecast->model()->rowCount(); ++r)
            if (forecast->model()->index(r, ForecastModel::Month).data().toString() == month)
                inForecast = forecast->model()->index(r, ForecastModel::Weighted).data().toString()
                             == QStringLiteral("60,000.00");
        QVERIFY(inForecast);

        // Won through the card's own menu path; the funnel counts it as won.
        const Opportunity *card = proposal->cardAt(0);
        emit board->moveRequested(card->id, card->rowVersion, QStringLiteral("won"));
        QCOMPARE(board->column(QStringLiteral("won"))->rowCount(), 1);
        QCOMPARE(page->report().wonMinor, 12'000'000);
        QCOMPARE(page->report().openWeightedMinor, 0);
        auto history = OpportunityService(*w.db, w.clock).history(w.sales1, board->column(QStringLiteral("won"))->cardAt(0)->id);
        QCOMPARE(history->size(), 3);
    }

    void aManagerSeesTheDepartmentAndSetsAQuota()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        for (const Session *who : {&w.sales1, &w.sales2}) {
            CustomerDraft c;
            c.name = QStringLiteral("客户 %1").arg(who->displayName);
            c.ownerId = who->userId;
            auto made = CustomerService(*w.db, w.clock).create(*who, c);
            QVERIFY(made);
            OpportunityDraft d;
            d.customerId = made->id;
            d.name = QStringLiteral("单 %1").arg(who->displayName);
            d.amountMinor = 100'000;
            QVERIFY(OpportunityService(*w.db, w.clock).create(*who, d));
        }
        MainWindow window({w.db.get(), w.manager, &w.clock});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(MainWindow::FunnelPageIndex);
        auto *page = window.findChild<FunnelPage *>(QStringLiteral("funnelPage"));
        QCOMPARE(page->board()->column(QStringLiteral("initial"))->rowCount(), 2);
        auto *owner = page->findChild<QComboBox *>(QStringLiteral("funnelOwner"));
        owner->setCurrentIndex(owner->findData(w.sales2.userId));
        QCOMPARE(page->board()->column(QStringLiteral("initial"))->rowCount(), 1);

        whenModalOpens<QuotaDialog>([&](QuotaDialog *dialog) {
            auto *person = dialog->findChild<QComboBox *>(QStringLiteral("quotaPerson"));
            person->setCurrentIndex(person->findData(w.sales2.userId));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("quotaAmount")), QStringLiteral("500,000"));
            dialog->accept();
        });
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("setQuota")), Qt::LeftButton);
        auto *quotas = page->findChild<QTableView *>(QStringLiteral("quotaTable"));
        bool shown = false;
        for (int r = 0; r < quotas->model()->rowCount(); ++r)
            shown = shown || quotas->model()->index(r, QuotaAttainmentModel::QuotaAmount).data().toString()
                                 == QStringLiteral("500,000.00");
        QVERIFY(shown);
    }
};

QTEST_MAIN(TestSalesGui)
#include "test_sales_gui.moc"
