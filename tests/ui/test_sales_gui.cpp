// SPDX-License-Identifier: GPL-3.0-or-later
// Sales as a new user meets it in the window: the showroom (展厅) first.
#include "core/customers/CustomerService.h"
#include "core/money/ChineseCapitals.h"
#include "core/money/Money.h"
#include "core/opportunities/OpportunityService.h"
#include "core/orders/OrderService.h"
#include "core/pricing/PriceListService.h"
#include "core/printing/DocumentPrinter.h"
#include "core/products/ProductService.h"
#include "core/quotes/QuoteService.h"
#include "models/opportunities/ForecastModel.h"
#include "models/opportunities/OpportunityCardsModel.h"
#include "models/opportunities/QuotaAttainmentModel.h"
#include "models/products/ProductListModel.h"
#include "models/sales/OrderListModel.h"
#include "models/sales/QuoteListModel.h"
#include "models/workbench/WorkListModel.h"
#include "ui/common/CustomerPicker.h"
#include "ui/customers/CustomerDealsTab.h"
#include "ui/opportunities/FunnelPage.h"
#include "ui/opportunities/OpportunityBoard.h"
#include "ui/opportunities/OpportunityDialog.h"
#include "ui/opportunities/QuotaDialog.h"
#include "ui/printing/PrintActions.h"
#include "ui/printing/PrintLogDialog.h"
#include "ui/printing/TemplateEditorDialog.h"
#include "ui/products/PriceListsDialog.h"
#include "ui/products/ProductDialog.h"
#include "ui/products/ProductsPage.h"
#include "ui/sales/DeliveryDialog.h"
#include "ui/sales/OrderDialog.h"
#include "ui/sales/QuoteDialog.h"
#include "ui/sales/SalesDocumentsPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/workbench/WorkbenchPage.h"
#include "ui/workbench/WorkbenchPanel.h"

#include "GuiSteps.h"
#include "TestWorkspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace guanxi;
using namespace guanxi::test;

