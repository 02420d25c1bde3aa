// SPDX-License-Identifier: GPL-3.0-or-later
// Usage: bench_printing [FOLDER]. Makes a database with 200 products and a quote of 200 lines in
// FOLDER (a temporary one by default), then prints: filling the template, laying it out to PDF,
// and the page count. The target is the whole, quote to PDF, under a second.
#include "core/customers/CustomerService.h"
#include "core/printing/DocumentPrinter.h"
#include "core/printing/DocumentRenderer.h"
#include "core/products/ProductService.h"
#include "core/quotes/QuoteService.h"
#include "core/users/PasswordHasher.h"
#include "core/users/UserService.h"
#include "core/util/Clock.h"
#include "core/workspace/OpenWorkspace.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace guanxi;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QTemporaryDir temp;
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : temp.path();
    PasswordHasher::useFastLimitsForTests();
    auto db = openWorkspace(folder + QStringLiteral("/print-bench.sqlite3"), Database::OpenMode::CreateIfMissing);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    const Clock &clock = Clock::system();
    Session admin = Session::fromUser(
        *UserService(**db, clock).createFirstAdmin(QStringLiteral("管理员"), QStringLiteral("admin")));
    CustomerDraft c;
    c.name = QStringLiteral("华东机电有限公司");
    c.ownerId = admin.userId;
    QuoteDraft d;
    d.customerId = CustomerService(**db, clock).create(admin, c)->id;
    ProductService products(**db, clock);
    for (int i = 0; i < 200; ++i) {
        ProductDraft p;
        p.code = QStringLiteral("P-%1").arg(i, 3, 10, QLatin1Char('0'));
        p.name = QStringLiteral("办公设备 %1 型").arg(i);
        p.specification = QStringLiteral("规格 %1").arg(i);
        p.unit = QStringLiteral("台");
        p.listPriceMinor = 100'000 + 137 * i;
        d.lines.append({products.create(admin, p)->id, 1000LL * (1 + i % 7), -1, 100 * (i % 5), -1, {}});
    }
    auto quote = QuoteService(**db, clock).create(admin, d);
    if (!quote) {
        std::fprintf(stderr, "%s\n", qPrintable(quote.error().message));
        return 1;
    }
    std::vector<double> fill, layout, whole;
    int pages = 0;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer t;
        t.start();
        Result<PrintableDocument> doc = DocumentPrinter(**db, clock).prepare(admin, PrintKind::Quote, quote->id);
        const double filled = static_cast<double>(t.nsecsElapsed()) / 1e6;
        Result<int> written = DocumentRenderer::writePdf(*doc, folder + QStringLiteral("/quote-200.pdf"));
        const double total = static_cast<double>(t.nsecsElapsed()) / 1e6;
        pages = *written;
        fill.push_back(filled);
        layout.push_back(total - filled);
        whole.push_back(total);
    }
    for (auto *v : {&fill, &layout, &whole})
        std::sort(v->begin(), v->end());
    std::printf("%-52s %10d\n", "quote lines", 200);
    std::printf("%-52s %10d\n", "PDF pages", pages);
    std::printf("%-52s %10.1f ms\n", "template filled (median of 7)", fill[3]);
    std::printf("%-52s %10.1f ms\n", "laid out and written as PDF (median of 7)", layout[3]);
    std::printf("%-52s %10.1f ms\n", "quote to PDF, whole (median of 7)", whole[3]);
    std::printf("%-52s %10.1f ms\n", "quote to PDF, slowest run (the first)", whole[6]);
    return 0;
}
