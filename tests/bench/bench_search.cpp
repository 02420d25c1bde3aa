// SPDX-License-Identifier: GPL-3.0-or-later
// Usage: bench_search DATABASE [ROWS] (a database made by `guanxi-cli seed`; left as it was).
// Prints: search-as-you-type over a fixed list of queries (median, 90th percentile, slowest),
// the duplicate check on save, and the import of 100,000 generated CSV rows with duplicate checks.
#include "core/customers/CustomerService.h"
#include "core/importexport/ColumnMapping.h"
#include "core/importexport/Importer.h"
#include "core/search/SearchService.h"
#include "core/users/UserService.h"
#include "core/util/Clock.h"
#include "core/workspace/OpenWorkspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace guanxi;

namespace {

double ms(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

void report(const char *what, std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    std::printf("%-44s median %7.2f ms   p90 %7.2f ms   max %7.2f ms   (n=%zu)\n", what, v[v.size() / 2],
                v[v.size() * 9 / 10], v.back(), v.size());
}

// 100,000 rows as another CRM exports them: a company, its contact, a mobile and a landline.
QByteArray generatedCsv(int rows)
{
    std::mt19937 rng(42);
    const QString surnames =
        QStringLiteral("张王李赵陈刘杨黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕");
    const QStringList given = {QStringLiteral("伟"), QStringLiteral("芳"), QStringLiteral("秀英"),
                               QStringLiteral("敏"), QStringLiteral("静"), QStringLiteral("强"),
                               QStringLiteral("磊"), QStringLiteral("军"), QStringLiteral("洋"),
                               QStringLiteral("勇"), QStringLiteral("艳"), QStringLiteral("杰")};
    const QStringList cities = {QStringLiteral("北京"), QStringLiteral("上海"), QStringLiteral("广州"),
                                QStringLiteral("深圳"), QStringLiteral("重庆"), QStringLiteral("长沙"),
                                QStringLiteral("杭州"), QStringLiteral("成都")};
    const char *const areas[] = {"010", "021", "020", "0755", "023", "0731", "0571", "028"};
    const char *const prefixes[] = {"130", "131", "135", "136", "138", "139", "150", "158", "186", "188"};
    QString csv = QStringLiteral("客户名称,联系人,手机,公司电话,省份,行业,客户来源,客户级别\r\n");
    for (int i = 0; i < rows; ++i) {
        const int c = static_cast<int>(rng() % 8);
        const QString person = surnames.at(static_cast<qsizetype>(rng() % surnames.size()))
            + given.at(static_cast<qsizetype>(rng() % given.size()));
        const QString mobile = QLatin1String(prefixes[rng() % 10]) + QString::number(10000000 + rng() % 89999999);
        const QString landline =
            QLatin1String(areas[c]) + QLatin1Char('-') + QString::number(20000000 + rng() % 69999999);
        csv += QStringLiteral("%1新纪元%2号科技有限公司,%3,%4,%5,%1,软件,老系统,普通\r\n")
                   .arg(cities.at(c))
                   .arg(i)
                   .arg(person, mobile, landline);
    }
    return csv.toUtf8();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_search DATABASE\n");
        return 2;
    }
    auto db = openWorkspace(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    auto users = UserService(**db, Clock::system()).users();
    const auto admin =
        std::find_if(users->cbegin(), users->cend(), [](const User &u) { return u.role == Role::Admin; });
    const auto sales =
        std::find_if(users->cbegin(), users->cend(), [](const User &u) { return u.role == Role::Salesperson; });
    const Session asAdmin = Session::fromUser(*admin), asSales = Session::fromUser(*sales);

    // Search as you type: names, pieces of names, pinyin in full and by initials, phone fragments,
    // e-mail pieces; each query as its letters are typed one by one.
    const QStringList queries = {
        QStringLiteral("张"),       QStringLiteral("王伟"),      QStringLiteral("zw"),    QStringLiteral("zhangwei"),
        QStringLiteral("cq"),       QStringLiteral("chongqing"), QStringLiteral("长沙"),  QStringLiteral("科技"),
        QStringLiteral("有限公司"), QStringLiteral("138"),       QStringLiteral("1380"),  QStringLiteral("0755-2"),
        QStringLiteral("sales@"),   QStringLiteral("lw"),        QStringLiteral("liwei"), QStringLiteral("深圳华"),
        QStringLiteral("szhx"),     QStringLiteral("曾"),        QStringLiteral("zeng"),  QStringLiteral("xyzzy")};
    SearchService search(**db);
    for (const Session &who : {asAdmin, asSales}) {
        std::vector<double> times;
        for (const QString &q : queries) {
            for (qsizetype len = 1; len <= q.size(); ++len) {
                QElapsedTimer t;
                t.start();
                auto hits = search.search(who, q.left(len), 50);
                times.push_back(ms(t));
                if (!hits)
                    return 1;
            }
        }
        report(who.role == Role::Admin ? "search as you type (administrator)" : "search as you type (salesperson)",
               times);
    }

    // The duplicate check a save runs: known names in other forms, new names, phone numbers.
    CustomerService customers(**db, Clock::system());
    std::vector<double> checks;
    for (int i = 0; i < 200; ++i) {
        CustomerDraft d;
        d.name = i % 2 ? QStringLiteral("北京华联科技股份有限公司") : QStringLiteral("新公司%1号").arg(i);
        d.phone = QStringLiteral("138 %1 %2").arg(1000 + i).arg(2000 + i);
        d.email = QStringLiteral("info@company%1.com.cn").arg(i);
        QElapsedTimer t;
        t.start();
        auto found = customers.findDuplicates(asSales, d);
        checks.push_back(ms(t));
        if (!found)
            return 1;
    }
    report("duplicate check on save", checks);

    // Import: 100,000 rows with their contacts, every row checked against the database and the
    // rows before it. Run as a preview (the same work, rolled back), so the database stays as seeded.
    const int rows = argc > 2 ? QByteArray(argv[2]).toInt() : 100000;
    const QByteArray csv = generatedCsv(rows);
    QElapsedTimer reading;
    reading.start();
    Result<ImportTable> table = ImportFiles::fromCsv(csv);
    if (!table)
        return 1;
    std::printf("read %d CSV rows (%.1f MB, before the mapping step) %7.0f ms\n", rows,
                static_cast<double>(csv.size()) / 1e6, ms(reading));
    ImportOptions o;
    o.mapping = ColumnMapping::guess(table->headers, ImportTarget::Customers);
    // The first run is what a user sees after opening the file; the second runs with SQLite's page
    // cache already filled by the first.
    for (const char *run : {"first run", "second run"}) {
        QElapsedTimer t;
        t.start();
        auto r = Importer(**db, Clock::system()).run(asAdmin, *table, o, false);
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return 1;
        }
        std::printf("import %d CSV rows with duplicate checks    %7.0f ms   (%s: %d created, %d contacts, %d skipped, "
                    "%lld rejected)\n",
                    rows, ms(t), run, r->created, r->contactsCreated, r->skipped,
                    static_cast<long long>(r->rejected.size()));
    }
    return 0;
}
