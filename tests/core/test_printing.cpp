// SPDX-License-Identifier: GPL-3.0-or-later
// Printing: templates checked before use, documents filled from quotes, orders and delivery notes
// (totals in Chinese capitals, the 草稿 watermark, the warehouse copy without prices), laid out to
// PDF with the lines table's header on every page, and the print log. Every line adds up on paper
// (unit price × quantity − discount = amount), and a document speaks one language, the customer's.
// The PDFs are read back with pdftotext, as a user would read the paper.
#include "core/customers/CustomerService.h"
#include "core/i18n/Translations.h"
#include "core/money/AmountInWords.h"
#include "core/money/ChineseCapitals.h"
#include "core/money/Money.h"
#include "core/orders/OrderService.h"
#include "core/printing/CompanyProfile.h"
#include "core/printing/DocumentLanguage.h"
#include "core/printing/DocumentPrinter.h"
#include "core/printing/DocumentRenderer.h"
#include "core/products/ProductService.h"
#include "core/quotes/QuoteService.h"

#include "TestWorkspace.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
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

// Money on paper ("30,596.60", "-5,399.40") in fen.
qint64 fenOf(QString text)
{
    text.remove(QLatin1Char(','));
    const bool negative = text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0x2212));
    text.remove(QLatin1Char('-')).remove(QChar(0x2212));
    const QStringList parts = text.split(QLatin1Char('.'));
    const qint64 fen =
        parts.value(0).toLongLong() * 100 + parts.value(1).leftJustified(2, QLatin1Char('0')).toLongLong();
    return negative ? -fen : fen;
}

const QRegularExpression &moneyOnPaper()
{
    static const QRegularExpression money(QStringLiteral("[-\\x{2212}]?\\d{1,3}(?:,\\d{3})*\\.\\d{2}"));
    return money;
}

