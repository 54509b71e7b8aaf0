// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bench/harness.h"
#include "core/bench/workload.h"
#include "core/footprint/model.h"
#include "core/params/config.h"
#include "core/support/dtype.h"
#include "widgets/models/parametermodel.h"
#include "widgets/models/timingsresults.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QTimer;

namespace attnscope::widgets {

class JobContext;
template<typename Result>
class LatestJob;

// The decode and prefill timings of the timings panel: owns a core::BackendRegistry and runs
// measurements (core::measure) on the worker thread of its job runner (widgets/jobs/latestjob.h),
// never on the UI thread.
//
// Two jobs:
//  - live: decode (MLA: both paths) and prefill of the current shape at the chosen context
//    (prefill at min(context, 1024) tokens) on every available backend. It re-runs, debounced,
//    when the shape or a setting changes, but only while the model is active (the panel is
//    visible) and live is on; a newer request cancels a running live job.
//  - sweep: decode time against context for MHA, GQA, MQA, MLA absorbed and MLA naive at the
//    current shape (see sweepWorkloads()) on every available backend. A sweep cancels a running
//    live job; a live request made during a sweep waits until the sweep ends, so that a slider
//    nudge does not throw away minutes of sweep.
// A job the runner supersedes sees its cancellation between repetitions (BenchOptions::cancelled)
// and its result and progress are dropped; cancel() (and hiding the panel) sets the job's own
// flag, read in the same place, and the job ends with Outcome::Cancelled. The roofline
// (bandwidth and matmul probe) of each backend is measured once, on the worker, before its first
// measurement, and kept until the threads setting changes.
//
// Workloads that core::checkWorkload() refuses (too much memory, a shape it does not accept)
// are not run: their sentences are listed by problems(). Errors while measuring are listed
// there too; nothing is thrown.
class TimingsModel : public QObject
{
    Q_OBJECT

public:
    enum class Job { None, Live, Sweep };
    enum class Outcome { Completed, Cancelled, Failed };
    Q_ENUM(Job)
    Q_ENUM(Outcome)

    struct BackendInfo
    {
        QString id;     // "cpu", "cuda"
        QString name;   // "CPU", "CUDA"
        QString device; // empty when unavailable
        bool available = false;
        QString reason; // why it is unavailable
        std::vector<core::DType> dtypes;
        std::optional<core::Roofline> roofline; // once probed
    };

    // How hard to measure: the window's defaults, and the tiny settings tests use.
    struct Tuning
    {
        int warmup = 1;
        int repeat = 5;
        core::ProbeOptions probe = defaultProbe();
        int liveDelayMs = 400; // debounce of live re-runs

        [[nodiscard]] static core::ProbeOptions defaultProbe();
    };

    explicit TimingsModel(QObject *parent = nullptr);
    // Cancels the running job and waits for the worker (at most one repetition or a probe).
    ~TimingsModel() override;

    // The backends, available or not, in the registry's order.
    [[nodiscard]] const std::vector<BackendInfo> &backends() const { return m_backends; }
    [[nodiscard]] const BackendInfo *backend(const QString &id) const;

    // Threads the CPU backend uses; by default every core, as `attnscope bench` does.
    void setThreads(int threads);
    [[nodiscard]] int threads() const { return m_threads; }
    [[nodiscard]] static int defaultThreads();
    [[nodiscard]] static int maxThreads();

    // The shape source: the parameters (sdpa as one head; Bahdanau has no cache to time), or
    // one layer of a model (a preset), which then takes precedence.
    void setParameterModel(ParameterModel *parameters);
    void setModelShape(const std::optional<core::ModelShape> &model);
    [[nodiscard]] const std::optional<core::ModelShape> &modelShape() const { return m_modelShape; }
    [[nodiscard]] TimingShape shape() const;
    [[nodiscard]] static TimingShape shapeOf(const core::Config &config);
    [[nodiscard]] static TimingShape shapeOf(const core::ModelShape &model);

    void setContext(std::int64_t tokens);
    [[nodiscard]] std::int64_t context() const { return m_context; }
    // Prefill's prompt: min(context, 1024) tokens (a prompt of 4096 tokens takes seconds).
    [[nodiscard]] static std::int64_t prefillTokens(std::int64_t context);
    static constexpr std::int64_t kMaxPrefillTokens = 1024;
    void setDType(core::DType dtype);
    [[nodiscard]] core::DType dtype() const { return m_dtype; }

    // Live re-runs happen while both are true.
    void setLive(bool live);
    [[nodiscard]] bool isLive() const { return m_live; }
    void setActive(bool active);
    [[nodiscard]] bool isActive() const { return m_active; }

    // The sweep's contexts: sweepPoints(512, max), or an explicit list (tests).
    void setSweepMax(std::int64_t tokens);
    [[nodiscard]] std::int64_t sweepMax() const { return m_sweepMax; }
    void setSweepContexts(const std::vector<std::int64_t> &contexts); // empty: sweepPoints(512, max)
    [[nodiscard]] std::vector<std::int64_t> sweepContexts() const;
    static constexpr std::int64_t kSweepFrom = 512;

    void setTuning(const Tuning &tuning);
    [[nodiscard]] const Tuning &tuning() const { return m_tuning; }

