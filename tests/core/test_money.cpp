// SPDX-License-Identifier: GPL-3.0-or-later
// Money: the rounding rule of every document, amounts as users type and read them, and amounts in
// Chinese capitals as contracts require them.
#include "core/money/ChineseCapitals.h"
#include "core/money/LineAmounts.h"
#include "core/money/Money.h"
#include "core/money/Quantities.h"

#include <QTest>

#include <limits>
#include <random>

using namespace guanxi;

class TestMoney : public QObject {
    Q_OBJECT
private slots:
    void quantitiesAndRatesAsPeopleWriteThem()
    {
        QCOMPARE(quantities::text(10'000), QStringLiteral("10"));
        QCOMPARE(quantities::text(1'500), QStringLiteral("1.5"));
        QCOMPARE(quantities::text(125), QStringLiteral("0.125"));
        QCOMPARE(quantities::parse(QStringLiteral(" 1.5 ")), std::optional<qint64>(1'500));
        QCOMPARE(quantities::parse(QStringLiteral("１．５")), std::optional<qint64>(1'500)); // full-width
        QCOMPARE(quantities::parse(QStringLiteral("abc")), std::nullopt);
        QCOMPARE(quantities::percentText(1'250), QStringLiteral("12.50"));
        QCOMPARE(quantities::percentText(1'300), QStringLiteral("13"));
        QCOMPARE(quantities::parsePercent(QStringLiteral("12.5%")), std::optional<int>(1'250));
        QCOMPARE(quantities::parsePercent(QStringLiteral("１３％")), std::optional<int>(1'300));
        QCOMPARE(quantities::parsePercent(QStringLiteral("x")), std::nullopt);
    }

    void capitals_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("text");
        // The example, and the cases the settlement rules spell out.
        QTest::newRow("example") << qint64(1234567) << QStringLiteral("壹万贰仟叁佰肆拾伍元陆角柒分");
        QTest::newRow("zero inside") << qint64(1640902) << QStringLiteral("壹万陆仟肆佰零玖元零贰分");
        QTest::newRow("no jiao") << qint64(32504) << QStringLiteral("叁佰贰拾伍元零肆分");
        QTest::newRow("round yuan") << qint64(10000) << QStringLiteral("壹佰元整");
        QTest::newRow("ten") << qint64(1500) << QStringLiteral("壹拾伍元整");
        QTest::newRow("jiao only") << qint64(50) << QStringLiteral("伍角");
        QTest::newRow("fen only") << qint64(5) << QStringLiteral("伍分");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("零元整");
        QTest::newRow("ends in zeros") << qint64(168032) << QStringLiteral("壹仟陆佰捌拾元叁角贰分");
        QTest::newRow("empty wan group") << qint64(10000000100) << QStringLiteral("壹亿零壹元整");
        QTest::newRow("small last group") << qint64(1001000) << QStringLiteral("壹万零壹拾元整");
        QTest::newRow("hundreds after wan") << qint64(100010000) << QStringLiteral("壹佰万零壹佰元整");
        QTest::newRow("ten wan") << qint64(10050000) << QStringLiteral("壹拾万零伍佰元整");
        QTest::newRow("yi and wan") << qint64(10001000000) << QStringLiteral("壹亿零壹万元整");
        QTest::newRow("yi") << qint64(120000000000) << QStringLiteral("壹拾贰亿元整");
        QTest::newRow("inside a group") << qint64(100100) << QStringLiteral("壹仟零壹元整");
        QTest::newRow("negative") << qint64(-12345) << QStringLiteral("负壹佰贰拾叁元肆角伍分");
    }
    void capitals()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, text);
        QCOMPARE(chineseCapitals(fen), text);
    }

    void capitalsOfExtremes()
    {
        // No crash and no digit lost at the ends of the range.
        const QString most = chineseCapitals(std::numeric_limits<qint64>::max());
        QVERIFY(most.contains(QStringLiteral("亿亿")) || most.contains(QStringLiteral("亿")));
        QVERIFY(chineseCapitals(std::numeric_limits<qint64>::min()).startsWith(QStringLiteral("负")));
    }

    void roundingIsHalfAwayFromZero()
    {
        QCOMPARE(DocumentMath::roundedDivision(15, 10), 2);
        QCOMPARE(DocumentMath::roundedDivision(14, 10), 1);
        QCOMPARE(DocumentMath::roundedDivision(-15, 10), -2);
        QCOMPARE(DocumentMath::roundedDivision(-14, 10), -1);
        QCOMPARE(DocumentMath::roundedDivision(5, 10000), 0);
        QCOMPARE(DocumentMath::roundedDivision(5000, 10000), 1);
    }

    void aLineWithoutTax()
    {
        // 3.5 units at ¥1,299.99, 12.5 % off, 13 % VAT on top.
        auto a = DocumentMath::line({129999, 3500, 1250, 1300, false});
        QVERIFY(a);
        QCOMPARE(a->gross, 454997);   // 4549.965 → 4549.97
        QCOMPARE(a->discount, 56875); // 568.74625 → 568.75
        QCOMPARE(a->net, 398122);
        QCOMPARE(a->tax, 51756); // 517.5586 → 517.56
        QCOMPARE(a->total, 449878);
    }

    void aLineWithTaxIncluded()
    {
        // 含税价: ¥113.00 a unit, 10 units, 13 % VAT inside.
        auto a = DocumentMath::line({11300, 10000, 0, 1300, true});
        QVERIFY(a);
        QCOMPARE(a->total, 113000);
        QCOMPARE(a->net, 100000);
        QCOMPARE(a->tax, 13000);
    }

    void linesAndTotalsReconcileToTheCent()
    {
        std::mt19937 rng(7);
        for (int doc = 0; doc < 500; ++doc) {
            QList<LineAmounts> lines;
            const bool withTax = rng() % 2;
            for (int i = 0; i < 1 + static_cast<int>(rng() % 30); ++i) {
                LineInput in{static_cast<qint64>(rng() % 10'000'000), static_cast<qint64>(rng() % 100'000),
                             static_cast<int>(rng() % 10001), static_cast<int>(rng() % 2) ? 1300 : 600, withTax};
                auto a = DocumentMath::line(in);
                QVERIFY(a);
                QCOMPARE(a->net + a->tax, a->total);
                QCOMPARE(withTax ? a->total : a->net, a->gross - a->discount);
                QVERIFY(a->discount >= 0 && a->discount <= a->gross);
                lines.append(*a);
            }
            const LineAmounts t = DocumentMath::total(lines);
            QCOMPARE(t.net + t.tax, t.total);
            qint64 sum = 0;
            for (const LineAmounts &l : lines)
                sum += l.total;
            QCOMPARE(t.total, sum);
        }
    }

    void badLinesAreRefused()
    {
        QCOMPARE(DocumentMath::line({100, -1000, 0, 0, false}).error().field, QStringLiteral("quantity"));
        QCOMPARE(DocumentMath::line({100, 1000, 10001, 0, false}).error().field, QStringLiteral("discount"));
        QCOMPARE(DocumentMath::line({100, 1000, -1, 0, false}).error().field, QStringLiteral("discount"));
        QCOMPARE(DocumentMath::line({-100, 1000, 0, 0, false}).error().field, QStringLiteral("price"));
        QCOMPARE(DocumentMath::line({100, 1000, 0, 10001, false}).error().field, QStringLiteral("tax"));
        auto huge = DocumentMath::line({std::numeric_limits<qint64>::max() / 2, 3000, 0, 0, false});
        QVERIFY(!huge);
        QCOMPARE(huge.error().code, ErrorCode::Invalid);
        QVERIFY(DocumentMath::line({100, 0, 10000, 1300, false})); // free and nothing of it: fine
    }

    void amountsAsTypedAndShown()
    {
        QCOMPARE(*MoneyText::parse(QStringLiteral("12,345.67"), QStringLiteral("CNY")), 1234567);
        QCOMPARE(*MoneyText::parse(QStringLiteral("１２３４５．６"), QStringLiteral("CNY")), 1234560); // full width
        QCOMPARE(*MoneyText::parse(QStringLiteral("-3"), QStringLiteral("CNY")), -300);
        QCOMPARE(*MoneyText::parse(QStringLiteral("1500"), QStringLiteral("JPY")), 1500);
        QVERIFY(!MoneyText::parse(QStringLiteral("1.234"), QStringLiteral("CNY")));
        QVERIFY(!MoneyText::parse(QStringLiteral("1.5"), QStringLiteral("JPY")));
        QVERIFY(!MoneyText::parse(QStringLiteral("abc"), QStringLiteral("CNY")));
        QVERIFY(!MoneyText::parse(QStringLiteral(""), QStringLiteral("CNY")));
        QVERIFY(!MoneyText::parse(QStringLiteral("99999999999999999999"), QStringLiteral("CNY")));
        QCOMPARE(MoneyText::format({1234567, QStringLiteral("CNY")}), QStringLiteral("12,345.67"));
        QCOMPARE(MoneyText::format({-5, QStringLiteral("CNY")}), QStringLiteral("-0.05"));
        QCOMPARE(MoneyText::format({1500, QStringLiteral("JPY")}), QStringLiteral("1,500"));
        QCOMPARE(MoneyText::formatWithSymbol({1234567, QStringLiteral("CNY")}), QStringLiteral("¥12,345.67"));
        QCOMPARE(MoneyText::formatWithSymbol({-100, QStringLiteral("USD")}), QStringLiteral("-US$1.00"));
        QCOMPARE(MoneyText::formatWithSymbol({100, QStringLiteral("XYZ")}), QStringLiteral("1.00 XYZ"));
        for (qint64 v : {qint64(0), qint64(1), qint64(99), qint64(100000001), qint64(-4200)})
            QCOMPARE(*MoneyText::parse(MoneyText::format({v, QStringLiteral("CNY")}), QStringLiteral("CNY")), v);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "test_money.moc"
