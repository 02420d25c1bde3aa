// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/Uuid7.h"

#include <QSet>
#include <QTest>

using namespace guanxi;

class TestUuid7 : public QObject {
    Q_OBJECT
private slots:
    void layout()
    {
        const qint64 ms = 0x0123456789AB;
        const QString id = newUuid7(ms);
        QVERIFY(isUuid(id));
        QCOMPARE(id.left(13), QStringLiteral("01234567-89ab"));
        QCOMPARE(id.at(14), QLatin1Char('7'));               // version
        QVERIFY(QStringLiteral("89ab").contains(id.at(19))); // RFC 9562 variant
    }
    void increasingWithinOneMillisecond()
    {
        QString previous;
        QSet<QString> seen;
        for (int i = 0; i < 20000; ++i) {
            const QString id = newUuid7(1'700'000'000'000);
            QVERIFY2(id > previous, qPrintable(id + QStringLiteral(" <= ") + previous));
            seen.insert(id);
            previous = id;
        }
        QCOMPARE(seen.size(), 20000);
    }
    void increasingAcrossAClockStepBack()
    {
        const QString a = newUuid7(1'800'000'000'000);
        const QString b = newUuid7(1'799'999'999'000);
        QVERIFY(b > a);
    }
    void deterministicFromParts()
    {
        QCOMPARE(uuid7FromParts(1, 2, 3), uuid7FromParts(1, 2, 3));
        QVERIFY(uuid7FromParts(1, 2, 3) != uuid7FromParts(1, 2, 4));
    }
};

QTEST_GUILESS_MAIN(TestUuid7)
#include "test_uuid7.moc"
