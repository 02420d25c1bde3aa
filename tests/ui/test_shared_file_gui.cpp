// SPDX-License-Identifier: GPL-3.0-or-later
// A team on one file, as its members see it: a colleague's save merged with mine field by field
// (the same field changed by both asks which to keep), the card's history and "put back", who is
// editing a card, who else has the file open, sharing switched from Settings, and a colleague's
// change showing in an open list within 2 s.
#include "core/customers/CustomerService.h"
#include "core/leads/LeadService.h"
#include "core/sharing/Presence.h"
#include "core/sharing/SharedMode.h"
#include "core/workspace/OpenWorkspace.h"
#include "models/customers/CustomerListModel.h"
#include "ui/common/FieldConflictDialog.h"
#include "ui/common/RecordHistoryView.h"
#include "ui/customers/CustomerCardDialog.h"
#include "ui/customers/CustomersPage.h"
#include "ui/leads/LeadDialog.h"
#include "ui/settings/SharingGroup.h"
#include "ui/shell/AfterOpenChecks.h"
#include "ui/shell/MainWindow.h"

#include "GuiSteps.h"
#include "TestWorkspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>

using namespace guanxi;
using namespace guanxi::test;

class TestSharedFileGui : public QObject {
    Q_OBJECT

    static QString addCustomer(TestWorkspace &w, const QString &name)
    {
        CustomerDraft d;
        d.name = name;
        d.phone = QStringLiteral("0571-88886666");
        d.ownerId = w.sales1.userId;
        auto c = CustomerService(*w.db, w.clock).create(w.admin, d);
        return c ? c->id : QString();
    }
    static void colleagueSaves(TestWorkspace &w, Database &theirDb, const QString &id,
                               const std::function<void(CustomerDraft *)> &change)
    {
        CustomerService theirs(theirDb, w.clock);
        auto c = theirs.get(w.manager, id);
        QVERIFY(c);
        CustomerDraft d = c->fields;
        change(&d);
        QVERIFY(theirs.update(w.manager, id, d, c->rowVersion));
    }
    static void setText(CustomerCardDialog &card, const char *field, const QString &text)
    {
        auto *edit = card.findChild<QLineEdit *>(QLatin1String(field));
        QVERIFY(edit);
        edit->setText(text);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aColleaguesSaveMergesOrAsks()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        const QString id = addCustomer(w, QStringLiteral("杭州瑞丰贸易有限公司"));
        QVERIFY(!id.isEmpty());
        auto theirDb = w.openAnother();

        // Different fields: merged without a question.
        {
            CustomerCardDialog card({w.db.get(), w.sales1, &w.clock}, id);
            card.show();
            colleagueSaves(w, *theirDb, id, [](CustomerDraft *d) { d->phone = QStringLiteral("0571-12345678"); });
            setText(card, "city", QStringLiteral("杭州"));
            card.accept();
            QCOMPARE(card.result(), int(QDialog::Accepted));
        }
        auto merged = CustomerService(*w.db, w.clock).get(w.admin, id);
        QCOMPARE(merged->fields.city, QStringLiteral("杭州"));
        QCOMPARE(merged->fields.phone, QStringLiteral("0571-12345678"));

        // The same field: the dialog shows mine, theirs and before; I keep mine.
        {
            CustomerCardDialog card({w.db.get(), w.sales1, &w.clock}, id);
            card.show();
            colleagueSaves(w, *theirDb, id, [](CustomerDraft *d) { d->address = QStringLiteral("西湖区文三路 1 号"); });
            setText(card, "address", QStringLiteral("滨江区江南大道 2 号"));
            bool asked = false;
            whenModalOpens<FieldConflictDialog>([&asked](FieldConflictDialog *dialog) {
                asked = true;
                auto *mine = dialog->findChild<QWidget *>(QStringLiteral("choice_0_1"));
                auto *theirs = dialog->findChild<QWidget *>(QStringLiteral("choice_0_2"));
                QVERIFY(mine && theirs);
                QVERIFY(mine->property("text").toString().contains(QStringLiteral("滨江区")));
                QVERIFY(theirs->property("text").toString().contains(QStringLiteral("西湖区")));
                dialog->choose(0, true);
                dialog->accept();
            });
            card.accept();
            QVERIFY(asked);
            QCOMPARE(card.result(), int(QDialog::Accepted));
        }
        auto resolved = CustomerService(*w.db, w.clock).get(w.admin, id);
        QCOMPARE(resolved->fields.address, QStringLiteral("滨江区江南大道 2 号"));

        // The history shows who changed what; the colleague's address is put back from it.
        CustomerCardDialog card({w.db.get(), w.sales1, &w.clock}, id);
        auto *history = card.findChild<RecordHistoryView *>();
        QVERIFY(history);
        QVERIFY(history->rowCount() >= 3); // address (mine), address (theirs), phone, city
        history->selectRow(0);             // newest first: my address
        auto *putBack = history->findChild<QPushButton *>(QStringLiteral("putBackButton"));
        QVERIFY(putBack->isEnabled());
        QTest::mouseClick(putBack, Qt::LeftButton);
        auto back = CustomerService(*w.db, w.clock).get(w.admin, id);
        QCOMPARE(back->fields.address, QStringLiteral("西湖区文三路 1 号"));
        QCOMPARE(back->rowVersion, resolved->rowVersion + 1);
    }

