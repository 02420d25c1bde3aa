// SPDX-License-Identifier: GPL-3.0-or-later
// The customer 360 flows in the real main window, as a salesperson does them: find a customer by
// the pinyin initials of a contact, log a call with a follow-up on the card's timeline, be warned
// that a colleague owns the same company, capture a lead and convert it.
#include "core/contacts/ContactService.h"
#include "core/contacts/PhoneRules.h"
#include "core/customers/CustomerService.h"
#include "core/duplicates/DuplicatePolicy.h"
#include "core/leads/LeadService.h"
#include "core/pool/PublicPool.h"
#include "core/search/SearchService.h"
#include "core/tasks/TaskService.h"
#include "core/timeline/TimelineService.h"
#include "models/customers/CustomerListModel.h"
#include "ui/customers/CustomerCardDialog.h"
#include "ui/customers/CustomersPage.h"
#include "ui/customers/MergeCustomersDialog.h"
#include "ui/importexport/ImportDialog.h"
#include "ui/leads/LeadDialog.h"
#include "ui/leads/LeadsPage.h"
#include "ui/search/GlobalSearch.h"
#include "ui/settings/SalesRulesGroup.h"
#include "ui/shell/MainWindow.h"

#include "GuiSteps.h"
#include "TestWorkspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QWheelEvent>

#include <unicode/ucnv.h>

using namespace guanxi;
using namespace guanxi::test;