// Every printed line (a row that holds `code`) read back from the paper and checked: the figures
// in order are unit price, discount (negative, only when there is one) and amount, and the number
// just before the unit price is the quantity. Returns the sum of the amounts, or -1.
qint64 checkLinesAddUp(const QString &text, const QString &code, int expectedLines)
{
    static const QRegularExpression number(QStringLiteral("^\\d+(?:\\.\\d+)?$"));
    qint64 sum = 0;
    int lines = 0;
    for (const QString &row : text.split(QLatin1Char('\n'))) {
        if (!row.contains(code))
            continue;
        ++lines;
        QList<QRegularExpressionMatch> figures;
        for (auto it = moneyOnPaper().globalMatch(row); it.hasNext();)
            figures.append(it.next());
        if (figures.size() < 2) {
            qWarning("a line without its figures: %s", qPrintable(row));
            return -1;
        }
        const QStringList before =
            row.left(figures.first().capturedStart()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString quantityText = before.isEmpty() ? QString() : before.last();
        if (!number.match(quantityText).hasMatch()) {
            qWarning("no quantity before the unit price: %s", qPrintable(row));
            return -1;
        }
        const qint64 unit = fenOf(figures.first().captured());
        const qint64 discount = figures.size() > 2 ? fenOf(figures[1].captured()) : 0;
        const qint64 amount = fenOf(figures.last().captured());
        const qint64 gross = qRound64(double(unit) * quantityText.toDouble());
        if (gross + discount != amount) {
            qWarning("does not add up: %s (%lld + %lld != %lld)", qPrintable(row), gross, discount, amount);
            return -1;
        }
        sum += amount;
    }
    if (lines != expectedLines) {
        qWarning("%d lines with %s, expected %d", lines, qPrintable(code), expectedLines);
        return -1;
    }
    return sum;
}

// The figure printed after `label` (e.g. "合计：¥34,574.16"), or -1.
qint64 figureAfter(const QString &text, const QString &label)
{
    const qsizetype at = text.indexOf(label);
    if (at < 0)
        return -1;
    const QRegularExpressionMatch m = moneyOnPaper().match(text, at + label.size());
    return m.hasMatch() ? fenOf(m.captured()) : -1;
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
        Translations::install(QStringLiteral("zh_CN")); // documents follow the program unless the customer says
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed: scripts/install-deps.sh --with-test-tools installs it");
    }

    void templatesAreCheckedBeforeUse()
    {
        for (const QString &language : DocumentLanguage::all())
            for (PrintKind k : {PrintKind::Quote, PrintKind::Order, PrintKind::Delivery}) {
                const QString html = PrintTemplates::builtIn(k, language);
                QVERIFY2(!html.isEmpty(), qPrintable(language));
                QVERIFY2(PrintTemplates::check(k, html).isEmpty(),
                         qPrintable(PrintTemplates::check(k, html).join(QLatin1Char('\n'))));
            }
        const QString good = PrintTemplates::builtIn(PrintKind::Quote, QStringLiteral("zh_CN"));
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
        // Only a delivery note's lines have the quantity ordered.
        QVERIFY(!PrintTemplates::check(PrintKind::Quote, QStringLiteral("{{#lines}}{{ordered}}{{/lines}}")).isEmpty());
        QVERIFY(PrintTemplates::check(PrintKind::Delivery,
                                      QStringLiteral("{{#lines}}{{ordered}}{{discount_amount}}{{/lines}}"))
                    .isEmpty());

        // A broken template of the user's is refused when printing: nothing is made.
        TestWorkspace w;
        QVERIFY(w.init());
        const Setup s = shop(w, 1);
        QuoteDraft d;
        d.customerId = s.customer;
        d.lines = {{s.products[0], 1000, -1, 0, -1, {}}};
        auto q = QuoteService(*w.db, w.clock).create(w.sales1, d);
        QVERIFY(PrintTemplates::save(PrintKind::Quote, QStringLiteral("zh_CN"), QStringLiteral("<p>{{nonsense}}</p>")));
        auto refused = DocumentPrinter(*w.db, w.clock).prepare(w.sales1, PrintKind::Quote, q->id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("template"));
        QVERIFY(refused.error().message.contains(QStringLiteral("nonsense")));
        // Another language's template is not the broken one.
        QVERIFY(
            DocumentPrinter(*w.db, w.clock).prepare(w.sales1, PrintKind::Quote, q->id, false, QStringLiteral("en")));
        QVERIFY(QFile::remove(m_templates.filePath(QStringLiteral("zh_CN/quote.html"))));
        // A zh_CN template saved before there were languages (directly in the folder) is still used,
        // and becomes the zh_CN copy.
        QVERIFY(
            PrintTemplates::builtIn(PrintKind::Delivery, QStringLiteral("zh_CN")).contains(QStringLiteral("收货单位")));
        {
            QFile old(m_templates.filePath(QStringLiteral("delivery.html")));
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write(PrintTemplates::builtIn(PrintKind::Delivery, QStringLiteral("zh_CN"))
                          .replace(QStringLiteral("收货单位"), QStringLiteral("收货方"))
                          .toUtf8());
        }
        QVERIFY(PrintTemplates::load(PrintKind::Delivery, QStringLiteral("zh_CN")).contains(QStringLiteral("收货方")));
        // The user's copies are made on request, and then used.
        QVERIFY(PrintTemplates::ensureUserCopies());
        for (const QString &language : DocumentLanguage::all())
            QVERIFY(QFile::exists(m_templates.filePath(language + QStringLiteral("/delivery.html"))));
        QVERIFY(PrintTemplates::load(PrintKind::Delivery, QStringLiteral("zh_CN")).contains(QStringLiteral("收货方")));
        QCOMPARE(PrintTemplates::load(PrintKind::Order, QStringLiteral("en")),
                 PrintTemplates::builtIn(PrintKind::Order, QStringLiteral("en")));
        QVERIFY(QFile::remove(m_templates.filePath(QStringLiteral("delivery.html"))));
        QVERIFY(QFile::remove(m_templates.filePath(QStringLiteral("zh_CN/delivery.html"))));
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
        d.lines[0].discountBasisPoints = 3000; // below the floor: needs approval
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
        // Rotated, each of 草稿's characters comes out on a line of its own.
        const auto unbroken = [](QString text) { return text.remove(QLatin1Char('\n')); };
        QVERIFY(unbroken(pdfText(draftPdf, 1, true)).contains(DocumentPrinter::tr("DRAFT")));
        QVERIFY(unbroken(pdfText(draftPdf, 2, true)).contains(DocumentPrinter::tr("DRAFT"))); // on every page

        q = quotes.approve(w.manager, q->id, q->rowVersion);
        auto doc = printer.prepare(w.sales1, PrintKind::Quote, q->id);
        QVERIFY(doc);
        QVERIFY(doc->watermark.isEmpty());
        const QString pdf = QDir(m_templates.path()).filePath(QStringLiteral("quote.pdf"));
        QElapsedTimer timer;
        timer.start();
        auto pages = DocumentRenderer::writePdf(*doc, pdf);
        qInfo("200 lines to PDF: %lld ms", timer.elapsed()); // the benchmark is tests/bench; a figure for the log
        QVERIFY2(pages, pages ? "" : qPrintable(pages.error().message));
        QVERIFY(*pages >= 4);
        for (int page = 1; page <= *pages; ++page) {
            const QString text = pdfText(pdf, page);
            if (page == 1 || text.contains(QStringLiteral("P-"))) { // every page that carries lines
                QVERIFY2(text.contains(QStringLiteral("品名")) && text.contains(QStringLiteral("单价")),
                         qPrintable(QStringLiteral("no table header on page %1").arg(page)));
            }
            const QString footer =
                QStringLiteral("%1 %2 — 第 %3 页，共 %4 页").arg(doc->title, doc->number).arg(page).arg(*pages);
            QVERIFY2(text.contains(footer), qPrintable(footer));
        }
        const QString all = pdfText(pdf);
        QVERIFY(all.contains(QStringLiteral("华信科技（上海）有限公司")));
        QVERIFY(all.contains(QStringLiteral("华东机电有限公司")));
        QVERIFY(all.contains(QStringLiteral("P-199")));
        QVERIFY(all.contains(MoneyText::formatWithSymbol({q->totals.total, QStringLiteral("CNY")})));
        QVERIFY2(all.contains(chineseCapitals(q->totals.total)), qPrintable(chineseCapitals(q->totals.total)));
        QVERIFY(all.contains(QStringLiteral("货到三十天内付款")));
        QVERIFY(all.contains(QStringLiteral("王经理"))); // who approved the prices below the floor
        QVERIFY(!unbroken(pdfText(pdf, 0, true)).contains(DocumentPrinter::tr("DRAFT")));

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
        QVERIFY(contract->html.contains(QStringLiteral("12,345.67"))); // a unit price
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
        QVERIFY(!text.contains(QStringLiteral("产品 1"))); // not on this delivery
        QVERIFY(!text.contains(QStringLiteral("12,345.67")));

        // Someone who may not see the order may not print it.
        QCOMPARE(printer.prepare(w.otherDeptSales, PrintKind::Order, o->id).error().code, ErrorCode::PermissionDenied);
    }

    // 8,999.00 × 4 less 15 % on the quote, the contract and the delivery note, with prices that
    // include tax and with prices that do not: every line reads unit price × quantity − discount =
    // amount on paper, and the amounts add up to the totals under them.
    void everyLineAddsUpOnPaper_data()
    {
        QTest::addColumn<bool>("pricesIncludeTax");
        QTest::newRow("prices include tax") << true;
        QTest::newRow("tax added") << false;
    }

    void everyLineAddsUpOnPaper()
    {
        QFETCH(bool, pricesIncludeTax);
        TestWorkspace w;
        QVERIFY(w.init());
        const Setup s = shop(w, 0);
        ProductDraft p;
        p.code = QStringLiteral("NB-8999");
        p.name = QStringLiteral("笔记本电脑");
        p.unit = QStringLiteral("台");
        p.listPriceMinor = 899'900;
        p.floorPriceMinor = 700'000;
        const QString laptop = ProductService(*w.db, w.clock).create(w.manager, p)->id;
        p.code = QStringLiteral("MS-35");
        p.name = QStringLiteral("鼠标");
        p.listPriceMinor = 3'550;
        p.floorPriceMinor = 3'000;
        const QString mouse = ProductService(*w.db, w.clock).create(w.manager, p)->id;

        QuoteDraft d;
        d.customerId = s.customer;
        d.pricesIncludeTax = pricesIncludeTax;
        d.lines = {{laptop, 4'000, 899'900, 1500, -1, {}}, {mouse, 3'000, 3'550, 0, -1, {}}};
        auto q = QuoteService(*w.db, w.clock).create(w.sales1, d);
        QVERIFY2(q, q ? "" : qPrintable(q.error().message));
        OrderService orders(*w.db, w.clock);
        auto o = orders.createFromQuote(w.sales1, q->id, q->rowVersion);
        QVERIFY2(o, o ? "" : qPrintable(o.error().message));
        o = orders.deliver(w.sales1, o->id, o->rowVersion, {{o->lines[0].id, 4'000}, {o->lines[1].id, 2'000}});
        QVERIFY(o);

        DocumentPrinter printer(*w.db, w.clock);
        const QList<std::pair<PrintKind, QString>> documents = {
            {PrintKind::Quote, q->id}, {PrintKind::Order, o->id}, {PrintKind::Delivery, o->deliveries.first().id}};
        for (const auto &[kind, id] : documents) {
            auto doc = printer.prepare(w.sales1, kind, id);
            QVERIFY(doc);
            const QString pdf = QDir(m_templates.path()).filePath(printKindCode(kind) + QStringLiteral(".pdf"));
            QVERIFY(DocumentRenderer::writePdf(*doc, pdf));
            const QString text = pdfText(pdf);
            QVERIFY2(text.contains(QStringLiteral("8,999.00")) && text.contains(QStringLiteral("30,596.60")),
                     qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("-5,399.40")), qPrintable(text)); // the discount, in money
            QVERIFY2(text.contains(QStringLiteral("折扣额")), qPrintable(text));
            const qint64 laptops = checkLinesAddUp(text, QStringLiteral("NB-8999"), 1);
            QCOMPARE(laptops, 3'059'660);
            const qint64 mice = checkLinesAddUp(text, QStringLiteral("MS-35"), 1);
            QCOMPARE(mice, kind == PrintKind::Delivery ? 7'100 : 10'650);
            const qint64 net = figureAfter(text, QStringLiteral("不含税金额："));
            const qint64 tax = figureAfter(text, QStringLiteral("税额："));
            const qint64 total = figureAfter(
                text, kind == PrintKind::Delivery ? QStringLiteral("本次出货金额：") : QStringLiteral("合计："));
            QVERIFY2(net > 0 && tax > 0 && total > 0, qPrintable(text));
            QCOMPARE(net + tax, total);
            // Without tax in the prices, the lines add up to the net amount and the tax comes on top;
            // with it, to the total.
            QCOMPARE(laptops + mice, pricesIncludeTax ? total : net);
            QVERIFY2(text.contains(chineseCapitals(total)), qPrintable(chineseCapitals(total)));
        }
    }

    // A customer who reads English gets English paper from a Chinese program, title, labels,
    // footer, dates and the amount in words alike; one in Taiwan gets Traditional characters.
    void aDocumentSpeaksItsCustomersLanguage()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        const Setup s = shop(w, 1);
        CustomerService customers(*w.db, w.clock);
        auto c = customers.get(w.sales1, s.customer);
        QVERIFY(c);
        CustomerDraft english = c->fields;
        english.documentLanguage = QStringLiteral("en");
        QVERIFY(customers.update(w.sales1, s.customer, english, c->rowVersion));
        QuoteDraft d;
        d.customerId = s.customer;
        d.lines = {{s.products[0], 2'000, -1, 500, -1, {}}};
        auto q = QuoteService(*w.db, w.clock).create(w.sales1, d);
        QVERIFY(q);
        OrderService orders(*w.db, w.clock);
        auto o = orders.createFromQuote(w.sales1, q->id, q->rowVersion);
        QVERIFY(o);
        o = orders.deliver(w.sales1, o->id, o->rowVersion, {{o->lines[0].id, 2'000}});
        QVERIFY(o);

        DocumentPrinter printer(*w.db, w.clock);
        const QString deliveryId = o->deliveries.first().id;
        QCOMPARE(printer.languageFor(PrintKind::Delivery, deliveryId), QStringLiteral("en"));
        auto note = printer.prepare(w.sales1, PrintKind::Delivery, deliveryId);
        QVERIFY(note);
        QCOMPARE(note->title, QStringLiteral("Delivery note"));
        const QString pdf = QDir(m_templates.path()).filePath(QStringLiteral("english.pdf"));
        QVERIFY(DocumentRenderer::writePdf(*note, pdf));
        QString text = pdfText(pdf);
        for (const QString &label :
             {QStringLiteral("Delivery note"), QStringLiteral("Deliver to:"), QStringLiteral("Unit price"),
              QStringLiteral("Amount delivered:"), QStringLiteral("yuan and"), QStringLiteral("— page 1 of 1")})
            QVERIFY2(text.contains(label), qPrintable(label + QStringLiteral("\n") + text));
        // Only the names stay as they are written (the customer's, the letterhead's, the product's).
        for (const QString &name : {QStringLiteral("华东机电有限公司"), QStringLiteral("华信科技（上海）有限公司"),
                                    QStringLiteral("上海市浦东新区张江路 188 号"), QStringLiteral("产品 0"),
                                    QStringLiteral("个"), QStringLiteral("张三")})
            text.remove(name);
        static const QRegularExpression han(QStringLiteral("\\p{Han}"));
        QVERIFY2(!text.contains(han), qPrintable(text));
        const QDate delivered = QDate::fromString(o->deliveries.first().deliveredOn, Qt::ISODate);
        QVERIFY2(text.contains(QLocale(QLocale::English).toString(delivered, QStringLiteral("MMM d, yyyy"))),
                 qPrintable(text));

        // Asked for explicitly (guanxi-cli print --language), another language wins.
        auto taiwan = printer.prepare(w.sales1, PrintKind::Delivery, deliveryId, false, QStringLiteral("zh_TW"));
        QVERIFY(taiwan);
        QVERIFY2(!taiwan->title.contains(QStringLiteral("Delivery")), qPrintable(taiwan->title));
        QVERIFY2(taiwan->html.contains(QStringLiteral("收貨單位")) && taiwan->html.contains(QStringLiteral("單價")),
                 qPrintable(taiwan->html));
        QVERIFY(taiwan->html.contains(amountInWords(o->totals.total, QStringLiteral("zh_TW"))));
        QVERIFY(!taiwan->html.contains(QStringLiteral("收货单位")));
        QVERIFY(taiwan->footer.contains(QStringLiteral("頁")));

        // Back to the program's language when the customer has none.
        english.documentLanguage.clear();
        c = customers.get(w.sales1, s.customer);
        QVERIFY(customers.update(w.sales1, s.customer, english, c->rowVersion));
        auto chinese = printer.prepare(w.sales1, PrintKind::Delivery, deliveryId);
        QVERIFY(chinese);
        QCOMPARE(chinese->language, QStringLiteral("zh_CN"));
        QVERIFY(chinese->html.contains(QStringLiteral("收货单位")));
    }

    void amountsInWords()
    {
        QCOMPARE(amountInWords(1'234'567, QStringLiteral("zh_CN")), QStringLiteral("壹万贰仟叁佰肆拾伍元陆角柒分"));
        QCOMPARE(amountInWords(1'234'567, QStringLiteral("zh_TW")), QStringLiteral("壹萬貳仟參佰肆拾伍元陸角柒分"));
        QCOMPARE(amountInWords(1'234'567, QStringLiteral("en")),
                 QStringLiteral("twelve thousand three hundred forty-five yuan and 67/100"));
        QCOMPARE(amountInWords(100'000'000'00, QStringLiteral("en")),
                 QStringLiteral("one hundred million yuan and 00/100"));
        QCOMPARE(amountInWords(3'059'660, QStringLiteral("en")),
                 QStringLiteral("thirty thousand five hundred ninety-six yuan and 60/100"));
        QCOMPARE(amountInWords(5, QStringLiteral("en")), QStringLiteral("zero yuan and 05/100"));
        QCOMPARE(englishNumber(1'000'001), QStringLiteral("one million one"));
        QCOMPARE(englishNumber(219), QStringLiteral("two hundred nineteen"));
    }
};

QTEST_MAIN(TestPrinting)
#include "test_printing.moc"
