// SPDX-License-Identifier: GPL-3.0-or-later
// The timings panel's model: backends, live and sweep jobs on the worker thread, cancelling,
// refused workloads. Shapes and contexts are tiny and every measurement is repeated once, so
// that a job takes milliseconds; no check depends on how fast anything is.
#include "tests/common/timingsfixtures.h"
#include "widgets/models/parametermodel.h"
#include "widgets/models/timingsmodel.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <set>

using namespace attnscope;
using core::Mechanism;
using widgets::TimingsModel;
using testing::availableBackends;
using testing::tinyTuning;
using Job = TimingsModel::Job;
using Outcome = TimingsModel::Outcome;

namespace {

// Generous bounds, never expected to be reached.
constexpr int kTimeoutMs = testing::kTimingsTimeoutMs;

// One layer of a small GQA model: 4 heads of width 8, 2 KV heads.
core::ModelShape smallGqa()
{
    return testing::smallModel("small-gqa", "Small GQA", Mechanism::Gqa);
}

void waitForFinish(QSignalSpy &finished, int count)
{
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= count, kTimeoutMs);
}

} // namespace

class TestTimingsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsBackends()
    {
        TimingsModel model;
        const auto *cpu = model.backend("cpu");
        QVERIFY(cpu);
        QVERIFY(cpu->available);
        QVERIFY(!cpu->device.isEmpty());
        QVERIFY(!cpu->dtypes.empty());
        QVERIFY(!cpu->roofline); // measured on first use only
        const auto *cuda = model.backend("cuda");
        QVERIFY(cuda);
        if (cuda->available)
            QVERIFY(!cuda->device.isEmpty());
        else
            QVERIFY(!cuda->reason.isEmpty());
        // The window leaves a core to the UI thread.
        QCOMPARE(model.threads(), TimingsModel::maxThreads()); // every core, as `attnscope bench`
        QCOMPARE(model.context(), std::int64_t(4096));
        QVERIFY(!model.isBusy());
    }

    void threadsSettingRenewsTheBackends()
    {
        TimingsModel model;
        QSignalSpy changed(&model, &TimingsModel::backendsChanged);
        model.setThreads(1);
        if (TimingsModel::maxThreads() > 2)
            QCOMPARE(changed.count(), 1);
        QCOMPARE(model.threads(), 1);
        QVERIFY(model.backend("cpu")->device.contains("1 thread"));
        model.setThreads(100000); // clamped
        QCOMPARE(model.threads(), TimingsModel::maxThreads());
    }

    void sweepWorkloadsFollowTheShape()
    {
        widgets::TimingShape s = TimingsModel::shapeOf(smallGqa());
        QVERIFY(s.isValid());
        auto w = TimingsModel::sweepWorkloads(s, 64, core::DType::F16);
        QCOMPARE(int(w.size()), 5);
        QStringList names;
        for (const auto &x : w) {
            names << TimingsModel::seriesName(x);
            QCOMPARE(x.nHeads, std::int64_t(4));
            QCOMPARE(x.dHead, std::int64_t(8));
            QCOMPARE(x.context, std::int64_t(64));
            QCOMPARE(x.dtype, core::DType::F16);
            QCOMPARE(x.op, core::BenchOp::Decode);
            QVERIFY(core::checkWorkload(x).empty());
        }
        QCOMPARE(names, QStringList({"MHA", "GQA", "MQA", "MLA absorbed", "MLA naive"}));
        QCOMPARE(w[0].nKvHeads, std::int64_t(4));
        QCOMPARE(w[1].nKvHeads, std::int64_t(2)); // the shape's own KV heads
        QCOMPARE(w[2].nKvHeads, std::int64_t(1));
        QCOMPARE(w[3].dLatent, std::int64_t(32)); // 4 d_h
        QCOMPARE(w[3].dRope, std::int64_t(4));    // d_h / 2

        // Not GQA: heads / 4 rounded to a divisor.
        core::Config mha;
        mha.mechanism = Mechanism::Mha;
        mha.nHeads = 12;
        mha.nKvHeads = 12;
        mha.dHead = 16;
        w = TimingsModel::sweepWorkloads(TimingsModel::shapeOf(mha), 64, core::DType::F32);
        QCOMPARE(w[1].nKvHeads, std::int64_t(3));
        mha.nHeads = mha.nKvHeads = 6;
        w = TimingsModel::sweepWorkloads(TimingsModel::shapeOf(mha), 64, core::DType::F32);
        QCOMPARE(w[1].nKvHeads, std::int64_t(1));

        // MLA keeps its own latent and RoPE widths.
        core::Config mla;
        mla.mechanism = Mechanism::Mla;
        mla.nHeads = 4;
        mla.dHead = 8;
        mla.dLatentKv = 24;
        mla.dRope = 6;
        w = TimingsModel::sweepWorkloads(TimingsModel::shapeOf(mla), 64, core::DType::F32);
        QCOMPARE(w[4].dLatent, std::int64_t(24));
        QCOMPARE(w[4].dRope, std::int64_t(6));
        QCOMPARE(w[4].mlaPath, core::MlaDecodePath::Naive);
    }

    void liveWorkloadsCapThePrompt()
    {
        const auto w = TimingsModel::liveWorkloads(TimingsModel::shapeOf(smallGqa()), 4096, core::DType::F32);
        QCOMPARE(int(w.size()), 2);
        QCOMPARE(w[0].op, core::BenchOp::Decode);
        QCOMPARE(w[0].context, std::int64_t(4096));
        QCOMPARE(w[1].op, core::BenchOp::Prefill);
        QCOMPARE(w[1].context, std::int64_t(1024));
        QCOMPARE(TimingsModel::prefillTokens(100), std::int64_t(100));

        core::Config mla;
        mla.mechanism = Mechanism::Mla;
        const auto m = TimingsModel::liveWorkloads(TimingsModel::shapeOf(mla), 64, core::DType::F32);
        QCOMPARE(int(m.size()), 3); // both decode paths and prefill
    }

    void shapeFromParameters()
    {
        widgets::ParameterModel parameters;
        TimingsModel model;
        model.setParameterModel(&parameters);
        parameters.setMechanism(Mechanism::Sdpa);
        QVERIFY(model.shape().isValid());
        QCOMPARE(model.shape().nHeads, std::int64_t(1));
        QCOMPARE(model.shape().nKvHeads, std::int64_t(1));

        QSignalSpy shapeChanged(&model, &TimingsModel::shapeChanged);
        parameters.setMechanism(Mechanism::Bahdanau);
        QCOMPARE(shapeChanged.count(), 1);
        QVERIFY(!model.shape().isValid());
        QVERIFY2(model.shape().problem.contains("no KV cache"), qPrintable(model.shape().problem));

        // A model shape takes precedence over the parameters.
        model.setModelShape(smallGqa());
        QVERIFY(model.shape().isValid());
        QCOMPARE(model.shape().nKvHeads, std::int64_t(2));
        model.setModelShape(std::nullopt);
        QVERIFY(!model.shape().isValid());
    }

    void tinySweep()
    {
        TimingsModel model;
        model.setTuning(tinyTuning());
        model.setModelShape(smallGqa());
        model.setSweepContexts({16, 32, 64});
        QSignalSpy progress(&model, &TimingsModel::progressChanged);
        QSignalSpy finished(&model, &TimingsModel::jobFinished);
        QSignalSpy probed(&model, &TimingsModel::backendsChanged);
        model.startSweep();
        QCOMPARE(model.runningJob(), Job::Sweep);
        QVERIFY(model.isBusy());
        waitForFinish(finished, 1);
        QCOMPARE(finished.at(0).at(0).value<Job>(), Job::Sweep);
        QCOMPARE(finished.at(0).at(1).value<Outcome>(), Outcome::Completed);
        QCOMPARE(model.lastOutcome(Job::Sweep), std::optional<Outcome>(Outcome::Completed));
        QVERIFY(!model.isBusy());

        const int total = 5 * 3 * availableBackends(model);
        QCOMPARE(int(model.sweepResults().size()), total);
        QVERIFY(model.sweepProblems().isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), total);
        QCOMPARE(progress.last().at(1).toInt(), total);
        QCOMPARE(model.progressDone(), total);

        std::set<QString> series;
        std::set<std::int64_t> contexts;
        for (const core::Measurement &m : model.sweepResults()) {
            if (m.backend != "cpu")
                continue;
            series.insert(TimingsModel::seriesName(m.workload));
            contexts.insert(m.workload.context);
            QVERIFY(std::isfinite(m.seconds.median));
            QVERIFY(m.seconds.median > 0.0);
            QVERIFY(m.bytes > 0);
            QVERIFY(m.gbps > 0.0);
            QVERIFY(m.bandwidthGbps > 0.0);
            QVERIFY(m.rooflineSeconds > 0.0);
        }
        QCOMPARE(int(series.size()), 5);
        QCOMPARE(contexts, (std::set<std::int64_t>{16, 32, 64}));
        // The roofline was measured once, and shows with the backend.
        QVERIFY(probed.count() >= 1);
        QVERIFY(model.backend("cpu")->roofline);
        QVERIFY(model.backend("cpu")->roofline->bandwidthGBps > 0.0);
        QCOMPARE(model.sweepShape().nKvHeads, std::int64_t(2));

        // CSV: a header and one row per measurement.
        const QList<QByteArray> lines = model.csv().trimmed().split('\n');
        QCOMPARE(lines.size(), total + 1);
        const QList<QByteArray> header = lines.first().split(',');
        QCOMPARE(header.first(), QByteArray("run"));
        for (const char *name :
             {"backend",         "device",     "mechanism",   "op",       "heads",    "kv_heads", "head_dim",
              "context",         "dtype",      "threads",     "repeat",   "median_s", "bytes",    "gbps",
              "bandwidth_share", "roofline_s", "latent_rank", "rope_dim", "mla_path", "model"})
            QVERIFY2(header.contains(name), name);
        for (const QByteArray &line : lines) {
            // Every row has the header's fields (the device, quoted, holds commas).
            QByteArray unquoted = line;
            const qsizetype open = unquoted.indexOf('"');
            if (open >= 0)
                unquoted.remove(open, unquoted.indexOf('"', open + 1) - open + 1);
            QCOMPARE(unquoted.count(',') + (open >= 0 ? 1 : 0), header.size() - 1 + (open >= 0 ? 1 : 0));
        }
        QVERIFY(lines.at(1).startsWith("sweep,cpu,"));
        QVERIFY(lines.at(1).endsWith(",small-gqa"));
        const int median = int(header.indexOf("median_s"));
        bool ok = false;
        QVERIFY(lines.at(1).mid(lines.at(1).indexOf("MHA decode")).split(',').at(median - 3).toDouble(&ok) > 0.0);
        QVERIFY(ok);
    }

    void cancelStopsTheSweep()
    {
        TimingsModel model;
        TimingsModel::Tuning tuning = tinyTuning();
        tuning.repeat = 1000; // seconds in all: cancelled long before the end
        model.setTuning(tuning);
        model.setModelShape(smallGqa());
        model.setSweepContexts(std::vector<std::int64_t>(40, 2048));
        QSignalSpy finished(&model, &TimingsModel::jobFinished);
        connect(&model, &TimingsModel::progressChanged, &model, [&model](int done, int) {
            if (done >= 1)
                model.cancel();
        });
        model.startSweep();
        const int total = model.progressTotal();
        QCOMPARE(total, 200 * availableBackends(model));
        waitForFinish(finished, 1);
        QCOMPARE(finished.at(0).at(1).value<Outcome>(), Outcome::Cancelled);
        QCOMPARE(model.lastOutcome(Job::Sweep), std::optional<Outcome>(Outcome::Cancelled));
        QVERIFY(!model.sweepResults().empty()); // what was measured stays
        QVERIFY(int(model.sweepResults().size()) < total);
        QVERIFY2(model.statusText().contains("cancelled"), qPrintable(model.statusText()));
        QVERIFY(!model.isBusy());
        QCOMPARE(model.runningJob(), Job::None);
    }

    void cancelWhileDestroying()
    {
        // The destructor stops the worker; nothing it still sends arrives anywhere.
        auto model = std::make_unique<TimingsModel>();
        TimingsModel::Tuning tuning = tinyTuning();
        tuning.repeat = 200;
        model->setTuning(tuning);
        model->setModelShape(smallGqa());
        model->setSweepContexts(std::vector<std::int64_t>(40, 2048));
        model->startSweep();
        QVERIFY(model->isBusy());
        model.reset();
        QCoreApplication::processEvents();
    }

    void refusedWorkloadsAreReported()
    {
        TimingsModel model;
        model.setTuning(tinyTuning());
        core::ModelShape big = smallGqa();
        big.nHeads = 64;
        big.nKvHeads = 64;
        big.mechanism = Mechanism::Mha;
        big.dHead = 128;
        model.setModelShape(big);
        // 2^34 tokens of 64 heads x 128: far more than half of any machine's memory.
        model.setSweepContexts({16, std::int64_t(1) << 34});
        QSignalSpy finished(&model, &TimingsModel::jobFinished);
        model.startSweep();
        QCOMPARE(model.progressTotal(), 5 * availableBackends(model)); // the huge points are not run
        const QString problems = model.sweepProblems().join('\n');
        QVERIFY2(problems.contains("--context 17179869184"), qPrintable(problems));
        QVERIFY2(problems.contains("limit"), qPrintable(problems));
        QCOMPARE(model.sweepProblems().size(), 5); // one sentence per series
        waitForFinish(finished, 1);
        QCOMPARE(finished.at(0).at(1).value<Outcome>(), Outcome::Completed);
        QCOMPARE(int(model.sweepResults().size()), 5 * availableBackends(model));

        // Nothing runnable at all: the sentences, and a failed job that never reaches the worker.
        model.setSweepContexts({std::int64_t(1) << 34});
        model.startSweep();
        QCOMPARE(finished.count(), 2);
        QCOMPARE(finished.at(1).at(1).value<Outcome>(), Outcome::Failed);
        QVERIFY(model.sweepResults().empty());
        QVERIFY(!model.isBusy());
    }

    void invalidShapeIsExplained()
    {
        TimingsModel model;
        model.setTuning(tinyTuning());
        core::ModelShape bad = smallGqa();
        bad.nKvHeads = 3;
        model.setModelShape(bad);
        QVERIFY(!model.shape().isValid());
        QVERIFY2(model.shape().problem.contains("must divide the heads"), qPrintable(model.shape().problem));
        QSignalSpy finished(&model, &TimingsModel::jobFinished);
        model.startSweep();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(1).value<Outcome>(), Outcome::Failed);
        QCOMPARE(model.sweepProblems(), QStringList{model.shape().problem});
    }

    void liveRerunsOnParameterChange()
    {
        widgets::ParameterModel parameters;
        core::Request r;
        r.mechanism = Mechanism::Mha;
        r.dModel = 16;
        r.nHeads = 2;
        parameters.setValues(r);
        TimingsModel model;
        model.setTuning(tinyTuning());
        model.setContext(64);
        model.setParameterModel(&parameters);
        QSignalSpy started(&model, &TimingsModel::jobStarted);
        QSignalSpy finished(&model, &TimingsModel::jobFinished);

        // Not active (the panel hidden): nothing runs.
        QVERIFY(model.isLive());
        QVERIFY(!model.isBusy());
        model.setActive(true);
        QVERIFY(model.isBusy()); // the debounce runs
        waitForFinish(finished, 1);
        QCOMPARE(finished.at(0).at(0).value<Job>(), Job::Live);
        QCOMPARE(finished.at(0).at(1).value<Outcome>(), Outcome::Completed);
        const int perBackend = 2; // decode and prefill
        QCOMPARE(int(model.liveResults().size()), perBackend * availableBackends(model));
        for (const auto &m : model.liveResults())
            QCOMPARE(m.workload.nHeads, std::int64_t(2));

        // A parameter that does not change the shape does not measure again.
        parameters.setTokens(9);
        QVERIFY(!model.isBusy());

        parameters.setHeads(4);
        QVERIFY(model.isBusy());
        waitForFinish(finished, 2);
        QCOMPARE(started.count(), 2);
        QCOMPARE(int(model.liveResults().size()), perBackend * availableBackends(model));
        for (const auto &m : model.liveResults()) {
            QCOMPARE(m.workload.nHeads, std::int64_t(4));
            QVERIFY(m.seconds.median > 0.0);
        }
        const auto prefill = std::find_if(model.liveResults().begin(), model.liveResults().end(),
                                          [](const auto &m) { return m.workload.op == core::BenchOp::Prefill; });
        QVERIFY(prefill != model.liveResults().end());
        QCOMPARE(prefill->workload.context, std::int64_t(64));

        // Hidden again: a change waits until the panel is shown.
        model.setActive(false);
        parameters.setHeads(8);
        QVERIFY(!model.isBusy());
        QCOMPARE(started.count(), 2);
        model.setActive(true);
        waitForFinish(finished, 3);
        for (const auto &m : model.liveResults())
            QCOMPARE(m.workload.nHeads, std::int64_t(8));

        // Live off: nothing re-runs.
        model.setLive(false);
        parameters.setHeads(2);
        QVERIFY(!model.isBusy());

        // Bahdanau: the reason, no job.
        model.setLive(true);
        parameters.setMechanism(Mechanism::Bahdanau);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isBusy(), kTimeoutMs);
        QVERIFY(model.liveResults().empty());
        QCOMPARE(model.liveProblems().size(), 1);
        QVERIFY(model.liveProblems().first().contains("no KV cache"));
    }

    void newestLiveRequestSupersedes()
    {
        widgets::ParameterModel parameters;
        core::Request r;
        r.mechanism = Mechanism::Mha;
        r.dModel = 16;
        r.nHeads = 2;
        parameters.setValues(r);
        TimingsModel model;
        TimingsModel::Tuning tuning = tinyTuning();
        tuning.liveDelayMs = 0;
        model.setTuning(tuning);
        model.setContext(64);
        model.setParameterModel(&parameters);
        model.setActive(true);
        model.runLiveNow();
        parameters.setHeads(4);
        model.runLiveNow();
        QTRY_VERIFY_WITH_TIMEOUT(!model.isBusy(), kTimeoutMs);
        QVERIFY(!model.liveResults().empty());
        for (const auto &m : model.liveResults())
            QCOMPARE(m.workload.nHeads, std::int64_t(4)); // never the superseded job's
    }

    void liveWaitsForTheSweep()
    {
        widgets::ParameterModel parameters;
        core::Request r;
        r.mechanism = Mechanism::Gqa;
        r.dModel = 32;
        r.nHeads = 4;
        r.nKvHeads = 2;
        parameters.setValues(r);
        TimingsModel model;
        model.setTuning(tinyTuning());
        model.setContext(32);
        model.setSweepContexts({16, 32});
        model.setParameterModel(&parameters);
        model.setLive(false);
        model.setActive(true);
        QSignalSpy finished(&model, &TimingsModel::jobFinished);
        model.startSweep();
        model.setLive(true); // asks for a live run while the sweep runs
        QCOMPARE(model.runningJob(), Job::Sweep);
        waitForFinish(finished, 2);
        QCOMPARE(finished.at(0).at(0).value<Job>(), Job::Sweep);
        QCOMPARE(finished.at(0).at(1).value<Outcome>(), Outcome::Completed);
        QCOMPARE(finished.at(1).at(0).value<Job>(), Job::Live);
        QVERIFY(!model.liveResults().empty());
        QVERIFY(!model.sweepResults().empty());
    }
};

QTEST_MAIN(TestTimingsModel)
#include "tst_timingsmodel.moc"
