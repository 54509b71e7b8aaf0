// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/common/timelimits.h"
#include "widgets/models/pathcheckmodel.h"

#include "core/mechanisms/compute.h"
#include "core/mechanisms/pathcheck.h"

#include <QSignalSpy>
#include <QTest>

using namespace attnscope;
using widgets::PathCheckModel;
using widgets::PathCheckResult;

namespace {

// An upper bound only: a slow machine waits longer, a fast one does not wait at all.
constexpr int kTimeoutMs = testing::kWaitMs;

core::Config mlaConfig(std::int64_t tokens, std::uint64_t seed)
{
    core::Request r;
    r.mechanism = core::Mechanism::Mla;
    r.tokens = tokens;
    r.seed = seed;
    return core::resolve(r);
}

} // namespace

class TestPathCheckModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The same numbers as core::mlaPathDifference() on this thread, with and without a trace.
    void knownAnswer()
    {
        const core::Config config = mlaConfig(9, 4);
        const core::PathDifference expected = core::mlaPathDifference(config);
        PathCheckModel model;
        QSignalSpy ready(&model, &PathCheckModel::resultReady);
        QVERIFY(!model.result());
        model.check(config);
        QVERIFY(model.isBusy());
        QVERIFY(ready.wait(kTimeoutMs));
        QCOMPARE(ready.count(), 1);
        QVERIFY(!model.isBusy());
        const auto result = ready.at(0).at(0).value<PathCheckResult>();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.config == config);
        QCOMPARE(result.maxAbsOutput, expected.maxAbsOutput);
        QCOMPARE(result.maxAbsWeights, expected.maxAbsWeights);
        QVERIFY(model.result());
        QCOMPARE(model.result()->maxAbsOutput, expected.maxAbsOutput);

        // With the trace on screen: only the other path is evaluated.
        const auto trace = core::computeShared(config);
        const core::PathDifference fromTrace = core::mlaPathDifference(config, *trace);
        model.check(config, trace);
        QVERIFY(ready.wait(kTimeoutMs));
        const auto second = ready.at(1).at(0).value<PathCheckResult>();
        QVERIFY(second.ok());
        QCOMPARE(second.maxAbsOutput, fromTrace.maxAbsOutput);
        QCOMPARE(second.maxAbsWeights, fromTrace.maxAbsWeights);
    }

    // Two checks in a row: only the second's result is delivered.
    void secondSupersedesFirst()
    {
        const core::Config first = mlaConfig(64, 1);
        const core::Config second = mlaConfig(5, 2);
        PathCheckModel model;
        QSignalSpy ready(&model, &PathCheckModel::resultReady);
        QSignalSpy busy(&model, &PathCheckModel::busyChanged);
        model.check(first);
        model.check(second);
        QVERIFY(ready.wait(kTimeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(!model.isBusy(), kTimeoutMs);
        QCoreApplication::processEvents();
        QCOMPARE(ready.count(), 1);
        const auto result = ready.at(0).at(0).value<PathCheckResult>();
        QVERIFY(result.config == second);
        QCOMPARE(result.maxAbsOutput, core::mlaPathDifference(second).maxAbsOutput);
        QCOMPARE(busy.count(), 2);
    }

    // Not MLA: a result with the reason, not a crash.
    void notMlaIsAnError()
    {
        core::Request r;
        r.mechanism = core::Mechanism::Mha;
        PathCheckModel model;
        QSignalSpy ready(&model, &PathCheckModel::resultReady);
        model.check(core::resolve(r));
        QVERIFY(ready.wait(kTimeoutMs));
        const auto result = ready.at(0).at(0).value<PathCheckResult>();
        QVERIFY(!result.ok());
        QVERIFY(!result.error.isEmpty());
    }

    void cancelDeliversNothing()
    {
        PathCheckModel model;
        QSignalSpy ready(&model, &PathCheckModel::resultReady);
        model.check(mlaConfig(32, 3));
        model.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!model.isBusy(), kTimeoutMs);
        QCoreApplication::processEvents();
        QCOMPARE(ready.count(), 0);
    }
};

QTEST_MAIN(TestPathCheckModel)
#include "tst_pathcheckmodel.moc"