    // The same for the other records: a lead here, through the shared merge and history.
    void aLeadsEditMergesAndItsChangesPutBack()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        LeadDraft d;
        d.personName = QStringLiteral("王红");
        d.company = QStringLiteral("红星机械有限公司");
        d.phone = QStringLiteral("13700001111");
        d.ownerId = w.sales1.userId;
        auto lead = LeadService(*w.db, w.clock).create(w.sales1, d);
        QVERIFY(lead);
        auto theirDb = w.openAnother();
        {
            LeadDialog dialog({w.db.get(), w.sales1, &w.clock}, lead->id);
            dialog.show();
            LeadService theirs(*theirDb, w.clock);
            auto current = theirs.get(w.manager, lead->id);
            LeadDraft t = current->fields;
            t.phone = QStringLiteral("13700002222");
            t.company = QStringLiteral("红星集团");
            QVERIFY(theirs.update(w.manager, lead->id, t, current->rowVersion));
            dialog.findChild<QLineEdit *>(QStringLiteral("leadCompany"))
                ->setText(QStringLiteral("红星机械股份有限公司"));
            bool asked = false;
            whenModalOpens<FieldConflictDialog>([&asked](FieldConflictDialog *conflict) {
                asked = true;
                QCOMPARE(conflict->findChild<QTableWidget *>(QStringLiteral("conflictTable"))->rowCount(), 1);
                conflict->choose(0, false); // theirs
                conflict->accept();
            });
            dialog.accept();
            QVERIFY(asked);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        auto merged = LeadService(*w.db, w.clock).get(w.admin, lead->id);
        QCOMPARE(merged->fields.company, QStringLiteral("红星集团"));
        QCOMPARE(merged->fields.phone, QStringLiteral("137 0000 2222"));

        LeadDialog again({w.db.get(), w.sales1, &w.clock}, lead->id);
        auto *changes = again.findChild<RecordHistoryView *>();
        QVERIFY(changes);
        QVERIFY(changes->rowCount() >= 2); // the colleague's phone and company
        int phoneRow = -1;
        auto *table = changes->findChild<QTableWidget *>(QStringLiteral("historyTable"));
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 3)->text() == QLatin1String("137 0000 1111"))
                phoneRow = r;
        QVERIFY(phoneRow >= 0);
        changes->selectRow(phoneRow);
        QTest::mouseClick(changes->findChild<QPushButton *>(QStringLiteral("putBackButton")), Qt::LeftButton);
        QCOMPARE(LeadService(*w.db, w.clock).get(w.admin, lead->id)->fields.phone, QStringLiteral("137 0000 1111"));
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("leadPhone"))->text(), QStringLiteral("137 0000 1111"));
    }

    void aCardSaysWhoIsEditingIt()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        const QString id = addCustomer(w, QStringLiteral("宁波海天机械有限公司"));
        auto theirDb = w.openAnother();
        Presence colleague(*theirDb, w.clock);
        QVERIFY(colleague.announce(w.manager.userId, QStringLiteral("王芳"), QStringLiteral("guanxi")));
        QVERIFY(colleague.setEditing(QStringLiteral("customer"), id));
        Presence me(*w.db, w.clock);
        QVERIFY(me.announce(w.sales1.userId, w.sales1.displayName, QStringLiteral("guanxi")));
        AppContext ctx{w.db.get(), w.sales1, &w.clock, &me};
        {
            CustomerCardDialog card(ctx, id);
            card.show();
            auto *banner = card.findChild<QLabel *>(QStringLiteral("editingBanner"));
            QVERIFY(banner->isVisible());
            QVERIFY2(banner->text().contains(QStringLiteral("王芳")), qPrintable(banner->text()));
            // My own card is now noted as being edited by me.
            QCOMPARE(colleague.othersEditing(QStringLiteral("customer"), id)->size(), 1);
        }
        QCOMPARE(colleague.othersEditing(QStringLiteral("customer"), id)->size(), 0); // closed: no longer

        // The status bar names who else has the file open.
        MainWindow window(ctx);
        window.show();
        auto *presence = window.statusBar()->findChild<QLabel *>(QStringLiteral("statusPresence"));
        QVERIFY(presence);
        QVERIFY2(presence->text().contains(QStringLiteral("王芳")), qPrintable(presence->text()));
    }

    // Damage in a page nothing has read yet: the check after opening finds it and says so, with
    // the offer of a snapshot.
    void damageFoundAfterOpeningIsReported()
    {
        TestWorkspace w;
        QVERIFY(w.init(false));
        for (int i = 0; i < 400; ++i) {
            CustomerDraft d;
            d.name = QStringLiteral("客户%1").arg(i);
            d.notes = QString(500, QLatin1Char('n'));
            QVERIFY(CustomerService(*w.db, w.clock).create(w.admin, d));
        }
        QSqlQuery vacuum(w.db->sql());
        QVERIFY(vacuum.exec(QStringLiteral("VACUUM")));
        w.db.reset();
        {
            QFile f(w.path());
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek((f.size() / 16384 / 2) * 16384);
            f.write(QByteArray(4096, '\x5a'));
        }
        auto db = openWorkspace(w.path());
        QVERIFY(db);
        MainWindow window({db->get(), w.admin, &w.clock});
        window.show();
        bool reported = false;
        whenModalOpens<QMessageBox>(
            [&reported](QMessageBox *box) {
                reported = box->objectName() == QLatin1String("damageBox");
                QVERIFY(box->findChild<QPushButton *>()); // "Restore a snapshot…" and "Later"
                box->reject();
            },
            1000);
        runAfterOpenChecks(w.path(), &window);
        QTRY_VERIFY_WITH_TIMEOUT(reported, 15000);
    }

    void sharingIsSwitchedFromSettings()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        Presence me(*w.db, w.clock);
        QVERIFY(me.announce(w.admin.userId, w.admin.displayName, QStringLiteral("guanxi")));
        SharingGroup group({w.db.get(), w.admin, &w.clock, &me});
        auto *share = group.findChild<QCheckBox *>(QStringLiteral("shareCheck"));
        QVERIFY(share->isEnabled());
        whenModalOpens<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        share->setChecked(true);
        QVERIFY(w.db->isShared());
        QCOMPARE(w.db->journalMode(), Database::JournalMode::Rollback);
        QVERIFY(group.findChild<QLabel *>(QStringLiteral("sharingBound"))->text().contains(QStringLiteral("five")));
        SharingGroup salesView({w.db.get(), w.sales1, &w.clock, nullptr});
        QVERIFY(!salesView.findChild<QCheckBox *>(QStringLiteral("shareCheck"))->isEnabled());
    }

    // The list polls the file's data version; a save by another process shows within 2 s.
    void aColleaguesChangeShowsWithinTwoSeconds_data()
    {
        QTest::addColumn<bool>("shared");
        QTest::newRow("wal") << false;
        QTest::newRow("shared") << true;
    }
    void aColleaguesChangeShowsWithinTwoSeconds()
    {
        QFETCH(bool, shared);
        TestWorkspace w;
        QVERIFY(w.init(false));
        if (shared)
            QVERIFY(SharedMode::turnOn(*w.db, w.admin, w.clock));
        MainWindow window({w.db.get(), w.admin, &w.clock});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *model = window.customersPage()->model();
        const int before = model->rowCount();
        QProcess cli;
        cli.start(qEnvironmentVariable("GUANXI_CLI"),
                  {QStringLiteral("--db"), w.path(), QStringLiteral("customers"), QStringLiteral("add"),
                   QStringLiteral("--name"), QStringLiteral("温州正泰电器有限公司")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        QElapsedTimer shown;
        shown.start();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == before + 1, 5000);
        const qint64 ms = shown.elapsed();
        qInfo("%s: a colleague's new customer appeared in the open list after %lld ms", shared ? "shared" : "wal",
              static_cast<long long>(ms));
        QVERIFY(ms < 2000);
    }
};

QTEST_MAIN(TestSharedFileGui)
#include "test_shared_file_gui.moc"
