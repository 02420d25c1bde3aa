// SPDX-License-Identifier: GPL-3.0-or-later
// The report center as a manager uses it: the important-value customers found and tagged, the
// 80/20 chart, each customer's probability of being active and lifetime value on the card, the
// monthly sales report printed to PDF and exported to XLSX.
#include "core/i18n/DateTimeText.h"
#include "core/importexport/TransactionImport.h"
#include "core/importexport/XlsxReader.h"
#include "ui/common/MessageBox.h"
#include "ui/customers/CustomerCardDialog.h"
#include "ui/customers/CustomerValueBox.h"
#include "ui/reports/ClvCalculatorWidget.h"
#include "ui/reports/ClvReportWidget.h"
#include "ui/reports/ParetoReportWidget.h"
#include "ui/reports/PeriodPicker.h"
#include "ui/reports/ReportBuilderWidget.h"
#include "ui/reports/ReportCenterPage.h"
#include "ui/reports/ReportChart.h"
#include "ui/reports/ReportView.h"
#include "ui/reports/RfmReportWidget.h"
#include "ui/reports/SalesReportWidget.h"
#include "ui/reports/TableReportWidget.h"
#include "ui/shell/MainWindow.h"

#include "GuiSteps.h"
#include "TestWorkspace.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace guanxi;
using guanxi::test::shownWindow;
using guanxi::test::TestWorkspace;
using guanxi::test::whenModalOpens;

class TestReportsGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aManagerUsesTheReportCenter()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        // The manager's department's history: the CDNOW sample, as the manager's customers.
        auto log = TransactionFile::read(QStringLiteral(GUANXI_FIXTURES "/cdnow/CDNOW_sample.txt"));
        QVERIFY(log);
        QVERIFY(TransactionImport::run(*w.db, w.clock, w.manager, *log, QStringLiteral("CNY")));
        w.clock.set(QDateTime(QDate(1998, 7, 1), QTime(10, 0)).toMSecsSinceEpoch());

        MainWindow window({w.db.get(), w.manager, &w.clock});
        window.show();
        window.showPage(MainWindow::ReportsPageIndex);
        ReportCenterPage *center = window.reportCenterPage();

        // RFM runs as the page opens (the last twelve months); the important-value customers open
        // from their segment and are tagged for follow-up.
        RfmReportWidget *rfm = center->rfm();
        QCOMPARE(rfm->segments()->table().rows.size(), 8);
        const int important = rfm->segments()->table().rows[0][1].toInt();
        QVERIFY(important > 0);
        emit rfm->segments()->rowActivated(QStringLiteral("important_value"));
        QCOMPARE(rfm->customers()->table().rows.size(), important);
        auto tagged = rfm->tagShown(QStringLiteral("重要价值 1998-07"));
        QVERIFY2(tagged, tagged ? "" : qPrintable(tagged.error().message));
        {
            // Scoped: a query left open would hold this connection's read snapshot for the rest of the
            // test, hiding what the lifetime-value fit writes from its own connection.
            QSqlQuery q(w.db->sql());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM customers WHERE tags LIKE '%|重要价值 1998-07|%'"))
                    && q.next());
            QCOMPARE(q.value(0).toInt(), important);
        }

        // The user's own cut points instead of quintiles.
        RfmThresholds cuts;
        cuts.recencyDays = {30, 60, 120, 240};
        cuts.frequency = {2, 3, 4, 6};
        cuts.monetaryMinor = {20'00, 50'00, 100'00, 300'00};
        rfm->setThresholds(cuts);
        rfm->run();
        QVERIFY(rfm->segments()->table().notes.join(' ').contains(QStringLiteral("your own cut points")));
        rfm->setThresholds(std::nullopt);
        rfm->run();

        // 80/20: the headline and the Pareto curve.
        center->showReport(ReportCenterPage::ParetoReport);
        QVERIFY(center->pareto()->headline()->text().contains(QStringLiteral("top 20 %")));
        QCOMPARE(center->pareto()->chart()->chart()->series().size(), 2);
        // The same customers as in the segments: everyone who bought in the window.
        int buyers = 0;
        for (const QVariantList &row : rfm->segments()->table().rows)
            buyers += row[1].toInt();
        QCOMPARE(center->pareto()->table()->table().rows.size(), buyers);

        // Segment migration: the transition matrix and its chart.
        center->showReport(ReportCenterPage::MigrationReport);
        TableReportWidget *migration = center->tableReport(ReportCenterPage::MigrationReport);
        QCOMPARE(migration->table()->table().rows.size(), 10); // eight segments, the mix now, the projection
        QCOMPARE(migration->chart()->chart()->series().size(), 1);
        QCOMPARE(migration->chart()->drawnColumn(), 1); // customers per earlier segment

        // Lifetime value: fitted with the 39-week calibration; a customer's card shows its value.
        center->showReport(ReportCenterPage::ClvReport);
        center->clv()->calibrationEnd()->setDate(QDate(1997, 9, 30));
        center->clv()->run();
        const ReportTable &clv = center->clv()->table()->table();
        QCOMPARE(clv.rows.size(), 2357);
        QVERIFY(clv.notes.join(' ').contains(QStringLiteral("r = 0.243")));
        // The chart shows the table's rows in the table's order: the twelve most valuable by CLV.
        const auto firstNames = [](const ReportTable &t, int n) {
            QStringList names;
            for (int r = 0; r < n && r < t.rows.size(); ++r)
                names.append(t.rows[r][0].toString());
            return names;
        };
        ReportChart *clvChart = center->clv()->chart();
        QCOMPARE(clvChart->drawnColumn(), 5); // CLV, not the spend per purchase
        QCOMPARE(clvChart->drawnNames(), firstNames(center->clv()->table()->tableAsShown(), 12));
        QVERIFY(clv.rows[0][5].toLongLong() > 2 * clv.rows[11][5].toLongLong()); // bars of different heights
        // Sorted by another column, the chart follows the table.
        center->clv()->table()->view()->sortByColumn(1, Qt::DescendingOrder);
        const ReportTable byFrequency = center->clv()->table()->tableAsShown();
        QVERIFY(firstNames(byFrequency, 12) != firstNames(clv, 12));
        QCOMPARE(clvChart->drawnNames(), firstNames(byFrequency, 12));
        // The printed report carries its chart above the table.
        QTemporaryDir printedDir;
        const QString clvPdf = printedDir.filePath(QStringLiteral("clv.pdf"));
        QVERIFY(center->clv()->table()->printToPdf(clvPdf));
        QProcess images;
        images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), clvPdf});
        QVERIFY(images.waitForFinished(30'000));
        QVERIFY2(QString::fromUtf8(images.readAllStandardOutput()).count(QLatin1Char('\n')) > 2, "no chart in the PDF");
        center->clv()->table()->view()->sortByColumn(-1, Qt::AscendingOrder);
        emit center->clv()->table()->rowActivated(clv.ids.first());
        auto *card = shownWindow<CustomerCardDialog>();
        QVERIFY(card);
        const QString onTheCard = card->findChild<CustomerValueBox *>()->text();
        card->reject();
        QVERIFY2(onTheCard.contains(QStringLiteral("Probability still active")), qPrintable(onTheCard));
        QVERIFY(onTheCard.contains(QStringLiteral("1997-09-30")));

        // The monthly sales report: printed to PDF and exported to XLSX.
        center->showReport(ReportCenterPage::SalesReportIndex);
        SalesReportWidget *sales = center->sales();
        sales->period()->setPeriod(QDate(1997, 3, 1), QDate(1997, 3, 31));
        sales->run();
        const ReportTable &monthly = sales->table()->table();
        QCOMPARE(monthly.rows.size(), 2); // the manager, and the total
        QVERIFY(monthly.rows.last()[2].toLongLong() > 0);
        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("sales.pdf"));
        QVERIFY(sales->table()->printToPdf(pdf));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30'000));
        const QString printed = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(printed.contains(QStringLiteral("Sales by salesperson")), qPrintable(printed.left(300)));
        QVERIFY(printed.contains(DateTimeText::date(QDate(1997, 3, 1))));
        const QString xlsx = out.filePath(QStringLiteral("sales.xlsx"));
        QVERIFY(sales->table()->exportTo(xlsx));
        QFile f(xlsx);
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto sheet = XlsxReader::read(f.readAll());
        QVERIFY2(sheet, sheet ? "" : qPrintable(sheet.error().message));
        QCOMPARE(sheet->headers.value(0), QStringLiteral("Salesperson"));
        QCOMPARE(sheet->rows.size(), 2);

        // The textbook calculator: F 5,000 − AC 2,000 + 17,000 a year (20,000 − 3,000) for 5 years at 10 %:
        // 3,000 + 15,454.55 + 14,049.59 + 12,772.35 + 11,611.23 + 10,555.66 = 67,443.38.
        center->showReport(ReportCenterPage::ClvCalculatorPage);
        auto *calculator = center->findChild<ClvCalculatorWidget *>();
        QVERIFY(calculator && calculator->isVisible());
        QCOMPARE(calculator->resultText(), QStringLiteral("Lifetime value: ¥67,443.38"));

        // The report builder: sales by quarter, saved among the manager's reports and run again.
        center->showReport(ReportCenterPage::BuilderPage);
        ReportBuilderWidget *builder = center->builder();
        CustomReportSpec spec;
        spec.dimensions = {QStringLiteral("quarter")};
        spec.measures = {QStringLiteral("orders"), QStringLiteral("revenue")};
        builder->setSpec(spec);
        builder->period()->setPeriod(QDate(1997, 1, 1), QDate(1997, 12, 31));
        builder->run();
        QCOMPARE(builder->table()->table().rows.size(), 4);
        QCOMPARE(builder->table()->table().rows[0][0].toString(), QStringLiteral("1997-Q1"));
        QVERIFY(builder->saveAs(QStringLiteral("季度销售")));
        QCOMPARE(builder->savedReports()->count(), 2);
        QCOMPARE(builder->savedReports()->itemText(1), QStringLiteral("季度销售"));
        // Deleting a saved report asks first: No keeps it, Yes deletes it.
        builder->savedReports()->setCurrentIndex(1);
        auto *deleteButton = builder->findChild<QPushButton *>(QStringLiteral("builderDelete"));
        QVERIFY(deleteButton);
        for (const auto answer : {QMessageBox::No, QMessageBox::Yes}) {
            MessageBox::setNextAnswer(answer);
            QTest::mouseClick(deleteButton, Qt::LeftButton);
            QVERIFY(!MessageBox::answerPending()); // it asked
            QCOMPARE(builder->savedReports()->count(), answer == QMessageBox::No ? 2 : 1);
        }
    }
};

QTEST_MAIN(TestReportsGui)
#include "test_reports_gui.moc"