class TestCustomer360Gui : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void findACustomerByTheInitialsOfItsContact()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerDraft d;
        d.name = QStringLiteral("华联科技有限公司");
        auto customer = CustomerService(*w.db, w.clock).create(w.sales1, d);
        ContactDraft p;
        p.customerId = customer->id;
        p.name = QStringLiteral("张三丰");
        p.title = QStringLiteral("采购经理");
        p.channels = {{{}, ChannelKind::Mobile, {}, QStringLiteral("13800138000"), {}}};
        QVERIFY(ContactService(*w.db, w.clock).create(w.sales1, p));

        MainWindow window({w.db.get(), w.sales1, &w.clock});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        auto *box = window.findChild<QLineEdit *>(QStringLiteral("globalSearch"));
        QVERIFY(box->hasFocus());
        QTest::keyClicks(box, QStringLiteral("zsf"));
        const QStringList results = window.globalSearch()->results();
        QVERIFY(!results.isEmpty());
        QVERIFY2(results.first().contains(QStringLiteral("张三丰")), qPrintable(results.join(QLatin1Char('\n'))));
        QVERIFY(results.first().contains(QStringLiteral("华联科技有限公司")));
        // Whose it is and the phone, so that the right one of two 张三丰 is chosen.
        QVERIFY2(results.first().contains(w.sales1.displayName), qPrintable(results.first()));
        QVERIFY2(results.first().contains(QStringLiteral("138 0013 8000")), qPrintable(results.first()));

        QTest::keyClick(box, Qt::Key_Return); // Enter opens the best result
        auto *card = shownWindow<CustomerCardDialog>();
        QVERIFY(card);
        QCOMPARE(card->windowTitle(), QStringLiteral("华联科技有限公司"));
        auto *tabs = card->findChild<QTabWidget *>(QStringLiteral("cardTabs"));
        QCOMPARE(tabs->currentIndex(), int(CustomerCardDialog::ContactsTabIndex));
        auto *list = card->findChild<QTreeWidget *>(QStringLiteral("contactsList"));
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("张三丰"));
        card->reject();
    }

    void logACallWithAFollowUpOnTheCard()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerDraft d;
        d.name = QStringLiteral("南京金桥机械有限公司");
        auto customer = CustomerService(*w.db, w.clock).create(w.sales1, d);
        MainWindow window({w.db.get(), w.sales1, &w.clock});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QString followUp =
            QDateTime::fromMSecsSinceEpoch(w.clock.nowMs()).toLocalTime().date().addDays(7).toString(Qt::ISODate);
        CustomerCardDialog *card =
            window.customersPage()->openCustomer(customer->id, CustomerCardDialog::TimelineTabIndex);
        QVERIFY(card);
        type(card->findChild<QLineEdit *>(QStringLiteral("interactionSubject")), QStringLiteral("报价跟进"));
        card->findChild<QCheckBox *>(QStringLiteral("followUp"))->setChecked(true);
        QTest::mouseClick(card->findChild<QPushButton *>(QStringLiteral("logInteraction")), Qt::LeftButton);
        auto *entries = card->findChild<QTreeWidget *>(QStringLiteral("timelineEntries"));
        QCOMPARE(entries->topLevelItemCount(), 1);
        QCOMPARE(entries->topLevelItem(0)->text(2), QStringLiteral("报价跟进"));
        QCOMPARE(entries->topLevelItem(0)->text(6), followUp);
        // The button says the entry is saved at once; Cancel keeps it, and the list shows it.
        QVERIFY(card->findChild<QPushButton *>(QStringLiteral("logInteraction"))
                    ->text()
                    .contains(QStringLiteral("saved at once")));
        card->reject();
        auto *list = window.customersPage()->model();
        QCOMPARE(list->rowCount(), 1);
        QTRY_VERIFY(!list->index(0, CustomerListModel::LastContact).data().toString().isEmpty());
        auto timeline = TimelineService(*w.db, w.clock).customerTimeline(w.sales1, customer->id);
        QVERIFY(timeline);
        QCOMPARE(timeline->size(), 1);
        QCOMPARE(timeline->first().followUpOn, followUp);
    }

    void warnedThatAColleagueOwnsTheCompany()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerDraft d;
        d.name = QStringLiteral("杭州西子电梯有限公司");
        QVERIFY(CustomerService(*w.db, w.clock).create(w.sales1, d));
        MainWindow window({w.db.get(), w.sales2, &w.clock});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QString warning;
        {
            CustomerCardDialog *card = window.customersPage()->newCustomer();
            type(card->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("杭州西子電梯股份有限公司"));
            whenModalOpens<QMessageBox>([&warning](QMessageBox *box) {
                warning = box->text();
                for (QAbstractButton *b : box->buttons())
                    if (box->buttonRole(b) == QMessageBox::RejectRole)
                        b->click();
            });
            QTest::mouseClick(card->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
            card->reject();
        }
        QVERIFY2(warning.contains(QStringLiteral("张三")), qPrintable(warning)); // the colleague who owns it
        QVERIFY(!warning.contains(QStringLiteral("杭州西子电梯有限公司")));      // but not its details
        QCOMPARE(window.customersPage()->model()->rowCount(), 0);                // nothing saved

        // Where the company blocks duplicates, the salesperson cannot save it, but can ask the owner.
        QVERIFY(DuplicateRules(*w.db).setPolicy(w.manager, DuplicatePolicy::Block));
        bool couldSave = true;
        bool couldAsk = false;
        QString answer;
        {
            CustomerCardDialog *card = window.customersPage()->newCustomer();
            type(card->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("杭州西子電梯股份有限公司"));
            whenModalOpens<QMessageBox>([&](QMessageBox *box) {
                couldSave = box->findChild<QPushButton *>(QStringLiteral("saveAnyway")) != nullptr;
                auto *ask = box->findChild<QPushButton *>(QStringLiteral("askOwner"));
                couldAsk = ask != nullptr;
                whenModalOpens<QMessageBox>([&](QMessageBox *told) {
                    answer = told->text();
                    told->accept();
                });
                if (ask)
                    ask->click();
                else
                    box->reject();
            });
            QTest::mouseClick(card->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
            QVERIFY(card->isVisible()); // asking saves nothing and leaves the card open
            card->reject();
        }
        QVERIFY(!couldSave);
        QVERIFY(couldAsk);
        QVERIFY2(answer.contains(QStringLiteral("张三")), qPrintable(answer));
        QCOMPARE(window.customersPage()->model()->rowCount(), 0);
        const Result<QList<Task>> asked = TaskService(*w.db, w.clock).open(w.sales1);
        QCOMPARE(asked->size(), 1);
        QVERIFY(asked->first().fields.title.contains(w.sales2.displayName));
    }

    void captureALeadAndConvertIt()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        MainWindow window({w.db.get(), w.sales1, &w.clock});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::LeadsPageIndex);
        LeadsPage *leads = window.leadsPage();

        whenModalOpens<LeadDialog>([](LeadDialog *dialog) {
            type(dialog->findChild<QLineEdit *>(QStringLiteral("leadPerson")), QStringLiteral("王红"));
            type(dialog->findChild<QLineEdit *>(QStringLiteral("leadCompany")), QStringLiteral("红星机械有限公司"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("leadPhone")),
                             QStringLiteral("13700001111"));
            type(dialog->findChild<QLineEdit *>(QStringLiteral("leadSource")), QStringLiteral("展会"));
            dialog->accept();
        });
        QTest::mouseClick(leads->findChild<QPushButton *>(QStringLiteral("newLead")), Qt::LeftButton);
        auto *table = leads->findChild<QTableView *>(QStringLiteral("leadsTable"));
        const auto cell = [table](int row, int column) { return table->model()->index(row, column).data().toString(); };
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(cell(0, 1), QStringLiteral("红星机械有限公司"));
        // A phone typed in the dialog is written as imported and demo phones are.
        QCOMPARE(cell(0, 2), QStringLiteral("137 0000 1111"));
        // "Open leads" are the ones still being worked: a disqualified lead is not among them.
        {
            LeadDraft other;
            other.personName = QStringLiteral("赵六");
            other.company = QStringLiteral("无望贸易公司");
            LeadService service(*w.db, w.clock);
            auto lost = service.create(w.sales1, other);
            QVERIFY(lost);
            QVERIFY(service.setStatus(w.sales1, lost->id, LeadStatus::Disqualified, QStringLiteral("没有预算"),
                                      lost->rowVersion));
            leads->reload();
            QCOMPARE(table->model()->rowCount(), 1);
            auto *status = leads->findChild<QComboBox *>(QStringLiteral("leadStatusFilter"));
            status->setCurrentIndex(status->findData(static_cast<int>(LeadStatus::Disqualified)));
            QCOMPARE(table->model()->rowCount(), 1);
            QCOMPARE(cell(0, 1), QStringLiteral("无望贸易公司"));
            status->setCurrentIndex(1); // all leads
            QCOMPARE(table->model()->rowCount(), 2);
            status->setCurrentIndex(0); // open leads again
            QCOMPARE(table->model()->rowCount(), 1);
        }
        table->selectRow(0);

        whenModalOpens<QInputDialog>([](QInputDialog *amount) {
            amount->setDoubleValue(50000);
            amount->accept();
        });
        QTest::mouseClick(leads->findChild<QPushButton *>(QStringLiteral("convertLead")), Qt::LeftButton);
        auto *card = shownWindow<CustomerCardDialog>();
        QVERIFY(card);
        QCOMPARE(card->windowTitle(), QStringLiteral("红星机械有限公司"));
        auto *entries = card->findChild<QTreeWidget *>(QStringLiteral("timelineEntries"));
        QVERIFY(entries->topLevelItemCount() >= 1); // "converted from lead", with the lead's history
        card->reject();
        QCOMPARE(table->model()->rowCount(), 0); // converted leads leave the open list
        QCOMPARE(window.customersPage()->model()->rowCount(), 1);
    }

    void claimFromThePublicPoolAndMerge()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerService customers(*w.db, w.clock);
        QVERIFY(customers.create(w.admin, [] {
            CustomerDraft d;
            d.name = QStringLiteral("公海里的公司");
            return d;
        }()));
        QVERIFY(customers.create(w.sales1, [] {
            CustomerDraft d;
            d.name = QStringLiteral("南方物流有限公司");
            return d;
        }()));
        QVERIFY(customers.create(
            w.sales1,
            [] {
                CustomerDraft d;
                d.name = QStringLiteral("南方物流(广州)");
                return d;
            }(),
            OnDuplicate::Allow));
        MainWindow window({w.db.get(), w.sales1, &w.clock});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CustomersPage *page = window.customersPage();
        QCOMPARE(page->model()->rowCount(), 3);

        // 公海里的公司 sorts first (gong < nan): claim it.
        page->view()->selectRow(0);
        QTest::mouseClick(page->findChild<QToolButton *>(QStringLiteral("claimButton")), Qt::LeftButton);
        auto pool = SearchService(*w.db).search(w.sales1, QStringLiteral("公海里"));
        QCOMPARE(customers.get(w.sales1, pool->first().id)->fields.ownerId, w.sales1.userId);

        // Both 南方物流 rows, merged into one.
        page->view()->selectRow(1);
        page->view()->selectionModel()->select(page->model()->index(2, 0),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
        bool merged = false;
        whenModalOpens<MergeCustomersDialog>([&merged](MergeCustomersDialog *dialog) {
            merged = true;
            dialog->accept();
        });
        QTest::mouseClick(page->findChild<QToolButton *>(QStringLiteral("mergeButton")), Qt::LeftButton);
        QVERIFY(merged);
        QCOMPARE(page->model()->rowCount(), 2);
    }

    void aManagerSetsThePoolRules()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        QCOMPARE(PublicPool(*w.db, w.clock).rules()->daysNormal, 0); // off until someone decides
        MainWindow window({w.db.get(), w.manager, &w.clock});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *rules = window.findChild<SalesRulesGroup *>(QStringLiteral("salesRules"));
        QVERIFY(rules && rules->isEnabled());
        rules->findChild<QSpinBox *>(QStringLiteral("poolDaysNormal"))->setValue(30);
        rules->findChild<QSpinBox *>(QStringLiteral("poolDaysVip"))->setValue(120);
        QTest::mouseClick(rules->findChild<QPushButton *>(QStringLiteral("saveSalesRules")), Qt::LeftButton);
        const PoolRules saved = *PublicPool(*w.db, w.clock).rules();
        QCOMPARE(saved.daysNormal, 30);
        QCOMPARE(saved.daysVip, 120);
        QCOMPARE(saved.daysImportant, 0);

        MainWindow asSales({w.db.get(), w.sales1, &w.clock});
        QVERIFY(!asSales.findChild<SalesRulesGroup *>(QStringLiteral("salesRules"))->isEnabled());

        // The country of numbers without a code, and more public mail domains, from the same form.
        auto *region = rules->findChild<QComboBox *>(QStringLiteral("phoneRegion"));
        QCOMPARE(region->currentData().toString(), QStringLiteral("CN"));
        region->setCurrentIndex(region->findData(QStringLiteral("DE")));
        rules->findChild<QLineEdit *>(QStringLiteral("publicMailDomains"))
            ->setText(QStringLiteral("web.example， 21cn.com"));
        QTest::mouseClick(rules->findChild<QPushButton *>(QStringLiteral("saveSalesRules")), Qt::LeftButton);
        QCOMPARE(*PhoneRules(*w.db).region(), QStringLiteral("DE"));
        QCOMPARE(*DuplicateRules(*w.db).extraPublicDomains(),
                 (QStringList{QStringLiteral("web.example"), QStringLiteral("21cn.com")}));
        QVERIFY(PhoneRules(*w.db).setRegion(w.manager, QStringLiteral("CN")));
    }

    // A workbook's sheet is chosen where the data is, and can be changed; a column no field takes
    // is shown as kept in the notes.
    void importShowsSheetsAndColumnsKeptInNotes()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        const QString corpus = QStringLiteral(GUANXI_IMPORT_CORPUS);
        ImportDialog dialog({w.db.get(), w.sales1, &w.clock}, ImportTarget::Customers);
        QVERIFY(dialog.openFile(corpus + QStringLiteral("/instructions_sheet_first_data_active.xlsx")));
        auto *sheet = dialog.findChild<QComboBox *>(QStringLiteral("importSheet"));
        auto *mapping = dialog.findChild<QTableWidget *>(QStringLiteral("importMapping"));
        QVERIFY(!sheet->isHidden());
        QCOMPARE(sheet->count(), 2);
        QCOMPARE(sheet->currentText(), QStringLiteral("客户数据"));
        QCOMPARE(mapping->item(0, 0)->text(), QStringLiteral("客户名称"));
        sheet->setCurrentIndex(0);
        emit sheet->activated(0);
        QCOMPARE(mapping->item(0, 0)->text(), QStringLiteral("1. 客户名称必填"));
        QCOMPARE(sheet->currentText(), QStringLiteral("填写说明"));

        ImportDialog contacts({w.db.get(), w.sales1, &w.clock}, ImportTarget::Contacts);
        QVERIFY(contacts.openFile(corpus + QStringLiteral("/thunderbird.csv")));
        QVERIFY(contacts.findChild<QComboBox *>(QStringLiteral("importSheet"))->isHidden());
        auto *columns = contacts.findChild<QTableWidget *>(QStringLiteral("importMapping"));
        int nickname = -1;
        for (int r = 0; r < columns->rowCount(); ++r)
            if (columns->item(r, 0)->text() == QLatin1String("Nickname"))
                nickname = r;
        QVERIFY(nickname >= 0);
        QCOMPARE(qobject_cast<QComboBox *>(columns->cellWidget(nickname, 2))->currentData().toInt(),
                 static_cast<int>(ImportField::KeepInNotes));
        QCOMPARE(columns->item(nickname, 1)->text(), QStringLiteral("Countess"));
    }

    // Scrolling Settings with the wheel scrolls the page; it does not change the field under the
    // pointer (which once sent 普通客户 to the public pool after two days). Focused, a field takes it.
    void theWheelScrollsPastFieldsWithoutChangingThem()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        MainWindow window({w.db.get(), w.manager, &w.clock});
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::SettingsPageIndex);
        auto *days = window.findChild<QSpinBox *>(QStringLiteral("poolDaysNormal"));
        QVERIFY(days && days->isVisibleTo(&window));
        QScrollArea *scroll = nullptr;
        for (QWidget *p = days->parentWidget(); p && !scroll; p = p->parentWidget())
            scroll = qobject_cast<QScrollArea *>(p);
        QVERIFY(scroll);
        const int before = days->value();
        const int scrolledBefore = scroll->verticalScrollBar()->value();
        const auto wheel = [](QWidget *target, int delta = -120) {
            const QPointF at(target->width() / 2.0, target->height() / 2.0);
            QWheelEvent e(at, target->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
            QApplication::sendEvent(target, &e);
        };
        window.setFocus();
        QVERIFY(!days->hasFocus());
        wheel(days, 120); // up: would make 从不 (never) 1 day
        QCOMPARE(days->value(), before);
        wheel(days); // down: the page scrolls
        QCOMPARE(days->value(), before);
        QCOMPARE(days->focusPolicy(), Qt::StrongFocus); // a wheel turn does not give it the focus either
        if (scroll->verticalScrollBar()->maximum() > 0)
            QVERIFY(scroll->verticalScrollBar()->value() > scrolledBefore); // the page scrolled instead
        auto *combo = window.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        if (combo) {
            const int index = combo->currentIndex();
            wheel(combo);
            QCOMPARE(combo->currentIndex(), index);
        }
        days->setFocus();
        QTRY_VERIFY(days->hasFocus());
        wheel(days, 120);
        QVERIFY(days->value() != before); // the focused field takes the wheel
    }

    // A new user imports 10,000 customers exported from another CRM (GBK, its own headers):
    // checks the file, reads the report, imports, and finds a customer by its contact's initials.
    void importTenThousandRowsFromAnotherCrm()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        QString csv = QStringLiteral("客户编号,客户名称,联系人,手机,省份,客户来源,客户级别\r\n");
        const QString surnames = QStringLiteral("张王李赵陈刘杨黄周吴");
        for (int i = 0; i < 10000; ++i)
            csv += QStringLiteral("K%1,%2新纪元%3号贸易有限公司,%4小明,139%5,湖南,老系统,重要\r\n")
                       .arg(i)
                       .arg(i % 2 ? QStringLiteral("长沙") : QStringLiteral("株洲"))
                       .arg(i)
                       .arg(surnames.at(i % 10))
                       .arg(10000000 + i * 37);
        csv += QStringLiteral("K-bad,坏数据公司,,1234,,,\r\n");
        UErrorCode e = U_ZERO_ERROR;
        UConverter *conv = ucnv_open("GB18030", &e);
        QByteArray gbk(csv.size() * 4, Qt::Uninitialized);
        gbk.truncate(ucnv_fromUChars(conv, gbk.data(), static_cast<int32_t>(gbk.size()),
                                     reinterpret_cast<const UChar *>(csv.utf16()), static_cast<int32_t>(csv.size()),
                                     &e));
        ucnv_close(conv);
        const QString path = w.dir.filePath(QStringLiteral("客户导出.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(gbk);
        f.close();

        ImportDialog dialog({w.db.get(), w.sales1, &w.clock}, ImportTarget::Customers);
        QVERIFY(dialog.openFile(path));
        auto *mapping = dialog.findChild<QTableWidget *>(QStringLiteral("importMapping"));
        QCOMPARE(mapping->rowCount(), 7);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importCheck")), Qt::LeftButton);
        // The row with a phone that cannot be read is imported without it (kept in its notes).
        QCOMPARE(dialog.report().created, 10001);
        QCOMPARE(dialog.report().rejected.size(), 0);
        QCOMPARE(dialog.report().unverified.size(), 1);
        QCOMPARE(dialog.report().unverified.first().line, 10002);
        QVERIFY(!dialog.report().committed);
        QCOMPARE(SearchService(*w.db).search(w.sales1, QStringLiteral("新纪元"), 0)->size(),
                 0); // a check writes nothing
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("importSummary"));
        QVERIFY(summary->text().contains(QStringLiteral("10000")));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importRun")), Qt::LeftButton);
        QVERIFY(dialog.imported());
        QVERIFY(dialog.report().committed);
        QCOMPARE(dialog.report().contactsCreated, 10000); // the bad row has no contact name

        auto hits = SearchService(*w.db).search(w.sales1, QStringLiteral("zxm"), 0); // 张, 赵 and 周小明
        QVERIFY(hits);
        QCOMPARE(hits->size(), 3000);
        QCOMPARE(hits->first().kind, SearchKind::Contact);
        QVERIFY(hits->first().detail.contains(QStringLiteral("新纪元")));
    }
};

QTEST_MAIN(TestCustomer360Gui)
#include "test_customer360_gui.moc"
