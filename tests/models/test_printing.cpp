// SPDX-License-Identifier: GPL-3.0-or-later
// Printing: templates checked before use, documents filled from quotes, orders and delivery notes
// (totals in Chinese capitals, the 草稿 watermark, the warehouse copy without prices), laid out to
// PDF with the lines table's header on every page, and the print log. The PDFs are read back with
// pdftotext, as a user would read the paper.
#include "TestWorkspace.h"
#include "customers/CustomerService.h"
#include "money/ChineseCapitals.h"
#include "money/Money.h"
#include "orders/OrderService.h"
#include "printing/CompanyProfile.h"
#include "printing/DocumentPrinter.h"
#include "printing/DocumentRenderer.h"
#include "products/ProductService.h"
#include "quotes/QuoteService.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace guanxi;
using guanxi::test::TestWorkspace;

namespace {

struct Setup {
    QString customer;
    QStringList products;
};

Setup shop(TestWorkspace &w, int productCount)
{
    Setup s;
    CustomerDraft c;
    c.name = QStringLiteral("华东机电有限公司");
    c.ownerId = w.sales1.userId;
    s.customer = CustomerService(*w.db, w.clock).create(w.sales1, c)->id;
    ProductService products(*w.db, w.clock);
    for (int i = 0; i < productCount; ++i) {
        ProductDraft p;
        p.code = QStringLiteral("P-%1").arg(i, 3, 10, QLatin1Char('0'));
        p.name = QStringLiteral("产品 %1").arg(i);
        p.unit = QStringLiteral("个");
        p.listPriceMinor = 1'234'567 + i;
        p.floorPriceMinor = 1'000'000;
        s.products.append(products.create(w.manager, p)->id);
    }
    CompanyProfile letterhead;
    letterhead.name = QStringLiteral("华信科技（上海）有限公司");
    letterhead.address = QStringLiteral("上海市浦东新区张江路 188 号");
    if (!CompanyProfile::save(*w.db, w.admin, letterhead))
        qWarning("letterhead not saved");
    return s;
}

// The text of one page of a PDF (1-based), or of all pages with 0; `raw` keeps the order in which
// it was drawn (a rotated watermark stays one word).
QString pdfText(const QString &path, int page = 0, bool raw = false)
{
    QStringList args = {raw ? QStringLiteral("-raw") : QStringLiteral("-layout")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    args << path << QStringLiteral("-");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), args);
    p.waitForFinished(30'000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestPrinting : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_templates;

private slots:
    void initTestCase()
    {
        PrintTemplates::setFolderForTests(m_templates.path());
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed: scripts/install-deps.sh --with-test-tools installs it");
    }

    void templatesAreCheckedBeforeUse()
    {
        for (PrintKind k : {PrintKind::Quote, PrintKind::Order, PrintKind::Delivery})
            QVERIFY2(PrintTemplates::check(k, PrintTemplates::builtIn(k)).isEmpty(),
                     qPrintable(PrintTemplates::check(k, PrintTemplates::builtIn(k)).join(QLatin1Char('\n'))));
        const QString good = PrintTemplates::builtIn(PrintKind::Quote);
        QStringList p = PrintTemplates::check(PrintKind::Quote, good + QStringLiteral("{{customer.fax}}"));
        QCOMPARE(p.size(), 1);
        QVERIFY(p.first().contains(QStringLiteral("customer.fax")));
        p = PrintTemplates::check(PrintKind::Quote, QStringLiteral("<p>{{#lines}}{{description}}</p>"));
        QVERIFY(p.join(QLatin1Char(' ')).contains(QStringLiteral("{{/lines}}")));
        p = PrintTemplates::check(PrintKind::Quote, QStringLiteral("<table><tr><td>{{number}}</tr></table>"));
        QCOMPARE(p.size(), 1);
        QVERIFY(p.first().contains(QStringLiteral("</tr>")));
        // A line's names only inside the lines.
        QVERIFY(!PrintTemplates::check(PrintKind::Quote, QStringLiteral("<p>{{unit_price}}</p>")).isEmpty());
        // The warehouse copy's template has no prices a delivery line does not have.
        QVERIFY(!PrintTemplates::check(PrintKind::Delivery, QStringLiteral("{{#lines}}{{discount}}{{/lines}}")).isEmpty());

        // A broken template of the user's is refused when printing: nothing is made.
        TestWorkspace w;
        QVERIFY(w.init());
        const Setup s = shop(w, 1);
        QuoteDraft d;
        d.customerId = s.customer;
        d.lines = {{s.products[0], 1000, -1, 0, -1, {}}};
        auto q = QuoteService(*w.db, w.clock).create(w.sales1, d);
        QVERIFY(PrintTemplates::save(PrintKind::Quote, QStringLiteral("<p>{{nonsense}}</p>")));
        auto refused = DocumentPrinter(*w.db, w.clock).prepare(w.sales1, PrintKind::Quote, q->id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().detail, QStringLiteral("template"));
        QVERIFY(refused.error().message.contains(QStringLiteral("nonsense")));
        QVERIFY(QFile::remove(m_templates.filePath(QStringLiteral("quote.html"))));
        // The user's copies are made on request, and then used.
        QVERIFY(PrintTemplates::ensureUserCopies());
        QVERIFY(QFile::exists(m_templates.filePath(QStringLiteral("delivery.html"))));
        QCOMPARE(PrintTemplates::load(PrintKind::Order), PrintTemplates::builtIn(PrintKind::Order));
    }

    void aQuoteOfTwoHundredLinesPrintsWithItsHeaderOnEveryPage()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        const Setup s = shop(w, 200);
        QuoteDraft d;
        d.customerId = s.customer;
        for (const QString &p : s.products)
            d.lines.append({p, 1000, -1, 0, -1, {}});
        d.lines[0].discountBasisPoints = 3000;   // below the floor: needs approval
        d.terms = QStringLiteral("货到三十天内付款");
        QuoteService quotes(*w.db, w.clock);
        auto q = quotes.create(w.sales1, d);
        QVERIFY2(q, q ? "" : qPrintable(q.error().message));
        DocumentPrinter printer(*w.db, w.clock);
        auto draft = printer.prepare(w.sales1, PrintKind::Quote, q->id);
        QVERIFY(draft);
        QCOMPARE(draft->watermark, DocumentPrinter::tr("DRAFT"));
        const QString draftPdf = QDir(m_templates.path()).filePath(QStringLiteral("draft.pdf"));
        QVERIFY(DocumentRenderer::writePdf(*draft, draftPdf));
        QVERIFY(pdfText(draftPdf, 1, true).contains(DocumentPrinter::tr("DRAFT")));
        QVERIFY(pdfText(draftPdf, 2, true).contains(DocumentPrinter::tr("DRAFT")));   // on every page

        q = quotes.approve(w.manager, q->id, q->rowVersion);
        auto doc = printer.prepare(w.sales1, PrintKind::Quote, q->id);
        QVERIFY(doc);
        QVERIFY(doc->watermark.isEmpty());
        const QString pdf = QDir(m_templates.path()).filePath(QStringLiteral("quote.pdf"));
        QElapsedTimer timer;
        timer.start();
        auto pages = DocumentRenderer::writePdf(*doc, pdf);
        qInfo("200 lines to PDF: %lld ms", timer.elapsed());   // the benchmark is tests/bench; a figure for the log
        QVERIFY2(pages, pages ? "" : qPrintable(pages.error().message));
        QVERIFY(*pages >= 4);
        for (int page = 1; page <= *pages; ++page) {
            const QString text = pdfText(pdf, page);
            if (page == 1 || text.contains(QStringLiteral("P-"))) {   // every page that carries lines
                QVERIFY2(text.contains(QStringLiteral("品名")) && text.contains(QStringLiteral("单价")),
                         qPrintable(QStringLiteral("no table header on page %1").arg(page)));
            }
            const QString footer = DocumentRenderer::tr("%1 %2 — page %3 of %4").arg(doc->title, doc->number).arg(page).arg(*pages);
            QVERIFY2(text.contains(footer), qPrintable(footer));
        }
        const QString all = pdfText(pdf);
        QVERIFY(all.contains(QStringLiteral("华信科技（上海）有限公司")));
        QVERIFY(all.contains(QStringLiteral("华东机电有限公司")));
        QVERIFY(all.contains(QStringLiteral("P-199")));
        QVERIFY(all.contains(MoneyText::formatWithSymbol({q->totals.total, QStringLiteral("CNY")})));
        QVERIFY2(all.contains(chineseCapitals(q->totals.total)), qPrintable(chineseCapitals(q->totals.total)));
        QVERIFY(all.contains(QStringLiteral("货到三十天内付款")));
        QVERIFY(all.contains(QStringLiteral("王经理")));   // who approved the prices below the floor
        QVERIFY(!pdfText(pdf, 0, true).contains(DocumentPrinter::tr("DRAFT")));

        QVERIFY(printer.log(w.sales1, *doc, DocumentPrinter::Action::Pdf, 1, pdf));
        auto log = printer.logFor(q->id);
        QCOMPARE(log->size(), 1);
        QCOMPARE(log->first().printedBy, QStringLiteral("张三"));
        QCOMPARE(log->first().action, QStringLiteral("pdf"));

        // A PDF that cannot be written leaves nothing behind and says why.
        const QString nowhere = QStringLiteral("/nonexistent-folder/quote.pdf");
        auto failed = DocumentRenderer::writePdf(*doc, nowhere);
        QVERIFY(!failed);
        QVERIFY(failed.error().message.contains(nowhere));
        QVERIFY(!QFile::exists(nowhere));
    }

