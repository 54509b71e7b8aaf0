// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/common/timelimits.h"
#include "widgets/jobs/latestjob.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <memory>

using attnscope::widgets::JobContext;
using attnscope::widgets::LatestJob;
using attnscope::widgets::LatestJobBase;

namespace {

// An upper bound only, never a timing the tests depend on.
constexpr int kTimeoutMs = attnscope::testing::kWaitMs;

// A job that says when it started, then waits until the test releases it, or until it is
// cancelled (it polls: a cooperative job). It returns `value`, and records what it saw.
struct Gate
{
    QSemaphore started;
    QSemaphore release;
    std::atomic<int> sawCancel{0};
    std::atomic<int> ran{0};
};

LatestJob<int>::Job gatedJob(const std::shared_ptr<Gate> &gate, int value)
{
    return [gate, value](const JobContext &job) {
        gate->ran.fetch_add(1);
        gate->started.release();
        while (!gate->release.tryAcquire(1, 5)) {
            if (job.isCancelled()) {
                gate->sawCancel.fetch_add(1);
                return -value;
            }
        }
        return value;
    };
}

} // namespace

class TestLatestJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversResult()
    {
        QList<int> results;
        LatestJob<int> runner([&](const int &r) { results << r; });
        QSignalSpy busy(&runner, &LatestJobBase::busyChanged);
        runner.submit([](const JobContext &job) { return job.isCancelled() ? -1 : 42; });
        QVERIFY(runner.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), kTimeoutMs);
        QCoreApplication::processEvents();
        QCOMPARE(results, QList<int>{42});
        QCOMPARE(busy.count(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
        QCOMPARE(runner.generation(), 1u);
    }

    // A submit while a job runs cancels it (the job sees it), a newer submit replaces one waiting,
    // and only the newest result arrives.
    void newestSupersedes()
    {
        QList<int> results;
        LatestJob<int> runner([&](const int &r) { results << r; });
        QSignalSpy busy(&runner, &LatestJobBase::busyChanged);
        auto first = std::make_shared<Gate>();
        auto second = std::make_shared<Gate>();
        auto third = std::make_shared<Gate>();
        runner.submit(gatedJob(first, 1));
        QVERIFY(first->started.tryAcquire(1, kTimeoutMs)); // the first runs now
        runner.submit(gatedJob(second, 2));
        runner.submit(gatedJob(third, 3));
        third->release.release(); // lets the third finish once it runs
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), kTimeoutMs);
        QCoreApplication::processEvents();
        QCOMPARE(first->sawCancel.load(), 1);
        QCOMPARE(second->ran.load(), 0); // replaced while waiting: never started
        QCOMPARE(third->ran.load(), 1);
        QCOMPARE(third->sawCancel.load(), 0);
        QCOMPARE(results, QList<int>{3});
        QCOMPARE(busy.count(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
    }

    void cancelDeliversNothing()
    {
        QList<int> results;
        LatestJob<int> runner([&](const int &r) { results << r; });
        QSignalSpy busy(&runner, &LatestJobBase::busyChanged);
        auto gate = std::make_shared<Gate>();
        runner.submit(gatedJob(gate, 1));
        QVERIFY(gate->started.tryAcquire(1, kTimeoutMs));
        const auto before = runner.generation();
        runner.cancel();
        QVERIFY(runner.generation() > before);
        // Still busy until the running job has ended.
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), kTimeoutMs);
        QCoreApplication::processEvents();
        QCOMPARE(gate->sawCancel.load(), 1);
        QVERIFY(results.isEmpty());
        QCOMPARE(busy.count(), 2);
        QCOMPARE(busy.at(1).at(0).toBool(), false);

        // Usable afterwards.
        runner.submit([](const JobContext &) { return 7; });
        QTRY_VERIFY_WITH_TIMEOUT(!results.isEmpty(), kTimeoutMs);
        QCOMPARE(results, QList<int>{7});
        QCOMPARE(busy.count(), 4);
        QCOMPARE(busy.at(2).at(0).toBool(), true);
        QCOMPARE(busy.at(3).at(0).toBool(), false);
    }

    // A waiting job dropped by cancel() never starts; the runner is idle once the running one ends.
    void cancelDropsTheWaitingJob()
    {
        QList<int> results;
        LatestJob<int> runner([&](const int &r) { results << r; });
        auto first = std::make_shared<Gate>();
        auto second = std::make_shared<Gate>();
        runner.submit(gatedJob(first, 1));
        QVERIFY(first->started.tryAcquire(1, kTimeoutMs));
        runner.submit(gatedJob(second, 2));
        runner.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), kTimeoutMs);
        QCoreApplication::processEvents();
        QCOMPARE(second->ran.load(), 0);
        QVERIFY(results.isEmpty());
    }

    // Progress posted by the newest job arrives, before its result; a superseded job's does not.
    void postsOnlyFromTheNewest()
    {
        QList<int> events;
        LatestJob<int> runner([&](const int &r) { events << r; });
        auto first = std::make_shared<Gate>();
        runner.submit([first, &events](const JobContext &job) {
            first->started.release();
            while (!job.isCancelled())
                QThread::yieldCurrentThread();
            job.post([&events] { events << 100; }); // superseded: dropped
            return 1;
        });
        QVERIFY(first->started.tryAcquire(1, kTimeoutMs));
        runner.submit([&events](const JobContext &job) {
            job.post([&events] { events << 200; });
            return 2;
        });
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), kTimeoutMs);
        QCoreApplication::processEvents();
        QCOMPARE(events, (QList<int>{200, 2}));
    }

    // Destruction cancels the running job and waits for it.
    void destructionWaits()
    {
        auto gate = std::make_shared<Gate>();
        int delivered = 0;
        {
            LatestJob<int> runner([&](const int &) { ++delivered; });
            runner.submit(gatedJob(gate, 1));
            QVERIFY(gate->started.tryAcquire(1, kTimeoutMs));
        }
        QCOMPARE(gate->sawCancel.load(), 1); // the job has ended
        QCoreApplication::processEvents();
        QCOMPARE(delivered, 0);
    }

    // The result handler may submit the next job: the runner is idle when it is called.
    void handlerMaySubmit()
    {
        QList<int> results;
        LatestJob<int> *runnerPtr = nullptr;
        LatestJob<int> runner([&](const int &r) {
            results << r;
            QVERIFY(!runnerPtr->isBusy());
            if (r < 3)
                runnerPtr->submit([r](const JobContext &) { return r + 1; });
        });
        runnerPtr = &runner;
        runner.submit([](const JobContext &) { return 1; });
        QTRY_COMPARE_WITH_TIMEOUT(results, (QList<int>{1, 2, 3}), kTimeoutMs);
    }
};

QTEST_MAIN(TestLatestJob)
#include "tst_latestjob.moc"
