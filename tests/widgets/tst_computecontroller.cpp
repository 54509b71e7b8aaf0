// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/common/timelimits.h"
#include "widgets/models/computecontroller.h"

#include "core/mechanisms/compute.h"

#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace attnscope;
using widgets::ComputeController;

namespace {

// Generous bounds, never expected to be reached: the computations take milliseconds.
constexpr int kTimeoutMs = testing::kWaitMs;

core::Config configWith(core::Mechanism m, std::int64_t tokens, std::uint64_t seed)
{
    core::Request r;
    r.mechanism = m;
    r.tokens = tokens;
    r.seed = seed;
    return core::resolve(r);
}

} // namespace

class TestComputeController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversTrace()
    {
        ComputeController controller;
        QSignalSpy ready(&controller, &ComputeController::traceReady);
        QSignalSpy failed(&controller, &ComputeController::failed);
        const core::Config config = configWith(core::Mechanism::Gqa, 7, 3);
        controller.compute(config);
        QVERIFY(controller.isBusy());
        QVERIFY(ready.wait(kTimeoutMs));
        QCOMPARE(ready.count(), 1);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!controller.isBusy());

        const auto trace = ready.at(0).at(0).value<std::shared_ptr<const core::Trace>>();
        const auto delivered = ready.at(0).at(1).value<core::Config>();
        QVERIFY(delivered == config);
        QVERIFY(trace);
        QVERIFY(trace->hasTensor("weights"));
        // The same numbers as computing on this thread.
        QVERIFY(trace->tensor("weights") == core::compute(config).tensor("weights"));
    }

    // Requests fired back to back: only the newest one's result is ever delivered.
    void supersededResultsAreDropped_data()
    {
        QTest::addColumn<int>("requests");
        QTest::newRow("two") << 2;
        QTest::newRow("three") << 3;
        QTest::newRow("ten") << 10;
    }

    void supersededResultsAreDropped()
    {
        QFETCH(int, requests);
        ComputeController controller;
        QSignalSpy ready(&controller, &ComputeController::traceReady);
        QSignalSpy busy(&controller, &ComputeController::busyChanged);
        core::Config last;
        for (int i = 0; i < requests; ++i) {
            // The first is the largest, so it is still running when the others arrive.
            last = configWith(i % 2 == 0 ? core::Mechanism::Mha : core::Mechanism::Mla, i == 0 ? 256 : 4 + i, i);
            controller.compute(last);
        }
        QVERIFY(ready.wait(kTimeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isBusy(), kTimeoutMs);
        // Anything still queued would arrive now.
        QCoreApplication::processEvents();
        QCOMPARE(ready.count(), 1);
        QVERIFY(ready.at(0).at(1).value<core::Config>() == last);
        const auto trace = ready.at(0).at(0).value<std::shared_ptr<const core::Trace>>();
        QCOMPARE(trace->tensor("weights").shape.at(1), last.tokens);
        // Busy once, idle once: superseded work is invisible.
        QCOMPARE(busy.count(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
    }

    void cancelDropsTheRunningResult()
    {
        ComputeController controller;
        QSignalSpy ready(&controller, &ComputeController::traceReady);
        QSignalSpy failed(&controller, &ComputeController::failed);
        controller.compute(configWith(core::Mechanism::Mha, 64, 1));
        controller.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isBusy(), kTimeoutMs);
        QCoreApplication::processEvents();
        QCOMPARE(ready.count(), 0);
        QCOMPARE(failed.count(), 0);

        // The controller is usable afterwards.
        controller.compute(configWith(core::Mechanism::Sdpa, 4, 1));
        QVERIFY(ready.wait(kTimeoutMs));
        QCOMPARE(ready.count(), 1);
    }

    // A worker may outlive its controller (e.g. the window closes mid-computation): it owns
    // what it reads, and its result goes nowhere.
    void destroyedWhileRunning()
    {
        {
            ComputeController controller;
            controller.compute(configWith(core::Mechanism::Mla, 128, 1));
            controller.compute(configWith(core::Mechanism::Mha, 16, 2));
        }
        QVERIFY(QThreadPool::globalInstance()->waitForDone(kTimeoutMs));
        QCoreApplication::processEvents();
    }

    // compute() refuses what validation refuses; the exception becomes failed(), not a crash.
    void invalidConfigFails()
    {
        ComputeController controller;
        QSignalSpy ready(&controller, &ComputeController::traceReady);
        QSignalSpy failed(&controller, &ComputeController::failed);
        core::Config bad = configWith(core::Mechanism::Gqa, 6, 0);
        bad.nKvHeads = 3; // does not divide 4 heads
        controller.compute(bad);
        QVERIFY(failed.wait(kTimeoutMs));
        QCOMPARE(ready.count(), 0);
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(QLatin1String("kv-heads")), qPrintable(message));
        QVERIFY(!controller.isBusy());
    }
};

QTEST_MAIN(TestComputeController)
#include "tst_computecontroller.moc"
