// SPDX-License-Identifier: GPL-3.0-or-later
// Search: pinyin (polyphonic characters and surnames), folding, the gram index compared with a
// plain substring match over generated records, ranking, visibility, and index upkeep on edits.
#include "core/customers/CustomerService.h"
#include "core/i18n/CollationKey.h"
#include "core/search/DerivedIndexes.h"
#include "core/search/Pinyin.h"
#include "core/search/SearchIndex.h"
#include "core/search/SearchService.h"
#include "core/search/SearchText.h"
#include "core/storage/WriteTransaction.h"

#include "Builders.h"
#include "TestWorkspace.h"

#include <QSet>
#include <QSqlQuery>

#include <random>

using namespace guanxi;
using namespace guanxi::test;

namespace {

QSet<QString> ids(const QList<SearchHit> &hits)
{
    QSet<QString> out;
    for (const SearchHit &h : hits)
        out.insert(h.id);
    return out;
}

} // namespace

class TestSearch : public QObject {
    Q_OBJECT

    // The definition search must meet: every live record with a haystack line containing the query
    // (a single Latin letter or digit: a line starting with it).
    static QSet<QString> oracle(Database &db, const QString &query)
    {
        const QString q = SearchService::normalizeQuery(query);
        QSet<QString> out;
        if (q.isEmpty())
            return out;
        SearchIndex index(db);
        QSqlQuery all(db.sql());
        all.exec(QStringLiteral("SELECT id FROM customers WHERE deleted_at IS NULL"));
        while (all.next()) {
            auto doc = index.load(SearchKind::Customer, all.value(0).toString());
            if (!doc || !doc->has_value())
                continue;
            const bool startOnly = q.size() == 1 && SearchText::isLatinLetterOrDigit(q.at(0).unicode());
            for (const QString &line : (*doc)->haystackLines()) {
                if (startOnly ? line.startsWith(q) : line.contains(q)) {
                    out.insert((*doc)->entityId);
                    break;
                }
            }
        }
        return out;
    }

private slots:
    void pinyinOfPolyphonicCharacters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("full");
        QTest::addColumn<QString>("initials");
        QTest::newRow("name") << "张三丰"
                              << "zhangsanfeng"
                              << "zsf";
        QTest::newRow("traditional") << "張三豐"
                                     << "zhangsanfeng"
                                     << "zsf";
        QTest::newRow("chongqing") << "重庆"
                                   << "chongqing"
                                   << "cq";
        QTest::newRow("bank") << "银行"
                              << "yinhang"
                              << "yh";
        QTest::newRow("changsha") << "长沙"
                                  << "changsha"
                                  << "cs";
        QTest::newRow("xiamen") << "厦门"
                                << "xiamen"
                                << "xm";
        QTest::newRow("surname zeng") << "曾国藩"
                                      << "zengguofan"
                                      << "zgf";
        QTest::newRow("surname shan") << "单田芳"
                                      << "shantianfang"
                                      << "stf";
        QTest::newRow("surname xie") << "解缙"
                                     << "xiejin"
                                     << "xj";
        QTest::newRow("u-umlaut as v") << "吕布"
                                       << "lvbu"
                                       << "lb";
        QTest::newRow("u-umlaut as u") << "吕布"
                                       << "lubu"
                                       << "lb";
        QTest::newRow("mixed") << "IBM中国"
                               << "ibmzhongguo"
                               << "ibmzg";
        // Every reading people type: 晟 is cheng and sheng.
        QTest::newRow("sheng") << "北京达晟"
                               << "beijingdasheng"
                               << "bjds";
        QTest::newRow("cheng") << "北京达晟"
                               << "beijingdacheng"
                               << "bjdc";
        QTest::newRow("liu'an") << "六安"
                                << "luan"
                                << "la";
        QTest::newRow("bengbu") << "蚌埠"
                                << "bengbu"
                                << "bb";
    }

    // The one reading a name is sorted by: place names and words as they are read, surnames as
    // surnames; then the sort keys put them where a Chinese reader looks for them.
    void namesAreSortedByTheirReading_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("person");
        QTest::addColumn<QString>("reading");
        QTest::newRow("changsha") << "长沙华信" << false << "chang sha hua xin";
        QTest::newRow("chongqing") << "重庆银行" << false << "chong qing yin hang";
        QTest::newRow("xiamen") << "厦门航空" << false << "xia men hang kong";
        QTest::newRow("lu'an") << "六安茶业" << false << "lu an cha ye";
        QTest::newRow("bengbu") << "蚌埠机电" << false << "beng bu ji dian";
        QTest::newRow("zeng") << "曾伟" << true << "zeng wei";
        QTest::newRow("shan") << "单明" << true << "shan ming";
        QTest::newRow("zhang") << "张平" << true << "zhang ping";
    }

    void namesAreSortedByTheirReading()
    {
        QFETCH(QString, text);
        QFETCH(bool, person);
        QFETCH(QString, reading);
        QStringList syllables = Pinyin::reading(text, person ? NameKind::Person : NameKind::Organisation);
        syllables.removeAll(QString());
        QCOMPARE(syllables.join(QLatin1Char(' ')), reading);
    }

    void sortKeysFollowTheReading()
    {
        const auto sorted = [](QStringList names, bool people) {
            std::sort(names.begin(), names.end(), [people](const QString &a, const QString &b) {
                return people ? CollationKey::ofPerson(a) < CollationKey::ofPerson(b)
                              : CollationKey::of(a) < CollationKey::of(b);
            });
            return names;
        };
        // 长沙 under C, before 张平's Z; 重庆 under C too; names in Latin letters after the Chinese
        // ones, as in ICU's Chinese collation, and those with a digit first.
        QCOMPARE(sorted({QStringLiteral("张平贸易"), QStringLiteral("长沙华信"), QStringLiteral("重庆银行"),
                         QStringLiteral("Apple"), QStringLiteral("北京达晟"), QStringLiteral("3M 中国")},
                        false),
                 (QStringList{QStringLiteral("3M 中国"), QStringLiteral("北京达晟"), QStringLiteral("长沙华信"),
                              QStringLiteral("重庆银行"), QStringLiteral("张平贸易"), QStringLiteral("Apple")}));
        // Surnames by their surname reading: 单 shan after 邓 deng, 曾 zeng after 王 wang.
        QCOMPARE(sorted({QStringLiteral("曾伟"), QStringLiteral("单明"), QStringLiteral("蔡文"), QStringLiteral("邓军"),
                         QStringLiteral("王芳")},
                        true),
                 (QStringList{QStringLiteral("蔡文"), QStringLiteral("邓军"), QStringLiteral("单明"),
                              QStringLiteral("王芳"), QStringLiteral("曾伟")}));
    }
    void pinyinOfPolyphonicCharacters()
    {
        QFETCH(QString, text);
        QFETCH(QString, full);
        QFETCH(QString, initials);
        const PinyinForms p = Pinyin::of(text);
        QVERIFY2(p.full.contains(full), qPrintable(p.full.join(QLatin1Char(','))));
        QVERIFY2(p.initials.contains(initials), qPrintable(p.initials.join(QLatin1Char(','))));
        QVERIFY(p.full.size() <= Pinyin::kMaxVariants);
    }

    void folding()
    {
        QCOMPARE(SearchText::fold(QStringLiteral("  ＡＢＣ　１２３  Ltd ")), QStringLiteral("abc 123 ltd"));
        QCOMPARE(SearchText::fold(QStringLiteral("北京華聯")), QStringLiteral("北京华联"));
        QCOMPARE(SearchService::normalizeQuery(QStringLiteral("138 0013-8000")), QStringLiteral("13800138000"));
        QCOMPARE(SearchService::normalizeQuery(QStringLiteral("+86 (10) 6552")), QStringLiteral("86106552"));
        QCOMPARE(SearchService::normalizeQuery(QStringLiteral("Hua Lian")), QStringLiteral("hua lian"));
    }

    void findsByEveryField()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerService customers(*w.db, w.clock);
        CustomerDraft d = aCustomer(QStringLiteral("重庆银行股份有限公司"))
                              .phone(QStringLiteral("023-6379 2888"))
                              .email(QStringLiteral("service@cqcbank.com"));
        d.tags = {QStringLiteral("重点客户"), QStringLiteral("金融")};
        auto bank = customers.create(w.admin, d);
        QVERIFY(bank);
        QVERIFY(customers.create(w.admin, aCustomer(QStringLiteral("长沙华联商贸有限公司"))));
        SearchService search(*w.db);
        for (const char *q : {"重庆", "银行", "庆", "chongqing", "cq", "cqyh", "yinhang", "CHONGQING", "6379",
                              "63792888", "023-6379", "cqcbank", "service@", "重点", "金融", "重慶銀行"}) {
            auto hits = search.search(w.admin, QString::fromUtf8(q));
            QVERIFY2(hits, q);
            QVERIFY2(ids(*hits).contains(bank->id), q);
        }
        auto none = search.search(w.admin, QStringLiteral("xyzzy"));
        QVERIFY(none && none->isEmpty());
    }

    void rankingPutsNamePrefixFirst()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerService customers(*w.db, w.clock);
        QVERIFY(customers.create(w.admin, aCustomer(QStringLiteral("上海华联电子"))));
        QVERIFY(customers.create(w.admin, aCustomer(QStringLiteral("华联"))));
        QVERIFY(customers.create(w.admin, aCustomer(QStringLiteral("华联超市"))));
        auto hits = SearchService(*w.db).search(w.admin, QStringLiteral("华联"));
        QVERIFY(hits);
        QCOMPARE(hits->size(), 3);
        QCOMPARE(hits->at(0).name, QStringLiteral("华联"));
        QCOMPARE(hits->at(1).name, QStringLiteral("华联超市"));
        QCOMPARE(hits->at(2).name, QStringLiteral("上海华联电子"));
        auto one = SearchService(*w.db).search(w.admin, QStringLiteral("华联"), 1);
        QVERIFY(one);
        QCOMPARE(one->size(), 1);
    }

    void onlyVisibleRecords()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerService customers(*w.db, w.clock);
        auto mine = customers.create(w.sales1, aCustomer(QStringLiteral("杭州西湖茶叶有限公司")));
        auto pool = customers.create(w.admin, aCustomer(QStringLiteral("杭州西湖旅游有限公司")));
        QVERIFY(mine && pool);
        SearchService search(*w.db);
        auto asSales2 = search.search(w.sales2, QStringLiteral("西湖"));
        QVERIFY(asSales2);
        QCOMPARE(ids(*asSales2), QSet<QString>{pool->id});
        auto asManager = search.search(w.manager, QStringLiteral("xh"));
        QVERIFY(asManager);
        QCOMPARE(ids(*asManager), (QSet<QString>{mine->id, pool->id}));
        auto asOtherDept = search.search(w.otherDeptSales, QStringLiteral("hangzhou"));
        QVERIFY(asOtherDept);
        QCOMPARE(ids(*asOtherDept), QSet<QString>{pool->id});
    }

    // Generated names from a small alphabet, so that short queries hit many records, then every
    // 1-, 2- and 3-character piece of the records and random strings as queries: search must
    // return exactly what a substring match over the same fields returns. Then again after edits,
    // deletions and a rebuild.
    void neverMissesWhatSubstringMatchFinds()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerService customers(*w.db, w.clock);
        std::mt19937 rng(7);
        const QString han = QStringLiteral("张王李赵陈重庆长沙银行华联科技贸易電子單曾");
        const QString latin = QStringLiteral("abcxyz");
        auto pick = [&](const QString &from, int n) {
            QString s;
            for (int i = 0; i < n; ++i)
                s.append(from.at(static_cast<qsizetype>(rng() % static_cast<unsigned>(from.size()))));
            return s;
        };
        QStringList created;
        for (int i = 0; i < 300; ++i) {
            CustomerDraft d;
            d.name = pick(han, 2 + static_cast<int>(rng() % 6));
            if (i % 4 == 0)
                d.name += QLatin1Char(' ') + pick(latin, 3);
            if (i % 3 == 0)
                d.phone = QStringLiteral("1%1").arg(3 + rng() % 7) + QString::number(100000000 + rng() % 899999999);
            if (i % 5 == 0)
                d.email = pick(latin, 4) + QStringLiteral("@") + pick(latin, 3) + QStringLiteral(".cn");
            if (i % 7 == 0)
                d.tags = {pick(han, 2)};
            auto c = customers.create(w.admin, d, OnDuplicate::Allow);
            QVERIFY2(c, c ? "" : qPrintable(c.error().message));
            created.append(c->id);
        }

        QStringList queries;
        for (const QChar c : QString(han + latin + QStringLiteral("0123456789@.")))
            queries.append(QString(c));
        for (int i = 0; i < 150; ++i) {
            queries.append(pick(han, 2));
            queries.append(pick(latin, 2));
            queries.append(pick(han, 3));
            queries.append(pick(latin + QStringLiteral("ghijklmnopqrstuvw"), 3 + static_cast<int>(rng() % 4)));
        }
        // Pieces of real pinyin and names, so longer queries hit too.
        for (const QString &name :
             QStringList{QStringLiteral("zhang"), QStringLiteral("chongqing"), QStringLiteral("yinhang"),
                         QStringLiteral("changsha"), QStringLiteral("huali"), QStringLiteral("zengw"),
                         QStringLiteral("shan"), QStringLiteral("dian"), QStringLiteral("重庆银"),
                         QStringLiteral("长沙银行"), QStringLiteral("zw"), QStringLiteral("cqyh")})
            queries.append(name);

        SearchService search(*w.db);
        auto check = [&](const char *phase) {
            int nonEmpty = 0;
            for (const QString &q : std::as_const(queries)) {
                auto hits = search.search(w.admin, q, 0);
                QVERIFY(hits);
                const QSet<QString> expected = oracle(*w.db, q);
                nonEmpty += expected.isEmpty() ? 0 : 1;
                QVERIFY2(ids(*hits) == expected,
                         qPrintable(QStringLiteral("%1: query \"%2\": %3 found, %4 expected")
                                        .arg(QLatin1String(phase), q)
                                        .arg(hits->size())
                                        .arg(expected.size())));
            }
            QVERIFY(nonEmpty > queries.size() / 3); // the test really exercises matches
        };
        check("created");

        for (int i = 0; i < 60; ++i) {
            const QString id = created.at(i * 5);
            auto c = customers.get(w.admin, id);
            QVERIFY(c);
            if (i % 2 == 0) {
                CustomerDraft d = c->fields;
                d.name = pick(han, 3);
                QVERIFY(customers.update(w.admin, id, d, c->rowVersion, OnDuplicate::Allow));
            } else {
                QVERIFY(customers.remove(w.admin, id, c->rowVersion));
            }
        }
        check("edited");

        {
            WriteTransaction tx(*w.db);
            QVERIFY(tx.begin());
            QVERIFY(rebuildDerivedIndexes(*w.db));
            QVERIFY(tx.commit());
        }
        check("rebuilt");
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "test_search.moc"