    // What each job runs for a shape (per backend): see the class comment. The sweep's GQA
    // uses the shape's KV heads when it is GQA, else heads / 4 rounded to a divisor of the
    // heads; its MLA the shape's d_c and d_h^R when it is MLA, else 4 d_h and d_h / 2 (even).
    [[nodiscard]] static std::vector<core::Workload> liveWorkloads(const TimingShape &shape, std::int64_t context,
                                                                   core::DType dtype);
    [[nodiscard]] static std::vector<core::Workload> sweepWorkloads(const TimingShape &shape, std::int64_t context,
                                                                    core::DType dtype);
    // "MHA", "GQA", "MQA", "MLA absorbed", "MLA naive": a sweep series.
    [[nodiscard]] static QString seriesName(const core::Workload &w);
    // "MHA decode", "MLA absorbed decode", "GQA prefill": what was timed, translated (the CSV
    // keeps core's English title, core::workloadTitle()).
    [[nodiscard]] static QString operationName(const core::Workload &w);

    // Starts the live job now (no debounce); does nothing unless live and active.
    void runLiveNow();
    void startSweep();
    // Cancels the running job (and a live job waiting for the sweep).
    void cancel();

    [[nodiscard]] Job runningJob() const { return m_current ? m_current->kind : Job::None; }
    // A job runs, or a live run is due (debounce pending, or waiting for a sweep).
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] int progressDone() const { return m_done; }
    [[nodiscard]] int progressTotal() const { return m_total; }
    // What the worker is doing, one line ("Measuring the memory bandwidth of CPU…").
    [[nodiscard]] QString statusText() const { return m_statusText; }
    // Writes the status line again in the current language (the view calls it on
    // QEvent::LanguageChange); statusChanged() follows when it reads differently.
    void retranslate();
    [[nodiscard]] std::optional<Outcome> lastOutcome(Job job) const;

    [[nodiscard]] const std::vector<core::Measurement> &liveResults() const { return m_liveResults; }
    [[nodiscard]] const std::vector<core::Measurement> &sweepResults() const { return m_sweepResults; }
    // The shape the shown sweep was measured at.
    [[nodiscard]] const TimingShape &sweepShape() const { return m_sweepShape; }
    // Sentences about what could not be timed (per job) and why.
    [[nodiscard]] QStringList liveProblems() const { return m_liveProblems; }
    [[nodiscard]] QStringList sweepProblems() const { return m_sweepProblems; }

    // Every measurement shown, one CSV row each (live rows first), with a header row.
    [[nodiscard]] QByteArray csv() const;

Q_SIGNALS:
    void backendsChanged();
    void shapeChanged();
    void settingsChanged();
    void busyChanged(bool busy);
    void jobStarted(attnscope::widgets::TimingsModel::Job job);
    void jobFinished(attnscope::widgets::TimingsModel::Job job, attnscope::widgets::TimingsModel::Outcome outcome);
    void progressChanged(int done, int total);
    void statusChanged();
    void liveResultsChanged();
    void sweepResultsChanged();
    void problemsChanged();

private:
    // Stops the live timings: the pending request and a live job that runs (a sweep goes on).
    void stopLive();
    struct Engine;
    struct JobSpec;
    struct Running
    {
        quint64 id = 0;
        Job kind = Job::None;
        std::shared_ptr<std::atomic<bool>> cancelled;
    };

    // Runs on the worker thread; talks to the model only through the job's queued posts.
    static Outcome work(TimingsModel *model, const std::shared_ptr<const JobSpec> &spec, const JobContext &job);
    void createEngine();
    void requestLive();
    void startLive();
    void start(Job kind, const std::vector<core::Workload> &workloads, const QStringList &problems);
    void shapeMayHaveChanged();
    // The status is kept as the function that writes it, so that it can be written again in
    // another language.
    void setStatus(std::function<QString()> status);
    void updateBusy();
    // From the worker, queued to the UI thread:
    void onProbed(const std::shared_ptr<Engine> &engine, const QString &backendId, const core::Roofline &roofline);
    void onStatus(quint64 id, const std::function<QString()> &status);
    void onMeasured(quint64 id, const core::Measurement &m, int done, int total);
    void onProblem(quint64 id, const QString &problem, int done, int total);
    void onFinished(quint64 id, Outcome outcome);

    QPointer<ParameterModel> m_parameters;
    TimingShape m_shape; // shape() when it was last announced
    std::optional<core::ModelShape> m_modelShape;
    int m_threads;
    std::int64_t m_context = 4096;
    core::DType m_dtype = core::DType::F32;
    bool m_live = true;
    bool m_active = false;
    std::int64_t m_sweepMax = 32768;
    std::vector<std::int64_t> m_sweepContexts;
    Tuning m_tuning;

    std::shared_ptr<Engine> m_engine;
    std::vector<BackendInfo> m_backends;
    QTimer *m_liveTimer = nullptr;
    quint64 m_nextId = 0;
    std::optional<Running> m_current;
    bool m_liveStale = true;         // the live results are not those of the current shape and settings
    bool m_liveWaiting = false;      // a live run waits for the sweep
    bool m_busy = false;
    int m_done = 0;
    int m_total = 0;
    std::function<QString()> m_status;
    QString m_statusText; // m_status() when last written
    std::optional<Outcome> m_liveOutcome;
    std::optional<Outcome> m_sweepOutcome;

    // How each shown run was measured, for the CSV.
    TimingsRunInfo m_liveInfo;
    TimingsRunInfo m_sweepInfo;
    std::vector<core::Measurement> m_liveResults;
    std::vector<core::Measurement> m_sweepResults;
    TimingShape m_sweepShape;
    QStringList m_liveProblems;
    QStringList m_sweepProblems;

    // Last, so that it goes first: its destruction waits for the running job while the members
    // above still exist. A job's result is its id and outcome.
    std::unique_ptr<LatestJob<std::pair<quint64, Outcome>>> m_runner;
};

} // namespace attnscope::widgets
