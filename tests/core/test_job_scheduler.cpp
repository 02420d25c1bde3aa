// SPDX-License-Identifier: GPL-3.0-or-later
// The one scheduler of the work that runs by itself: each job in its rhythm, at start or not,
// nothing after stop().
#include "core/jobs/JobScheduler.h"

#include <QSignalSpy>
#include <QTest>

using namespace guanxi;
using namespace std::chrono_literals;

class TestJobScheduler : public QObject {
    Q_OBJECT

private slots:
    void jobsRunAtStartWhenAskedAndThenInTheirRhythm()
    {
        JobScheduler jobs;
        int now = 0, later = 0, slow = 0;
        jobs.add(QStringLiteral("now"), 30ms, JobScheduler::AtStart::Run, [&] { ++now; });
        jobs.add(QStringLiteral("later"), 30ms, JobScheduler::AtStart::Wait, [&] { ++later; });
        jobs.add(QStringLiteral("slow"), 1h, JobScheduler::AtStart::Wait, [&] { ++slow; });
        QCOMPARE(jobs.jobNames(),
                 QStringList({QStringLiteral("now"), QStringLiteral("later"), QStringLiteral("slow")}));
        QVERIFY(!jobs.isRunning());
        QTest::qWait(80);
        QCOMPARE(now + later + slow, 0); // nothing before start()
        jobs.start();
        QCOMPARE(now, 0); // at start means once the caller's own work is done, not inside start()
        QTRY_COMPARE(now, 1);
        QCOMPARE(later, 0);
        QTRY_VERIFY(later >= 2);
        QVERIFY(now >= 2);
        QCOMPARE(slow, 0);
    }

    void runNowRunsOneJobAndSaysSo()
    {
        JobScheduler jobs;
        int runs = 0;
        jobs.add(QStringLiteral("pool"), 1h, JobScheduler::AtStart::Wait, [&] { ++runs; });
        QSignalSpy ran(&jobs, &JobScheduler::ran);
        QVERIFY(jobs.runNow(QStringLiteral("pool")));
        QCOMPARE(runs, 1);
        QCOMPARE(ran.size(), 1);
        QCOMPARE(ran.first().first().toString(), QStringLiteral("pool"));
        QVERIFY(!jobs.runNow(QStringLiteral("no such job")));
        QCOMPARE(ran.size(), 1);
    }

    void nothingRunsAfterStop()
    {
        JobScheduler jobs;
        int runs = 0;
        jobs.add(QStringLiteral("often"), 10ms, JobScheduler::AtStart::Run, [&] { ++runs; });
        jobs.start();
        jobs.stop(); // before the start-up run was due
        QTest::qWait(100);
        QCOMPARE(runs, 0);
        jobs.start();
        QTRY_VERIFY(runs >= 2);
        jobs.stop();
        const int stopped = runs;
        QTest::qWait(100);
        QCOMPARE(runs, stopped);
    }

    void aJobAddedWhileRunningStartsAtOnceAndMayAddOthers()
    {
        JobScheduler jobs;
        jobs.start();
        int added = 0, second = 0;
        jobs.add(QStringLiteral("first"), 1h, JobScheduler::AtStart::Run, [&] {
            ++added;
            // A job that adds a job: the scheduler's list grows while this one runs.
            for (int i = 0; i < 20; ++i)
                jobs.add(QStringLiteral("more%1").arg(i), 1h, JobScheduler::AtStart::Wait, [] {});
            jobs.add(QStringLiteral("second"), 1h, JobScheduler::AtStart::Run, [&] { ++second; });
        });
        QTRY_COMPARE(added, 1);
        QTRY_COMPARE(second, 1);
        QCOMPARE(jobs.jobNames().size(), 22);
    }
};

QTEST_GUILESS_MAIN(TestJobScheduler)
#include "test_job_scheduler.moc"
