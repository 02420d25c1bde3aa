// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real main window as a user would: type into the customer card, save, see the row;
// bad input keeps the card open with the message; delete and undo.
#include "core/customers/CustomerService.h"
#include "core/i18n/Translations.h"
#include "core/secrets/SecretStore.h"
#include "models/customers/CustomerListModel.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/customers/CustomerCardDialog.h"
#include "ui/customers/CustomersPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/startup/SignInDialog.h"

#include "Builders.h"
#include "GuiSteps.h"
#include "TestWorkspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

using namespace guanxi;
using namespace guanxi::test;

class TestCustomersGui : public QObject {
    Q_OBJECT

    static void clickSave(CustomerCardDialog *card)
    {
        auto *box = card->findChild<QDialogButtonBox *>();
        QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void typeSaveAndSeeTheRow()
    {
        TestWorkspace w;
        QVERIFY(w.init(false));
        MainWindow window({w.db.get(), w.admin, &w.clock});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = window.customersPage();
        QCOMPARE(page->model()->rowCount(), 0);
        QCOMPARE(window.statusBar()->findChild<QLabel *>(QStringLiteral("statusUser"))->text(),
                 QStringLiteral("User: 管理员"));

        // The card opens beside the list (not modal).
        QTest::mouseClick(page->findChild<QToolButton *>(QStringLiteral("newCustomerButton")), Qt::LeftButton);
        auto *card = guanxi::test::shownWindow<CustomerCardDialog>();
        QVERIFY(card);
        QVERIFY(!card->isModal());
        type(card->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("南京金桥机械有限公司"));
        QTest::keyClicks(card->findChild<QLineEdit *>(QStringLiteral("phone")), QStringLiteral("025-8432 1000"));
        QTest::keyClicks(card->findChild<QLineEdit *>(QStringLiteral("email")), QStringLiteral("info@jinqiao.cn"));
        card->findChild<QComboBox *>(QStringLiteral("tier"))->setCurrentIndex(2);
        type(card->findChild<QComboBox *>(QStringLiteral("region"))->lineEdit(), QStringLiteral("江苏 南京"));
        clickSave(card);
        QVERIFY(!card->isVisible());

        QCOMPARE(page->model()->rowCount(), 1);
        const QModelIndex name = page->model()->index(0, CustomerListModel::Name);
        QCOMPARE(name.data().toString(), QStringLiteral("南京金桥机械有限公司"));
        QCOMPARE(page->model()->index(0, CustomerListModel::Tier).data().toString(), QStringLiteral("VIP"));
        QCOMPARE(page->model()->index(0, CustomerListModel::Region).data().toString(), QStringLiteral("江苏 南京"));
        QVERIFY(page->view()->selectionModel()->isRowSelected(0, {}));
    }

    void badInputKeepsTheCardOpenWithTheMessage()
    {
        TestWorkspace w;
        QVERIFY(w.init(false));
        MainWindow window({w.db.get(), w.admin, &w.clock});
        window.show();
        auto *page = window.customersPage();
        CustomerCardDialog *card = page->newCustomer();
        type(card->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("坏邮箱公司"));
        QTest::keyClicks(card->findChild<QLineEdit *>(QStringLiteral("email")), QStringLiteral("no-at-sign"));
        clickSave(card);
        auto *problem = card->findChild<QLabel *>(QStringLiteral("problem"));
        const bool sawProblem = card->isVisible() && problem->isVisible()
            && problem->text().contains(QStringLiteral("no-at-sign"))
            && card->focusWidget() == card->findChild<QLineEdit *>(QStringLiteral("email"));
        card->reject();
        QVERIFY(sawProblem);
        QCOMPARE(page->model()->rowCount(), 0);
    }

    void severalCardsStayOpenBesideTheList()
    {
        TestWorkspace w;
        QVERIFY(w.init(false));
        CustomerService customers(*w.db, w.clock);
        CustomerDraft d;
        d.name = QStringLiteral("甲公司");
        const QString a = customers.create(w.admin, d)->id;
        d.name = QStringLiteral("乙公司");
        const QString b = customers.create(w.admin, d)->id;
        MainWindow window({w.db.get(), w.admin, &w.clock});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CustomersPage *page = window.customersPage();
        CustomerCardDialog *first = page->openCustomer(a);
        CustomerCardDialog *second = page->openCustomer(b);
        QVERIFY(first && second && first != second);
        QVERIFY(first->isVisible() && second->isVisible());
        QVERIFY(!first->isModal() && !second->isModal());
        QVERIFY(!QApplication::activeModalWidget()); // the list and the other pages stay usable
        QCOMPARE(page->openCards().size(), 2);
        QCOMPARE(page->openCustomer(a), first); // asked again: the same card comes forward
        QVERIFY(first->pos() != second->pos()); // not one on top of the other
        // Editing one and cancelling leaves the list as stored; saving the other shows at once.
        first->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("甲公司（改）"));
        first->reject();
        second->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("乙公司（新名）"));
        clickSave(second);
        QTRY_COMPARE(page->openCards().size(), 0);
        QStringList names;
        for (int r = 0; r < page->model()->rowCount(); ++r)
            names << page->model()->index(r, CustomerListModel::Name).data().toString();
        QVERIFY2(names.contains(QStringLiteral("甲公司")) && names.contains(QStringLiteral("乙公司（新名）")),
                 qPrintable(names.join(QLatin1Char(','))));
    }

    void deleteThenUndo()
    {
        TestWorkspace w;
        QVERIFY(w.init(false));
        CustomerDraft d;
        d.name = QStringLiteral("可撤销公司");
        QVERIFY(CustomerService(*w.db, w.clock).create(w.admin, d));
        MainWindow window({w.db.get(), w.admin, &w.clock});
        window.show();
        auto *page = window.customersPage();
        QCOMPARE(page->model()->rowCount(), 1);
        page->view()->selectRow(0);
        page->deleteSelected();
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Ctrl+Z")));
        QAction *undo = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(QKeySequence::Undo))
                undo = a;
        QVERIFY(undo && undo->isEnabled());
        undo->trigger();
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->index(0, 0).data().toString(), QStringLiteral("可撤销公司"));
    }

    // Deleting several customers asks first; "No" keeps them all. The question is answered through
    // the message-box seam, so no dialog has to be waited for.
    void deletingSeveralAsksFirst()
    {
        TestWorkspace w;
        QVERIFY(w.init(false));
        CustomerService customers(*w.db, w.clock);
        QVERIFY(customers.create(w.admin, aCustomer(QStringLiteral("甲公司"))));
        QVERIFY(customers.create(w.admin, aCustomer(QStringLiteral("乙公司"))));
        MainWindow window({w.db.get(), w.admin, &w.clock});
        window.show();
        CustomersPage *page = window.customersPage();
        QCOMPARE(page->model()->rowCount(), 2);
        page->view()->selectAll();
        MessageBox::setNextAnswer(QMessageBox::No);
        page->deleteSelected();
        QVERIFY(!MessageBox::answerPending());
        QVERIFY2(MessageBox::lastText().contains(QLatin1Char('2')), qPrintable(MessageBox::lastText()));
        QCOMPARE(page->model()->rowCount(), 2);
        page->view()->selectAll();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        page->deleteSelected();
        QCOMPARE(page->model()->rowCount(), 0);
    }

    // Export: the file the user picks (through the file-dialog seam) holds the customers listed.
    void exportWritesTheChosenFile()
    {
        TestWorkspace w;
        QVERIFY(w.init(false));
        CustomerService customers(*w.db, w.clock);
        QVERIFY(customers.create(w.admin, aCustomer(QStringLiteral("导出甲公司"))));
        QVERIFY(customers.create(w.admin, aCustomer(QStringLiteral("导出乙公司"))));
        MainWindow window({w.db.get(), w.admin, &w.clock});
        window.show();
        const QString path = w.dir.filePath(QStringLiteral("客户.csv"));
        FileDialog::setNextFileName(path);
        window.customersPage()->exportList();
        QCOMPARE(FileDialog::lastCaption(), CustomersPage::tr("Export customers"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.contains(QStringLiteral("导出甲公司")) && text.contains(QStringLiteral("导出乙公司")),
                 qPrintable(text));
        // Cancelling the dialog (an empty name) writes nothing.
        QVERIFY(QFile::remove(path));
        FileDialog::setNextFileName(QString());
        window.customersPage()->exportList();
        QVERIFY(!QFile::exists(path));
    }

    void theWholeWindowSpeaksChinese_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("customers");
        QTest::addColumn<QString>("newCustomer");
        QTest::addColumn<QString>("cancel");
        QTest::newRow("zh_CN") << "zh_CN"
                               << "客户"
                               << "新建客户(&N)"
                               << "取消";
        QTest::newRow("zh_TW") << "zh_TW"
                               << "客戶"
                               << "新增客戶(&N)"
                               << "取消";
    }
    void theWholeWindowSpeaksChinese()
    {
        QFETCH(QString, language);
        QFETCH(QString, customers);
        QFETCH(QString, newCustomer);
        QFETCH(QString, cancel);
        Translations::install(language);
        TestWorkspace w;
        QVERIFY(w.init(false));
        MainWindow window({w.db.get(), w.admin, &w.clock});
        QCOMPARE(
            window.findChild<QListWidget *>(QStringLiteral("navigation"))->item(MainWindow::CustomersPageIndex)->text(),
            customers);
        QCOMPARE(window.customersPage()->findChild<QToolButton *>(QStringLiteral("newCustomerButton"))->text(),
                 newCustomer);
        // Qt's own strings too (standard dialog buttons).
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), cancel);
        Translations::install(QStringLiteral("en"));
    }

    // Every page of the main window fits a 1024 × 700 screen, in every language and for every role
    // (a manager's workbench has the team tab, an administrator's settings the most groups).
    void theWindowFitsASmallScreen_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *l : {"zh_CN", "zh_TW", "en"})
            QTest::newRow(l) << QString::fromLatin1(l);
    }
    void theWindowFitsASmallScreen()
    {
        QFETCH(QString, language);
        Translations::install(language);
        TestWorkspace w;
        QVERIFY(w.init());
        for (const Session &who : {w.admin, w.manager, w.sales1}) {
            MainWindow window({w.db.get(), who, &w.clock});
            window.resize(1024, 700);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            for (int page = MainWindow::WorkbenchPageIndex; page <= MainWindow::SettingsPageIndex; ++page) {
                window.showPage(static_cast<MainWindow::Page>(page));
                QApplication::processEvents();
                const QSize least = window.minimumSizeHint().expandedTo(window.minimumSize());
                QVERIFY2(least.width() <= 1024 && least.height() <= 700,
                         qPrintable(QStringLiteral("%1, %2, page %3 needs %4 × %5")
                                        .arg(language, who.displayName)
                                        .arg(page)
                                        .arg(least.width())
                                        .arg(least.height())));
            }
            auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
            QVERIFY(!nav->horizontalScrollBar()->isVisible()); // every page name fits the sidebar
        }
        Translations::install(QStringLiteral("en"));
    }

    // File → Sign out closes the window and says so, so that the program asks who signs in next;
    // where nobody signs in (one user) there is nothing to switch to.
    void signOutFromTheFileMenu()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        MainWindow window({w.db.get(), w.sales1, &w.clock});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *signOut = window.findChild<QAction *>(QStringLiteral("signOutAction"));
        QVERIFY(signOut);
        QSignalSpy asked(&window, &MainWindow::signOutRequested);
        signOut->trigger();
        QCOMPARE(asked.count(), 1);
        QVERIFY(!window.isVisible());

        TestWorkspace alone;
        QVERIFY(alone.init(false));
        MainWindow single({alone.db.get(), alone.admin, &alone.clock});
        QVERIFY(!single.findChild<QAction *>(QStringLiteral("signOutAction")));
    }

    void signInChecksThePassword()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        InMemorySecretStore secrets;
        SignInDialog dialog(*w.db, w.clock, &secrets);
        dialog.show();
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
        QTest::keyClicks(password, QStringLiteral("wrong-password"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        password->clear();
        QTest::keyClicks(password, QStringLiteral("secret1"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.session().userId.isEmpty());
        QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->isChecked());
    }

    void aRememberedPasswordIsFilledInNextTime()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        InMemorySecretStore secrets;
        {
            SignInDialog first(*w.db, w.clock, &secrets);
            QTest::keyClicks(first.findChild<QLineEdit *>(QStringLiteral("password")), QStringLiteral("secret1"));
            first.findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->setChecked(true);
            first.accept();
            QCOMPARE(first.result(), int(QDialog::Accepted));
        }
        SignInDialog second(*w.db, w.clock, &secrets);
        QCOMPARE(second.findChild<QLineEdit *>(QStringLiteral("password"))->text(), QStringLiteral("secret1"));
        QVERIFY(second.findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->isChecked());
        // Unticked at the next sign-in: forgotten.
        second.findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->setChecked(false);
        second.accept();
        SignInDialog third(*w.db, w.clock, &secrets);
        QVERIFY(third.findChild<QLineEdit *>(QStringLiteral("password"))->text().isEmpty());
    }

    void colleaguesChangesAppearAndTheSelectionStays()
    {
        TestWorkspace w;
        QVERIFY(w.init(false));
        CustomerService mine(*w.db, w.clock);
        for (int i = 0; i < 30; ++i) {
            CustomerDraft d;
            d.name = QStringLiteral("客户%1").arg(i, 2, 10, QLatin1Char('0'));
            QVERIFY(mine.create(w.admin, d));
        }
        MainWindow window({w.db.get(), w.admin, &w.clock});
        window.show();
        auto *page = window.customersPage();
        page->view()->selectRow(20);
        const QString selected = page->model()->idAt(20);

        // A colleague on another connection to the same file adds a customer that sorts first.
        auto colleagueDb = w.openAnother();
        CustomerDraft d;
        d.name = QStringLiteral("阿里巴巴");
        QVERIFY(CustomerService(*colleagueDb, w.clock).create(w.admin, d));
        page->refreshIfChangedElsewhere(); // what the page's timer does every few seconds

        QCOMPARE(page->model()->rowCount(), 31);
        QCOMPARE(page->model()->index(0, 0).data().toString(), QStringLiteral("阿里巴巴"));
        const QModelIndex current = page->view()->currentIndex();
        QCOMPARE(page->model()->idAt(current.row()), selected); // moved down one, still selected
        QCOMPARE(current.row(), 21);
    }
};

QTEST_MAIN(TestCustomersGui)
#include "test_customers_gui.moc"
