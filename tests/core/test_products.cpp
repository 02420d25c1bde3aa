// SPDX-License-Identifier: GPL-3.0-or-later
// The showroom (展厅): products with prices, cost and floor price; who may change them and who may
// see what they cost; one live product per code; bad values refused with the field to fix.
#include "core/products/ProductService.h"

#include "TestWorkspace.h"

#include <QTest>

using namespace guanxi;
using guanxi::test::TestWorkspace;

namespace {

ProductDraft laptop()
{
    ProductDraft d;
    d.code = QStringLiteral("NB-X1");
    d.name = QStringLiteral("商务笔记本 X1");
    d.category = QStringLiteral("电脑");
    d.specification = QStringLiteral("14 英寸 / 16 GB");
    d.unit = QStringLiteral("台");
    d.listPriceMinor = 899900;
    d.costMinor = 620000;
    d.floorPriceMinor = 799900;
    return d;
}

} // namespace

class TestProducts : public QObject {
    Q_OBJECT
private slots:
    void managerAddsSalespersonSeesWithoutCost()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        ProductService s(*w.db, w.clock);
        auto p = s.create(w.manager, laptop());
        QVERIFY2(p, p ? "" : qPrintable(p.error().message));
        QCOMPARE(p->fields.taxRateBasisPoints, 1300);

        auto seen = s.get(w.sales1, p->id);
        QVERIFY(seen);
        QCOMPARE(seen->fields.listPriceMinor, 899900);
        QCOMPARE(seen->fields.floorPriceMinor, 799900);
        QCOMPARE(seen->fields.costMinor, 0); // not for salespeople
        QCOMPARE(s.get(w.admin, p->id)->fields.costMinor, 620000);

        auto refused = s.create(w.sales1, laptop());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QVERIFY(!s.update(w.sales1, p->id, laptop(), p->rowVersion));
        QVERIFY(!s.remove(w.sales1, p->id, p->rowVersion));
    }

    void oneLiveProductPerCode()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        ProductService s(*w.db, w.clock);
        auto first = s.create(w.manager, laptop());
        QVERIFY(first);
        ProductDraft again = laptop();
        again.code = QStringLiteral("  NB-X1 ");
        auto twice = s.create(w.manager, again);
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, ErrorCode::Duplicate);
        QVERIFY(twice.error().message.contains(QStringLiteral("商务笔记本 X1")));
        // Deleted, its code is free again.
        QVERIFY(s.remove(w.manager, first->id, first->rowVersion));
        QVERIFY(s.create(w.manager, laptop()));
    }

    void badValuesNameTheirField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("code") << "code";
        QTest::newRow("name") << "name";
        QTest::newRow("floor") << "floor";
        QTest::newRow("price") << "price";
        QTest::newRow("currency") << "currency";
        QTest::newRow("tax") << "tax";
        QTest::newRow("picture") << "picture";
    }
    void badValuesNameTheirField()
    {
        QFETCH(QString, field);
        ProductDraft d = laptop();
        if (field == QLatin1String("code"))
            d.code = QStringLiteral("  ");
        else if (field == QLatin1String("name"))
            d.name.clear();
        else if (field == QLatin1String("floor"))
            d.floorPriceMinor = d.listPriceMinor + 1;
        else if (field == QLatin1String("price"))
            d.costMinor = -1;
        else if (field == QLatin1String("currency"))
            d.currency = QStringLiteral("RMB1");
        else if (field == QLatin1String("tax"))
            d.taxRateBasisPoints = 10001;
        else
            d.picture = QByteArrayLiteral("GIF89a not accepted");
        TestWorkspace w;
        QVERIFY(w.init());
        auto r = ProductService(*w.db, w.clock).create(w.manager, d);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        QCOMPARE(r.error().field, field);
        QVERIFY(!r.error().message.isEmpty());
    }

    void editsAreVersionedAndListsSortByPinyin()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        ProductService s(*w.db, w.clock);
        const QStringList names = {QStringLiteral("中性笔"), QStringLiteral("A4 打印纸"), QStringLiteral("办公椅"),
                                   QStringLiteral("订书机")};
        for (int i = 0; i < names.size(); ++i) {
            ProductDraft d;
            d.code = QStringLiteral("P%1").arg(i);
            d.name = names.at(i);
            d.category = i % 2 ? QStringLiteral("文具") : QStringLiteral("家具");
            d.listPriceMinor = 1000 * (i + 1);
            QVERIFY(s.create(w.admin, d));
        }
        auto all = s.list(w.sales1);
        QVERIFY(all);
        QStringList order;
        for (const Product &p : *all)
            order.append(p.fields.name);
        // ICU's Chinese order: Han in pinyin order (办 ban, 订 ding, 中 zhong), Latin after them.
        QCOMPARE(order,
                 (QStringList{QStringLiteral("办公椅"), QStringLiteral("订书机"), QStringLiteral("中性笔"),
                              QStringLiteral("A4 打印纸")}));
        QCOMPARE(s.list(w.sales1, {QStringLiteral("a4"), {}, false})->size(), 1); // code/spec without case
        QCOMPARE(s.list(w.sales1, {{}, QStringLiteral("文具"), false})->size(), 2);
        QCOMPARE(*s.categories(), (QStringList{QStringLiteral("家具"), QStringLiteral("文具")}));

        Product chair = s.list(w.admin, {QStringLiteral("办公椅"), {}, false})->first();
        ProductDraft d = chair.fields;
        d.listPriceMinor = 49900;
        auto saved = s.update(w.manager, chair.id, d, chair.rowVersion);
        QVERIFY(saved);
        QCOMPARE(saved->rowVersion, chair.rowVersion + 1);
        auto stale = s.update(w.admin, chair.id, d, chair.rowVersion); // the version read before
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, ErrorCode::Conflict);
        d.active = false;
        QVERIFY(s.update(w.manager, chair.id, d, saved->rowVersion));
        QCOMPARE(s.list(w.sales1, {{}, {}, true})->size(), 3); // inactive ones are not offered
    }
};

QTEST_GUILESS_MAIN(TestProducts)
#include "test_products.moc"