class TestSalesGui : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

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
                QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("productCode")),
                                 QStringLiteral("NB-X1"));
                type(dialog->findChild<QLineEdit *>(QStringLiteral("productName")), QStringLiteral("商务笔记本 X1"));
                type(dialog->findChild<QLineEdit *>(QStringLiteral("productUnit")), QStringLiteral("台"));
                auto *price = dialog->findChild<QLineEdit *>(QStringLiteral("productListPrice"));
                QTest::keyClicks(price, QStringLiteral("8,999.001"));
                QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("productFloorPrice")),
                                 QStringLiteral("7999"));
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
            QCOMPARE(table->model()->index(0, ProductListModel::Name).data().toString(),
                     QStringLiteral("商务笔记本 X1"));
            QCOMPARE(table->model()->index(0, ProductListModel::ListPrice).data().toString(),
                     QStringLiteral("¥8,999.00"));
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
                && cost->text().isEmpty() && !dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
            dialog->reject();
        });
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("openProduct")), Qt::LeftButton);
        QVERIFY(readOnly);

        // "Add to a new quote": the selected product is on a new quote's lines (priced once the
        // customer is chosen).
        int linesOnTheQuote = -1;
        QString product;
        whenModalOpens<QuoteDialog>([&](QuoteDialog *dialog) {
            auto *lines = dialog->findChild<QTableWidget *>(QStringLiteral("quoteLines"));
            linesOnTheQuote = lines->rowCount();
            product = lines->item(0, 0)->text();
            dialog->reject();
        });
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addToQuote")), Qt::LeftButton);
        QCOMPARE(linesOnTheQuote, 1);
        QVERIFY2(product.contains(QStringLiteral("NB-X1")), qPrintable(product));
    }
    // A salesperson opens an opportunity on their customer, drags it along the board, and sees the
    // funnel and the forecast follow.
    // The main window builds every page at start but reads only the one it shows; the others read
    // when the user turns to them, and a change made while a page is hidden is read when it is next
    // shown, not before.
    void pagesReadWhenTheyAreShown()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        ProductDraft p;
        p.code = QStringLiteral("NB-X1");
        p.name = QStringLiteral("商务笔记本 X1");
        p.unit = QStringLiteral("台");
        p.listPriceMinor = 899'900;
        QVERIFY(ProductService(*w.db, w.clock).create(w.manager, p));
        CustomerDraft c;
        c.name = QStringLiteral("华东机电有限公司");
        c.ownerId = w.sales1.userId;
        const QString customerId = CustomerService(*w.db, w.clock).create(w.sales1, c)->id;
        const auto newDeal = [&](const QString &name) {
            OpportunityDraft deal;
            deal.customerId = customerId;
            deal.name = name;
            deal.amountMinor = 1'000'000;
            return bool(OpportunityService(*w.db, w.clock).create(w.sales1, deal));
        };
        QVERIFY(newDeal(QStringLiteral("笔记本更新")));

        MainWindow window({w.db.get(), w.sales1, &w.clock});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        auto *products = window.findChild<ProductsPage *>(QStringLiteral("productsPage"));
        QAbstractItemModel *productRows = products->findChild<QTableView *>(QStringLiteral("productsTable"))->model();
        const auto dealsOnBoard = [&window] {
            OpportunityCardsModel *initial = window.funnelPage()->board()->column(QStringLiteral("initial"));
            return initial ? initial->rowCount() : 0;
        };
        QCOMPARE(productRows->rowCount(), 0);
        QCOMPARE(dealsOnBoard(), 0);
        QCOMPARE(window.salesDocumentsPage()->orders()->rowCount(), 0);

        nav->setCurrentRow(MainWindow::ProductsPageIndex);
        QCOMPARE(productRows->rowCount(), 1);
        nav->setCurrentRow(MainWindow::WorkbenchPageIndex);
        p.code = QStringLiteral("NB-X2");
        QVERIFY(ProductService(*w.db, w.clock).create(w.manager, p));
        products->reload(); // as the main window does when a page's data changed
        QCOMPARE(productRows->rowCount(), 1);
        nav->setCurrentRow(MainWindow::ProductsPageIndex);
        QCOMPARE(productRows->rowCount(), 2);

        // The funnel reads itself each time it is turned to: a deal made elsewhere is on the board.
        nav->setCurrentRow(MainWindow::FunnelPageIndex);
        QCOMPARE(dealsOnBoard(), 1);
        nav->setCurrentRow(MainWindow::WorkbenchPageIndex);
        QVERIFY(newDeal(QStringLiteral("服务器扩容")));
        nav->setCurrentRow(MainWindow::FunnelPageIndex);
        QCOMPARE(dealsOnBoard(), 2);
    }

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
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("editStages"))->isVisible()); // managers only

        // The customer is found by its pinyin initials as the salesperson types; no customer, no deal.
        bool refusedWithoutCustomer = false;
        QStringList offers;
        QString chosen;
        whenModalOpens<OpportunityDialog>([&](OpportunityDialog *dialog) {
            type(dialog->findChild<QLineEdit *>(QStringLiteral("opportunityName")), QStringLiteral("机房改造"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("opportunityAmount")),
                             QStringLiteral("120,000"));
            dialog->accept();
            refusedWithoutCustomer =
                dialog->isVisible() && dialog->findChild<QLabel *>(QStringLiteral("opportunityProblem"))->isVisible();
            auto *picker = dialog->findChild<CustomerPicker *>(QStringLiteral("opportunityCustomer"));
            QTest::keyClicks(picker, QStringLiteral("hdjd"));
            offers = picker->offers();
            // The first offer, as a user takes it from the drop-down: down, then Enter.
            QTest::keyClick(picker, Qt::Key_Down);
            QTest::keyClick(picker, Qt::Key_Return);
            chosen = picker->customerId();
            dialog->accept();
            if (dialog->isVisible())
                dialog->reject(); // fails below instead of hanging
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
        QCOMPARE(page->report().openWeightedMinor, 1'200'000); // 10 % of 120,000.00

        // Dragged to 方案报价: the drop reaches the column's model as a view delivers it.
        OpportunityCardsModel *proposal = board->column(QStringLiteral("proposal"));
        std::unique_ptr<QMimeData> drag(initial->mimeData({initial->index(0)}));
        QVERIFY(proposal->canDropMimeData(drag.get(), Qt::MoveAction, -1, -1, {}));
        proposal->dropMimeData(drag.get(), Qt::MoveAction, -1, -1, {});
        QCOMPARE(initial->rowCount(), 0);
        QCOMPARE(proposal->rowCount(), 1);
        QCOMPARE(page->report().openWeightedMinor, 6'000'000); // 50 %
        QCOMPARE(board->currentOpportunityId(), proposal->cardAt(0)->id);

        // The forecast has it in its expected month (a month from "now"), weighted.
        page->findChild<QTabWidget *>(QStringLiteral("funnelTabs"))->setCurrentIndex(1);
        auto *forecast = page->findChild<QTableView *>(QStringLiteral("forecastTable"));
        const QString month =
            QDateTime::fromMSecsSinceEpoch(w.clock.nowMs()).date().addMonths(1).toString(QStringLiteral("yyyy-MM"));
        bool inForecast = false;
        for (int r = 0; r < forecast->model()->rowCount(); ++r)
            if (forecast->model()->index(r, ForecastModel::Month).data().toString() == month)
                inForecast = forecast->model()->index(r, ForecastModel::Weighted).data().toString()
                    == QStringLiteral("60,000.00");
        QVERIFY(inForecast);

        // Won through the card's own menu path (back on the board); the funnel counts it as won.
        page->findChild<QTabWidget *>(QStringLiteral("funnelTabs"))->setCurrentIndex(0);
        const Opportunity *card = proposal->cardAt(0);
        emit board->moveRequested(card->id, card->rowVersion, QStringLiteral("won"));
        QCOMPARE(board->column(QStringLiteral("won"))->rowCount(), 1);
        QCOMPARE(page->report().wonMinor, 12'000'000);
        QCOMPARE(page->report().openWeightedMinor, 0);
        auto history =
            OpportunityService(*w.db, w.clock).history(w.sales1, board->column(QStringLiteral("won"))->cardAt(0)->id);
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
        page->findChild<QTabWidget *>(QStringLiteral("funnelTabs"))->setCurrentIndex(FunnelPage::AnalysisTab);
        auto *quotas = page->findChild<QTableView *>(QStringLiteral("quotaTable"));
        bool shown = false;
        for (int r = 0; r < quotas->model()->rowCount(); ++r)
            shown = shown
                || quotas->model()->index(r, QuotaAttainmentModel::QuotaAmount).data().toString()
                    == QStringLiteral("500,000.00");
        QVERIFY(shown);
    }
    // The whole flow, as a salesperson and their manager: an opportunity moved along the
    // board, a quote with a discount below the floor, approved by the manager, saved as PDF with the
    // amount in Chinese capitals, made into an order, partly delivered, a payment recorded, and the
    // funnel showing the deal won.
    void fromOpportunityToCash()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        PrintTemplates::setFolderForTests(w.dir.filePath(QStringLiteral("templates")));
        CustomerDraft c;
        c.name = QStringLiteral("华东机电有限公司");
        c.documentLanguage = QStringLiteral("zh_CN"); // its paper in Chinese, whatever the program speaks
        c.ownerId = w.sales1.userId;
        const QString customerId = CustomerService(*w.db, w.clock).create(w.sales1, c)->id;
        ProductDraft p;
        p.code = QStringLiteral("NB-X1");
        p.name = QStringLiteral("商务笔记本 X1");
        p.unit = QStringLiteral("台");
        p.listPriceMinor = 899'900;
        p.floorPriceMinor = 799'900;
        const QString laptop = ProductService(*w.db, w.clock).create(w.manager, p)->id;
        OpportunityDraft deal;
        deal.customerId = customerId;
        deal.name = QStringLiteral("笔记本更新");
        deal.amountMinor = 8'000'000;
        deal.expectedCloseOn = QDateTime::fromMSecsSinceEpoch(w.clock.nowMs()).date().toString(Qt::ISODate);
        const QString opportunityId = OpportunityService(*w.db, w.clock).create(w.sales1, deal)->id;

        QString quoteId;
        {
            MainWindow window({w.db.get(), w.sales1, &w.clock});
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
            // Along the board to 方案报价.
            nav->setCurrentRow(MainWindow::FunnelPageIndex);
            FunnelPage *funnel = window.funnelPage();
            OpportunityCardsModel *initial = funnel->board()->column(QStringLiteral("initial"));
            std::unique_ptr<QMimeData> drag(initial->mimeData({initial->index(0)}));
            funnel->board()->column(QStringLiteral("proposal"))->dropMimeData(drag.get(), Qt::MoveAction, -1, -1, {});
            QCOMPARE(funnel->board()->column(QStringLiteral("proposal"))->rowCount(), 1);

            // A quote for ten laptops at 15 % off: below the floor.
            nav->setCurrentRow(MainWindow::SalesDocumentsPageIndex);
            SalesDocumentsPage *page = window.salesDocumentsPage();
            QString refusedToSend;
            whenModalOpens<QuoteDialog>([&](QuoteDialog *dialog) {
                auto *picker = dialog->findChild<CustomerPicker *>(QStringLiteral("quoteCustomer"));
                QTest::keyClicks(picker, QStringLiteral("hdjd"));
                QTest::keyClick(picker, Qt::Key_Down);
                QTest::keyClick(picker, Qt::Key_Return);
                // The customer's one open deal is chosen by itself.
                auto *opportunity = dialog->findChild<QComboBox *>(QStringLiteral("quoteOpportunity"));
                QCOMPARE(opportunity->currentData().toString(), opportunityId);
                dialog->addProduct(laptop, 10'000);
                dialog->setLineDiscount(0, QStringLiteral("15"));
                // The line's amount and the totals show while typing, before anything is saved:
                // 8,999.00 × 10 less 15 %.
                auto *lines = dialog->findChild<QTableWidget *>(QStringLiteral("quoteLines"));
                QVERIFY(lines);
                QTRY_COMPARE(lines->item(0, lines->columnCount() - 1)->text(), QStringLiteral("76,491.50"));
                QVERIFY2(dialog->findChild<QLabel *>(QStringLiteral("quoteTotals"))
                             ->text()
                             .contains(QStringLiteral("¥76,491.50")),
                         qPrintable(dialog->findChild<QLabel *>(QStringLiteral("quoteTotals"))->text()));
                QVERIFY(dialog->quoteId().isEmpty());
                QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveQuote")), Qt::LeftButton);
                quoteId = dialog->quoteId();
                QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("sendQuote")), Qt::LeftButton);
                auto *problem = dialog->findChild<QLabel *>(QStringLiteral("quoteProblem"));
                refusedToSend = problem->isVisible() ? problem->text() : QString();
                QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("approveQuote"))->isVisible());
                // Making the order is refused before the payment terms are asked for.
                bool askedForTerms = false;
                ifModalOpens<QInputDialog>(
                    [&](QInputDialog *terms) {
                        askedForTerms = true;
                        terms->reject();
                    },
                    5);
                QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("makeOrder")), Qt::LeftButton);
                QTest::qWait(100);
                QVERIFY(!askedForTerms);
                QVERIFY2(problem->isVisible() && problem->text().contains(QStringLiteral("approve")),
                         qPrintable(problem->text()));
                // The salesperson asks for the approval, with a word for the manager.
                auto *ask = dialog->findChild<QPushButton *>(QStringLiteral("requestApproval"));
                QVERIFY(ask->isVisible() && ask->isEnabled());
                whenModalOpens<QInputDialog>([](QInputDialog *message) {
                    message->setTextValue(QStringLiteral("客户承诺年内追加订单"));
                    message->accept();
                });
                QTest::mouseClick(ask, Qt::LeftButton);
                QVERIFY(!ask->isEnabled()); // once is enough
                const QString state = dialog->findChild<QLabel *>(QStringLiteral("quoteState"))->text();
                QVERIFY2(state.contains(w.sales1.displayName) && state.contains(QStringLiteral("客户承诺年内追加订单")),
                         qPrintable(state));
                dialog->accept();
            });
            QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("newQuote")), Qt::LeftButton);
            QVERIFY(!quoteId.isEmpty());
            QVERIFY2(!refusedToSend.isEmpty(), "sending a quote below the floor was not refused");
            QCOMPARE(page->quotes()->rowCount(), 1);
            QCOMPARE(page->quotes()->quoteAt(0)->approval, QuoteApproval::Needed);
        }

        // The request reaches the manager: counted in the status bar, first on their own day of the
        // workbench, where they refuse it with a reason.
        {
            MainWindow window({w.db.get(), w.manager, &w.clock});
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *count = window.findChild<QPushButton *>(QStringLiteral("statusApprovals"));
            QVERIFY(count);
            QTRY_COMPARE(count->text(), QStringLiteral("Approvals waiting: 1"));
            QVERIFY(count->isVisible());
            WorkbenchPage *bench = window.workbenchPage();
            QCOMPARE(bench->findChild<QTabWidget *>(QStringLiteral("workbenchTabs"))->currentIndex(), 0);
            WorkbenchPanel *approvals = bench->panel(QStringLiteral("approvals"));
            QVERIFY(approvals->isVisible());
            QCOMPARE(approvals->model()->rowCount(), 1);
            QVERIFY(approvals->model()->itemAt(0)->detail.contains(QStringLiteral("客户承诺年内追加订单")));
            whenModalOpens<QuoteDialog>([&](QuoteDialog *dialog) {
                QCOMPARE(dialog->quoteId(), quoteId);
                auto *refuse = dialog->findChild<QPushButton *>(QStringLiteral("refuseQuote"));
                QVERIFY(refuse->isVisible());
                whenModalOpens<QInputDialog>([](QInputDialog *why) {
                    why->setTextValue(QStringLiteral("折扣超出权限，请先确认预付款"));
                    why->accept();
                });
                QTest::mouseClick(refuse, Qt::LeftButton);
                dialog->accept();
            });
            approvals->view()->setCurrentIndex(approvals->view()->model()->index(0, 0));
            emit approvals->view()->activated(approvals->view()->currentIndex());
            QCOMPARE(approvals->model()->rowCount(), 0);
            QTRY_VERIFY(!count->isVisible());
        }
        // The salesperson sees who refused and why, asks again; the manager approves.
        {
            MainWindow window({w.db.get(), w.sales1, &w.clock});
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            WorkbenchPanel *approvals = window.workbenchPage()->panel(QStringLiteral("approvals"));
            QCOMPARE(approvals->model()->rowCount(), 1);
            QVERIFY(approvals->model()->itemAt(0)->detail.contains(QStringLiteral("王经理")));
            QVERIFY(approvals->model()->itemAt(0)->detail.contains(QStringLiteral("折扣超出权限")));
            auto q = QuoteService(*w.db, w.clock).get(w.sales1, quoteId);
            QVERIFY(QuoteService(*w.db, w.clock).requestApproval(w.sales1, quoteId, q->rowVersion));
        }
        {
            MainWindow window({w.db.get(), w.manager, &w.clock});
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.findChild<QListWidget *>(QStringLiteral("navigation"))
                ->setCurrentRow(MainWindow::SalesDocumentsPageIndex);
            SalesDocumentsPage *page = window.salesDocumentsPage();
            whenModalOpens<QuoteDialog>([&](QuoteDialog *dialog) {
                auto *approve = dialog->findChild<QPushButton *>(QStringLiteral("approveQuote"));
                QVERIFY(approve->isVisible());
                QTest::mouseClick(approve, Qt::LeftButton);
                const QString state = dialog->findChild<QLabel *>(QStringLiteral("quoteState"))->text();
                QVERIFY2(state.contains(QStringLiteral("折扣超出权限")), qPrintable(state)); // the history stays
                dialog->accept();
            });
            page->openQuote(quoteId);
        }
        auto approved = QuoteService(*w.db, w.clock).get(w.sales1, quoteId);
        QCOMPARE(approved->approval, QuoteApproval::Approved);
        QCOMPARE(approved->approvedByName, QStringLiteral("王经理"));

        // The salesperson saves it as PDF, makes the order, delivers part and records a payment.
        MainWindow window({w.db.get(), w.sales1, &w.clock});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        nav->setCurrentRow(MainWindow::SalesDocumentsPageIndex);
        SalesDocumentsPage *page = window.salesDocumentsPage();
        const QString pdf = w.dir.filePath(QStringLiteral("quote.pdf"));
        PrintActions::setNextPdfPath(pdf);
        QString orderState;
        whenModalOpens<QuoteDialog>([&](QuoteDialog *dialog) {
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("pdfQuote")), Qt::LeftButton);
            whenModalOpens<QInputDialog>([&](QInputDialog *plan) {
                whenModalOpens<OrderDialog>([&](OrderDialog *order) {
                    // A new order may be delivered and paid; it is closed once it is paid.
                    QVERIFY(order->findChild<QPushButton *>(QStringLiteral("deliverOrder"))->isEnabled());
                    QVERIFY(order->findChild<QPushButton *>(QStringLiteral("recordPayment"))->isEnabled());
                    QVERIFY(!order->findChild<QPushButton *>(QStringLiteral("closeOrder"))->isEnabled());
                    whenModalOpens<DeliveryDialog>([&](DeliveryDialog *delivery) {
                        delivery->setQuantity(0, QStringLiteral("4"));
                        delivery->accept();
                    });
                    QTest::mouseClick(order->findChild<QPushButton *>(QStringLiteral("deliverOrder")), Qt::LeftButton);
                    whenModalOpens<PaymentDialog>([&](PaymentDialog *payment) {
                        payment->findChild<QLineEdit *>(QStringLiteral("paymentMethod"))
                            ->setText(QStringLiteral("银行转账"));
                        payment->accept();
                    });
                    QTest::mouseClick(order->findChild<QPushButton *>(QStringLiteral("recordPayment")), Qt::LeftButton);
                    orderState = order->findChild<QLabel *>(QStringLiteral("orderHeader"))->text();
                    // The order shows its payment history: the payment, for which instalment, how.
                    auto *payments = order->findChild<QTableWidget *>(QStringLiteral("orderPayments"));
                    QVERIFY(payments);
                    QCOMPARE(payments->rowCount(), 1);
                    QCOMPARE(payments->item(0, 3)->text(), QStringLiteral("银行转账"));
                    QVERIFY(!payments->item(0, 2)->text().isEmpty());
                    order->accept();
                });
                plan->accept();
            });
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("makeOrder")), Qt::LeftButton);
        });
        page->openQuote(quoteId);

        // The PDF, read back: the customer, the total in figures and in Chinese capitals, no watermark.
        QVERIFY(QFile::exists(pdf));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30'000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(words.contains(QStringLiteral("华东机电有限公司")));
        QVERIFY(words.contains(MoneyText::formatWithSymbol({approved->totals.total, QStringLiteral("CNY")})));
        QVERIFY2(words.contains(chineseCapitals(approved->totals.total)),
                 qPrintable(chineseCapitals(approved->totals.total)));
        QVERIFY(!words.contains(DocumentPrinter::tr("DRAFT")));
        QCOMPARE(DocumentPrinter(*w.db, w.clock).logFor(quoteId)->size(), 1);
        PrintLogDialog log({w.db.get(), w.sales1, &w.clock}, {quoteId});
        QCOMPARE(log.entries(), 1); // who saved it as PDF, and when, for everyone to see

        // The order: partly delivered, the first receivable paid.
        auto orders = OrderService(*w.db, w.clock).list(w.sales1);
        QCOMPARE(orders->size(), 1);
        auto order = OrderService(*w.db, w.clock).get(w.sales1, orders->first().id);
        QCOMPARE(order->status, OrderStatus::PartlyDelivered);
        QCOMPARE(order->lines.first().deliveredMilli, 4'000);
        QCOMPARE(order->paidMinor(), order->receivables.first().amountMinor);
        QVERIFY(orderState.contains(orderStatusDisplayName(OrderStatus::PartlyDelivered)));
        QCOMPARE(QuoteService(*w.db, w.clock).get(w.sales1, quoteId)->status, QuoteStatus::Accepted);

        // The funnel: the deal is won at the order's amount, in this month's forecast.
        nav->setCurrentRow(MainWindow::FunnelPageIndex);
        FunnelPage *funnel = window.funnelPage();
        QCOMPARE(funnel->report().won, 1);
        QCOMPARE(funnel->report().wonMinor, order->totals.total);
        const QString month =
            QDateTime::fromMSecsSinceEpoch(w.clock.nowMs()).date().toString(QStringLiteral("yyyy-MM"));
        bool inForecast = false;
        for (const ForecastMonth &m : funnel->report().forecast)
            inForecast = inForecast || (m.month == month && m.wonMinor == order->totals.total);
        QVERIFY(inForecast);
        QCOMPARE(funnel->board()->column(QStringLiteral("won"))->rowCount(), 1);

        // The customer card shows the deal, the quote and the order together.
        CustomerDealsTab deals({w.db.get(), w.sales1, &w.clock});
        deals.setCustomer(customerId, true);
        QCOMPARE(deals.tree()->topLevelItemCount(), 3);
        for (int g = 0; g < 3; ++g)
            QCOMPARE(deals.tree()->topLevelItem(g)->childCount(), 1);
        QCOMPARE(deals.tree()->topLevelItem(2)->child(0)->text(0), order->number);
    }
    // The template editor: the preview shows a real quote as the user types; a template with an
    // unknown placeholder is explained and not saved; a good one is saved to the user's folder.
    void templatesAreEditedWithALivePreview()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        const QString folder = w.dir.filePath(QStringLiteral("my-templates"));
        PrintTemplates::setFolderForTests(folder);
        CustomerDraft c;
        c.name = QStringLiteral("华东机电有限公司");
        c.ownerId = w.sales1.userId;
        const QString customerId = CustomerService(*w.db, w.clock).create(w.sales1, c)->id;
        ProductDraft p;
        p.code = QStringLiteral("NB-X1");
        p.name = QStringLiteral("商务笔记本 X1");
        p.listPriceMinor = 899'900;
        const QString laptop = ProductService(*w.db, w.clock).create(w.manager, p)->id;
        QuoteDraft d;
        d.customerId = customerId;
        d.lines = {{laptop, 1000, -1, 0, -1, {}}};
        QVERIFY(QuoteService(*w.db, w.clock).create(w.sales1, d));

        TemplateEditorDialog editor({w.db.get(), w.sales1, &w.clock});
        editor.show();
        // Each template in each language a document is printed in.
        editor.setLanguage(QStringLiteral("en"));
        QVERIFY(editor.preview()->toPlainText().contains(QStringLiteral("Quotation no.")));
        QVERIFY(
            editor.preview()->toPlainText().contains(QStringLiteral("eight thousand nine hundred ninety-nine yuan")));
        editor.setLanguage(QStringLiteral("zh_CN"));
        QVERIFY(editor.preview()->toPlainText().contains(QStringLiteral("华东机电有限公司")));
        QVERIFY(editor.preview()->toPlainText().contains(QStringLiteral("报价单号")));
        editor.editor()->setPlainText(QStringLiteral("<h1>{{customer.name}}</h1><p>{{customer.fax}}</p>"));
        editor.refreshPreview();
        QVERIFY(editor.problems().contains(QStringLiteral("customer.fax")));
        QVERIFY(!editor.save());
        QVERIFY(!QFile::exists(folder + QStringLiteral("/zh_CN/quote.html")));
        editor.editor()->setPlainText(QStringLiteral("<h1>报价：{{customer.name}}</h1><p>{{total.in_words}}</p>"));
        editor.refreshPreview();
        QVERIFY(editor.problems().isEmpty());
        QVERIFY(editor.preview()->toPlainText().contains(QStringLiteral("报价：华东机电有限公司")));
        QVERIFY(editor.preview()->toPlainText().contains(QStringLiteral("捌仟玖佰玖拾玖元整")));
        QVERIFY(editor.save());
        QCOMPARE(PrintTemplates::load(PrintKind::Quote, QStringLiteral("zh_CN")), editor.editor()->toPlainText());
        QVERIFY(PrintTemplates::load(PrintKind::Quote, QStringLiteral("en")).contains(QStringLiteral("Quotation no.")));
    }
    void aManagerKeepsPriceLists()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        ProductDraft p;
        p.code = QStringLiteral("NB-X1");
        p.name = QStringLiteral("商务笔记本 X1");
        p.listPriceMinor = 899'900;
        const QString laptop = ProductService(*w.db, w.clock).create(w.manager, p)->id;
        PriceListsDialog dialog({w.db.get(), w.manager, &w.clock});
        dialog.newList(QStringLiteral("渠道价"), false, -1);
        dialog.setPrice(0, QStringLiteral("8,100.5"));
        dialog.setPrice(0, QStringLiteral("8,100.555")); // refused: three decimals
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("priceListProblem"))->isVisibleTo(&dialog));
        auto lists = PriceListService(*w.db, w.clock).lists();
        QCOMPARE(lists->size(), 1);
        QCOMPARE(*PriceListService(*w.db, w.clock).priceOn(lists->first().id, laptop), std::optional<qint64>(810'050));
        dialog.newList(QStringLiteral("贵宾价"), true, 2);
        QCOMPARE(PriceListService(*w.db, w.clock).lists()->size(), 2);

        PriceListsDialog readOnly({w.db.get(), w.sales1, &w.clock});
        QVERIFY(!readOnly.findChild<QPushButton *>(QStringLiteral("newPriceList"))->isVisibleTo(&readOnly));
    }
};

QTEST_MAIN(TestSalesGui)
#include "test_sales_gui.moc"