    void ordersAndDeliveryNotes()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        const Setup s = shop(w, 2);
        QuoteDraft d;
        d.customerId = s.customer;
        d.lines = {{s.products[0], 10'000, -1, 0, -1, {}}, {s.products[1], 2'000, -1, 0, -1, {}}};
        auto q = QuoteService(*w.db, w.clock).create(w.sales1, d);
        OrderService orders(*w.db, w.clock);
        auto o = orders.createFromQuote(w.sales1, q->id, q->rowVersion);
        QVERIFY(o);
        o = orders.deliver(w.sales1, o->id, o->rowVersion, {{o->lines[0].id, 4'000}});
        QVERIFY(o);
        DocumentPrinter printer(*w.db, w.clock);
        auto contract = printer.prepare(w.sales1, PrintKind::Order, o->id);
        QVERIFY(contract);
        QVERIFY(contract->html.contains(chineseCapitals(o->totals.total)));
        QVERIFY(contract->html.contains(QStringLiteral("12,345.67")));   // a unit price
        QVERIFY(contract->html.contains(q->number));

        const QString deliveryId = o->deliveries.first().id;
        auto note = printer.prepare(w.sales1, PrintKind::Delivery, deliveryId);
        QVERIFY(note);
        QVERIFY(note->html.contains(QStringLiteral("12,345.67")));
        QVERIFY(note->html.contains(o->number));
        auto warehouse = printer.prepare(w.sales1, PrintKind::Delivery, deliveryId, true);
        QVERIFY(warehouse);
        QCOMPARE(warehouse->variant, QStringLiteral("warehouse"));
        QVERIFY(!warehouse->html.contains(QStringLiteral("12,345.67")));
        QVERIFY(!warehouse->html.contains(QStringLiteral("¥")));
        const QString pdf = QDir(m_templates.path()).filePath(QStringLiteral("warehouse.pdf"));
        QVERIFY(DocumentRenderer::writePdf(*warehouse, pdf));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("产品 0")));
        QVERIFY(!text.contains(QStringLiteral("产品 1")));   // not on this delivery
        QVERIFY(!text.contains(QStringLiteral("12,345.67")));

        // Someone who may not see the order may not print it.
        QCOMPARE(printer.prepare(w.otherDeptSales, PrintKind::Order, o->id).error().code, ErrorCode::PermissionDenied);
    }
};

QTEST_MAIN(TestPrinting)
#include "test_printing.moc"
