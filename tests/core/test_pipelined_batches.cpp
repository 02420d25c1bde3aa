// SPDX-License-Identifier: GPL-3.0-or-later
// Rows read on a second thread and written on the first: every item once, in order, whatever the
// count and batch size; the first error stops the run and nothing after it is consumed.
#include "core/util/PipelinedBatches.h"

#include <QTest>

#include <atomic>
#include <thread>

using namespace guanxi;

class TestPipelinedBatches : public QObject {
    Q_OBJECT
private slots:
    void everyItemOnceInOrder_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("batch");
        QTest::newRow("none") << 0 << 16;
        QTest::newRow("one") << 1 << 16;
        QTest::newRow("less than the first batch") << 3 << 64;
        QTest::newRow("a multiple") << 64 << 16;
        QTest::newRow("not a multiple") << 1001 << 100;
        QTest::newRow("batches of one") << 50 << 1;
    }

    void everyItemOnceInOrder()
    {
        QFETCH(int, count);
        QFETCH(int, batch);
        const std::thread::id caller = std::this_thread::get_id();
        std::atomic<int> preparedHere{0};
        QList<qsizetype> consumed;
        Status s = runPipelinedBatches<qsizetype>(
            count, batch,
            [&](qsizetype i) {
                if (std::this_thread::get_id() == caller)
                    ++preparedHere;
                return i * 3;
            },
            [&](qsizetype i, qsizetype &plan) -> Status {
                if (std::this_thread::get_id() != caller)
                    return Error{ErrorCode::Invalid, QStringLiteral("consumed on another thread"), {}};
                if (plan != i * 3)
                    return Error{ErrorCode::Invalid, QStringLiteral("plan of another item"), {}};
                consumed.append(i);
                return {};
            });
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        QCOMPARE(consumed.size(), count);
        for (int i = 0; i < count; ++i)
            QCOMPARE(consumed.at(i), i);
        QCOMPARE(preparedHere.load(), 0); // the writes' thread only writes
    }

    void firstErrorStops()
    {
        std::atomic<int> prepared{0};
        int consumed = 0;
        Status s = runPipelinedBatches<int>(
            10000, 64, [&](qsizetype) { return ++prepared; },
            [&](qsizetype i, int &) -> Status {
                if (i == 100)
                    return Error{ErrorCode::Invalid, QStringLiteral("row 100 is bad"), {}};
                ++consumed;
                return {};
            });
        QVERIFY(!s);
        QCOMPARE(s.error().message, QStringLiteral("row 100 is bad"));
        QCOMPARE(consumed, 100);
        QVERIFY(prepared.load() < 10000); // the reader stopped too, at most two batches ahead
    }
};

QTEST_GUILESS_MAIN(TestPipelinedBatches)
#include "test_pipelined_batches.moc"
