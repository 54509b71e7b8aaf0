// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/models/timingsmodel.h"

#include "core/backends/cpu/cpubackend.h"
#include "widgets/common/coretext.h"
#include "core/backends/registry.h"
#include "widgets/common/labels.h"
#include "widgets/jobs/latestjob.h"

#include <QMetaObject>
#include <QTimer>

#include <algorithm>
#include <exception>
#include <map>
#include <mutex>
#include <new>

namespace attnscope::widgets {

using core::Mechanism;
using core::Workload;

// The backends and what was measured of them. A running job holds its own reference, so that
// a change of the threads setting (a new registry) never pulls a backend from under it.
struct TimingsModel::Engine
{
    Engine(int threads, const core::ProbeOptions &probeOptions)
        : registry(core::BackendOptions{threads}), probe(probeOptions)
    {}
    core::BackendRegistry registry;
    const core::ProbeOptions probe;
    std::mutex mutex;
    std::map<std::string, core::Roofline> rooflines; // by backend id, guarded by mutex
};

// Everything a worker reads: copies, never the model's own members.
struct TimingsModel::JobSpec
{
    quint64 id = 0;
    std::shared_ptr<Engine> engine;
    std::shared_ptr<std::atomic<bool>> cancelled;
    std::vector<std::string> backendIds;
    std::vector<Workload> workloads; // run on each backend, in order
    int warmup = 1;
    int repeat = 5;
};

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

core::ProbeOptions TimingsModel::Tuning::defaultProbe()
{
    core::ProbeOptions probe;
    probe.bytes = std::int64_t(256) << 20; // far larger than a desktop CPU's last-level cache
    probe.matmulN = 1024;
    probe.repeat = 10;
    return probe;
}

TimingsModel::TimingsModel(QObject *parent)
    : QObject(parent),
      m_threads(defaultThreads()),
      m_liveTimer(new QTimer(this)),
      m_runner(std::make_unique<LatestJob<std::pair<quint64, Outcome>>>(
          [this](const std::pair<quint64, Outcome> &r) { onFinished(r.first, r.second); }))
{
    qRegisterMetaType<Job>();
    qRegisterMetaType<Outcome>();
    // One worker, kept alive: jobs run one after another, and the CPU backend's OpenMP team
    // stays with the same thread.
    m_runner->setKeepThreadAlive(true);
    m_liveTimer->setSingleShot(true);
    m_liveTimer->setInterval(m_tuning.liveDelayMs);
    connect(m_liveTimer, &QTimer::timeout, this, &TimingsModel::startLive);
    createEngine();
    m_shape = shape();
}

TimingsModel::~TimingsModel()
{
    m_liveTimer->stop();
    if (m_current)
        m_current->cancelled->store(true);
    // Waits for the running job; what it still posts is dropped with this object.
    m_runner.reset();
}

int TimingsModel::maxThreads()
{
    return core::CpuBackend::hardwareThreads();
}

int TimingsModel::defaultThreads()
{
    // Every core, as `attnscope bench` measures: the machine's full rate, so that the dock and
    // the command line agree. Fewer threads are one spin box away.
    return maxThreads();
}

void TimingsModel::createEngine()
{
    m_engine = std::make_shared<Engine>(m_threads, m_tuning.probe);
    // Read once here: a running worker may be using the backends.
    m_backends.clear();
    for (const auto &b : m_engine->registry.backends()) {
        BackendInfo info;
        info.id = qs(b->id());
        info.name = qs(b->name());
        const core::Availability availability = b->availability();
        info.available = availability.available;
        info.reason = qs(availability.reason);
        if (info.available) {
            info.device = qs(b->device());
            info.dtypes = b->capabilities().dtypes;
        }
        m_backends.push_back(std::move(info));
    }
    Q_EMIT backendsChanged();
}

const TimingsModel::BackendInfo *TimingsModel::backend(const QString &id) const
{
    for (const BackendInfo &b : m_backends)
        if (b.id == id)
            return &b;
    return nullptr;
}

void TimingsModel::setThreads(int threads)
{
    threads = std::clamp(threads, 1, maxThreads());
    if (threads == m_threads)
        return;
    m_threads = threads;
    createEngine(); // new backends: their roofline is measured again
    Q_EMIT settingsChanged();
    requestLive();
}

void TimingsModel::setTuning(const Tuning &tuning)
{
    const bool probeChanged = tuning.probe.bytes != m_tuning.probe.bytes
        || tuning.probe.matmulN != m_tuning.probe.matmulN || tuning.probe.repeat != m_tuning.probe.repeat;
    m_tuning = tuning;
    m_liveTimer->setInterval(std::max(0, m_tuning.liveDelayMs));
    if (probeChanged)
        createEngine();
}

// The shape -----------------------------------------------------------------------------

void TimingsModel::setParameterModel(ParameterModel *parameters)
{
    if (m_parameters)
        disconnect(m_parameters, nullptr, this, nullptr);
    m_parameters = parameters;
    if (m_parameters)
        connect(m_parameters, &ParameterModel::changed, this, &TimingsModel::shapeMayHaveChanged);
    shapeMayHaveChanged();
}

void TimingsModel::setModelShape(const std::optional<core::ModelShape> &model)
{
    const bool same = model.has_value() == m_modelShape.has_value()
        && (!model
            || (model->id == m_modelShape->id && model->name == m_modelShape->name
                && model->mechanism == m_modelShape->mechanism && model->nHeads == m_modelShape->nHeads
                && model->nKvHeads == m_modelShape->nKvHeads && model->dHead == m_modelShape->dHead
                && model->dLatentKv == m_modelShape->dLatentKv && model->dRope == m_modelShape->dRope));
    m_modelShape = model;
    if (same)
        return;
    m_shape = shape();
    Q_EMIT shapeChanged();
    requestLive();
}

void TimingsModel::shapeMayHaveChanged()
{
    // Many parameters (tokens, the seed, ...) do not change what is timed.
    const TimingShape now = shape();
    if (now == m_shape)
        return;
    m_shape = now;
    Q_EMIT shapeChanged();
    requestLive();
}

TimingShape TimingsModel::shape() const
{
    if (m_modelShape)
        return shapeOf(*m_modelShape);
    if (!m_parameters) {
        TimingShape none;
        none.problem = tr("No shape to time yet.");
        return none;
    }
    if (const QStringList errors = m_parameters->errorMessages(); !errors.isEmpty()) {
        TimingShape invalid;
        invalid.mechanism = m_parameters->mechanism();
        invalid.problem = tr("Fix the parameters first: %1").arg(errors.first());
        return invalid;
    }
    return shapeOf(m_parameters->config());
}

TimingShape TimingsModel::shapeOf(const core::Config &c)
{
    TimingShape s;
    s.mechanism = c.mechanism;
    s.nHeads = c.nHeads;
    s.dHead = c.dHead;
    switch (c.mechanism) {
    case Mechanism::Bahdanau:
        s = TimingShape{};
        s.mechanism = Mechanism::Bahdanau;
        s.problem = tr("Bahdanau attention keeps no KV cache: its decoder reads the encoder's annotations, which "
                       "do not grow with the output, so there is no decode to time. Choose SDPA, MHA, GQA, MQA or "
                       "MLA, or a model preset.");
        break;
    case Mechanism::Sdpa: // one head
        s.nHeads = 1;
        s.nKvHeads = 1;
        break;
    case Mechanism::Mha: s.nKvHeads = c.nHeads; break;
    case Mechanism::Gqa: s.nKvHeads = c.nKvHeads; break;
    case Mechanism::Mqa: s.nKvHeads = 1; break;
    case Mechanism::Mla:
        s.nKvHeads = c.nHeads;
        s.dLatent = c.dLatentKv;
        s.dRope = c.dRope;
        break;
    }
    return s;
}

TimingShape TimingsModel::shapeOf(const core::ModelShape &m)
{
    TimingShape s;
    s.mechanism = m.mechanism;
    s.nHeads = m.nHeads;
    s.dHead = m.dHead;
    switch (m.mechanism) {
    case Mechanism::Mha: s.nKvHeads = m.nHeads; break;
    case Mechanism::Mqa: s.nKvHeads = 1; break;
    case Mechanism::Mla:
        s.nKvHeads = m.nHeads;
        s.dLatent = m.dLatentKv;
        s.dRope = m.dRope;
        break;
    default: s.nKvHeads = m.nKvHeads; break;
    }
    if (const auto errors = core::validateModel(m); !errors.empty())
        s.problem = tr("%1: %2").arg(qs(m.name.empty() ? m.id : m.name), translateCoreText(qs(errors.front().message)));
    else if (m.mechanism == Mechanism::Bahdanau)
        s.problem = tr("%1 keeps no KV cache to time.").arg(qs(m.name));
    return s;
}

// Settings -------------------------------------------------------------------------------

void TimingsModel::setContext(std::int64_t tokens)
{
    if (tokens == m_context)
        return;
    m_context = tokens;
    Q_EMIT settingsChanged();
    requestLive();
}

std::int64_t TimingsModel::prefillTokens(std::int64_t context)
{
    return std::min(context, kMaxPrefillTokens);
}

void TimingsModel::setDType(core::DType dtype)
{
    if (dtype == m_dtype)
        return;
    m_dtype = dtype;
    Q_EMIT settingsChanged();
    requestLive();
}

void TimingsModel::setLive(bool live)
{
    if (live == m_live)
        return;
    m_live = live;
    Q_EMIT settingsChanged();
    if (m_live) {
        if (m_liveStale)
            requestLive();
        return;
    }
    stopLive();
}

void TimingsModel::stopLive()
{
    m_liveTimer->stop();
    m_liveWaiting = false;
    if (m_current && m_current->kind == Job::Live)
        m_current->cancelled->store(true);
    updateBusy();
}

void TimingsModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (m_active) {
        if (m_liveStale)
            requestLive();
        return;
    }
    // Hidden: nothing is measured for a panel nobody sees (a sweep the user started goes on).
    stopLive();
}

void TimingsModel::setSweepMax(std::int64_t tokens)
{
    tokens = std::max(tokens, kSweepFrom);
    if (tokens == m_sweepMax)
        return;
    m_sweepMax = tokens;
    Q_EMIT settingsChanged();
}

void TimingsModel::setSweepContexts(const std::vector<std::int64_t> &contexts)
{
    m_sweepContexts = contexts;
    Q_EMIT settingsChanged();
}

std::vector<std::int64_t> TimingsModel::sweepContexts() const
{
    return m_sweepContexts.empty() ? core::sweepPoints(kSweepFrom, m_sweepMax) : m_sweepContexts;
}

// Workloads ------------------------------------------------------------------------------

QString TimingsModel::seriesName(const Workload &w)
{
    switch (w.mechanism) {
    case core::Mechanism::Mla:
        if (w.op == core::BenchOp::Decode)
            return w.mlaPath == core::MlaDecodePath::Absorbed ? tr("MLA absorbed") : tr("MLA naive");
        return QStringLiteral("MLA");
    case core::Mechanism::Sdpa: return QStringLiteral("SDPA");
    case core::Mechanism::Bahdanau: return QStringLiteral("Bahdanau");
    default: return mechanismAcronym(w.mechanism);
    }
}

QString TimingsModel::operationName(const Workload &w)
{
    return w.op == core::BenchOp::Prefill ? tr("%1 prefill").arg(seriesName(w)) : tr("%1 decode").arg(seriesName(w));
}

// Jobs -----------------------------------------------------------------------------------

bool TimingsModel::isBusy() const
{
    return m_current.has_value() || m_liveTimer->isActive() || m_liveWaiting;
}

void TimingsModel::updateBusy()
{
    const bool busy = isBusy();
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void TimingsModel::setStatus(std::function<QString()> status)
{
    m_status = std::move(status);
    retranslate();
}

void TimingsModel::retranslate()
{
    const QString text = m_status ? m_status() : QString();
    if (text == m_statusText)
        return;
    m_statusText = text;
    Q_EMIT statusChanged();
}

std::optional<TimingsModel::Outcome> TimingsModel::lastOutcome(Job job) const
{
    return job == Job::Live ? m_liveOutcome : (job == Job::Sweep ? m_sweepOutcome : std::nullopt);
}

void TimingsModel::requestLive()
{
    m_liveStale = true;
    if (!m_live && !m_liveResults.empty() && !m_current)
        setStatus([] { return tr("Live is off: the live rows were measured before the last change."); });
    if (!m_live || !m_active) {
        m_liveTimer->stop();
        updateBusy();
        return;
    }
    if (runningJob() == Job::Sweep) {
        m_liveWaiting = true;
    } else {
        m_liveTimer->start();
    }
    updateBusy();
}

void TimingsModel::runLiveNow()
{
    m_liveTimer->stop();
    startLive();
}

void TimingsModel::startLive()
{
    if (!m_live || !m_active) {
        updateBusy();
        return;
    }
    if (runningJob() == Job::Sweep) {
        m_liveWaiting = true;
        updateBusy();
        return;
    }
    m_liveWaiting = false;
    const TimingShape s = shape();
    if (!s.isValid()) {
        if (m_current && m_current->kind == Job::Live)
            m_current->cancelled->store(true);
        m_current.reset();
        m_liveStale = false;
        m_liveResults.clear();
        m_liveProblems = QStringList{s.problem};
        m_done = m_total = 0;
        setStatus({});
        Q_EMIT liveResultsChanged();
        Q_EMIT problemsChanged();
        Q_EMIT progressChanged(0, 0);
        updateBusy();
        return;
    }
    start(Job::Live, liveTimingWorkloads(s, m_context, prefillTokens(m_context), m_dtype), {});
}

void TimingsModel::startSweep()
{
    m_liveTimer->stop(); // a live run due now waits for the sweep
    if (m_current && m_current->kind == Job::Live)
        m_liveStale = true;
    const TimingShape s = shape();
    if (!s.isValid()) {
        if (m_current)
            m_current->cancelled->store(true);
        m_current.reset();
        m_sweepResults.clear();
        m_sweepShape = s;
        m_sweepProblems = QStringList{s.problem};
        m_sweepOutcome = Outcome::Failed;
        m_done = m_total = 0;
        Q_EMIT sweepResultsChanged();
        Q_EMIT problemsChanged();
        Q_EMIT progressChanged(0, 0);
        Q_EMIT jobFinished(Job::Sweep, Outcome::Failed);
        updateBusy();
        return;
    }
    std::vector<Workload> workloads;
    for (std::int64_t context : sweepContexts())
        for (const Workload &w : sweepTimingWorkloads(s, context, m_dtype))
            workloads.push_back(w);
    m_sweepShape = s;
    start(Job::Sweep, workloads, {});
}

void TimingsModel::cancel()
{
    m_liveTimer->stop();
    m_liveWaiting = false;
    if (m_current)
        m_current->cancelled->store(true);
    updateBusy();
}

void TimingsModel::start(Job kind, const std::vector<Workload> &workloads, const QStringList &initialProblems)
{
    // The newest request supersedes: the running job stops at its next repetition, and what it
    // still delivers is dropped (its id is no longer the current one).
    if (m_current)
        m_current->cancelled->store(true);

    QStringList problems = initialProblems;
    // Workloads core refuses are listed, not run; the same refusal at several contexts of a
    // sweep is said once.
    struct Refusal
    {
        QString title;
        std::int64_t first = 0;
        int count = 0;
        QString sentence;
    };
    std::vector<Refusal> refusals;
    std::vector<Workload> runnable;
    for (const Workload &w : workloads) {
        const std::string refusal = core::checkWorkload(w);
        if (refusal.empty()) {
            runnable.push_back(w);
            continue;
        }
        const QString title = operationName(w);
        auto it = std::find_if(refusals.begin(), refusals.end(), [&](const Refusal &r) { return r.title == title; });
        if (it == refusals.end())
            refusals.push_back({title, w.context, 1, qs(refusal)});
        else
            ++it->count;
    }
    for (const Refusal &r : refusals)
        problems << (r.count == 1 ? tr("%1 at %2 tokens not run: %3").arg(r.title, groupedNumber(r.first), r.sentence)
                                  : tr("%1 at %2 and %3 more context lengths not run: %4")
                                        .arg(r.title, groupedNumber(r.first))
                                        .arg(r.count - 1)
                                        .arg(r.sentence));

    auto spec = std::make_shared<JobSpec>();
    spec->id = ++m_nextId;
    spec->engine = m_engine;
    spec->cancelled = std::make_shared<std::atomic<bool>>(false);
    spec->workloads = runnable;
    spec->warmup = m_tuning.warmup;
    spec->repeat = m_tuning.repeat;
    for (const BackendInfo &b : m_backends) {
        if (!b.available)
            continue;
        if (std::find(b.dtypes.begin(), b.dtypes.end(), m_dtype) == b.dtypes.end()) {
            problems << tr("%1 does not store %2 caches; nothing is timed there.")
                            .arg(b.name, QLatin1String(core::dtypeId(m_dtype).data()));
            continue;
        }
        spec->backendIds.push_back(b.id.toStdString());
    }

    m_done = 0;
    m_total = int(spec->backendIds.size() * runnable.size());
    const TimingsRunInfo info{m_threads, m_tuning.warmup, m_modelShape ? qs(m_modelShape->id) : QString()};
    (kind == Job::Live ? m_liveInfo : m_sweepInfo) = info;
    if (kind == Job::Live) {
        m_liveStale = false;
        m_liveResults.clear();
        m_liveProblems = problems;
        Q_EMIT liveResultsChanged();
    } else {
        m_sweepResults.clear();
        m_sweepProblems = problems;
        Q_EMIT sweepResultsChanged();
    }
    Q_EMIT problemsChanged();
    Q_EMIT progressChanged(m_done, m_total);

    if (m_total == 0) {
        m_current.reset();
        const Outcome outcome = problems.isEmpty() ? Outcome::Completed : Outcome::Failed;
        (kind == Job::Live ? m_liveOutcome : m_sweepOutcome) = outcome;
        setStatus([] { return tr("Nothing to measure."); });
        Q_EMIT jobStarted(kind);
        Q_EMIT jobFinished(kind, outcome);
        updateBusy();
        return;
    }

    m_current = Running{spec->id, kind, spec->cancelled};
    setStatus(
        [kind] { return kind == Job::Live ? tr("Timing the current shape…") : tr("Sweeping the context length…"); });
    Q_EMIT jobStarted(kind);
    updateBusy();
    // The runner cancels a job still running (it stops at its next repetition, and its result
    // and progress are dropped) and starts this one when that one has ended.
    m_runner->submit([this, spec](const JobContext &job) { return std::make_pair(spec->id, work(this, spec, job)); });
}

TimingsModel::Outcome TimingsModel::work(TimingsModel *model, const std::shared_ptr<const JobSpec> &spec,
                                         const JobContext &job)
{
    const quint64 id = spec->id;
    const auto cancelled = spec->cancelled;
    const int total = int(spec->backendIds.size() * spec->workloads.size());
    int done = 0;
    int measured = 0;
    int failed = 0;
    Outcome outcome = Outcome::Completed;
    // Progress reaches the model only while this job is the runner's newest.
    auto post = [&job](std::function<void()> fn) { job.post(std::move(fn)); };
    auto problem = [&](const QString &text) {
        ++failed;
        post([model, id, text, done, total] { model->onProblem(id, text, done, total); });
    };
    core::BenchOptions options;
    options.warmup = spec->warmup;
    options.repeat = spec->repeat;
    // Superseded (the runner) or cancelled (the model's flag).
    options.cancelled = [cancelled, superseded = job.cancelled()] { return superseded() || cancelled->load(); };

    for (const std::string &backendId : spec->backendIds) {
        if (options.cancelled()) {
            outcome = Outcome::Cancelled;
            break;
        }
        core::Backend *backend = spec->engine->registry.find(backendId);
        if (!backend)
            continue;
        const QString name = qs(backend->name());
        std::optional<core::Roofline> roofline;
        {
            const std::lock_guard<std::mutex> lock(spec->engine->mutex);
            if (const auto it = spec->engine->rooflines.find(backendId); it != spec->engine->rooflines.end())
                roofline = it->second;
        }
        if (!roofline) {
            post([model, id, name] {
                model->onStatus(id, [name] {
                    return tr("Measuring the memory bandwidth and matrix-product rate of %1…").arg(name);
                });
            });
            try {
                core::ProbeOptions probe = spec->engine->probe;
                probe.cancelled = options.cancelled; // Cancel also stops the probe
                roofline = core::probeRoofline(*backend, probe);
                {
                    const std::lock_guard<std::mutex> lock(spec->engine->mutex);
                    spec->engine->rooflines[backendId] = *roofline;
                }
                // Kept even when this job is superseded: the roofline is the backend's.
                QMetaObject::invokeMethod(
                    model,
                    [model, engine = spec->engine, backendId, r = *roofline] {
                        model->onProbed(engine, qs(backendId), r);
                    },
                    Qt::QueuedConnection);
            } catch (const core::BenchCancelled &) {
                outcome = Outcome::Cancelled;
                break;
            } catch (const std::bad_alloc &) {
                done += int(spec->workloads.size());
                problem(tr("%1: not enough memory for the bandwidth probe; nothing is timed there.").arg(name));
                continue;
            } catch (const std::exception &e) {
                done += int(spec->workloads.size());
                problem(tr("%1: the bandwidth probe failed (%2); nothing is timed there.").arg(name, qs(e.what())));
                continue;
            }
        }
        for (const Workload &w : spec->workloads) {
            if (options.cancelled()) {
                outcome = Outcome::Cancelled;
                break;
            }
            const auto describe = [w, name] {
                return tr("%1 at %2 tokens on %3").arg(operationName(w), groupedNumber(w.context), name);
            };
            const QString what = describe();
            post([model, id, describe] {
                model->onStatus(id, [describe] { return describe() + QStringLiteral("…"); });
            });
            try {
                const core::Measurement m = core::measure(*backend, w, *roofline, options);
                ++done;
                ++measured;
                post([model, id, m, done, total] { model->onMeasured(id, m, done, total); });
            } catch (const core::BenchCancelled &) {
                outcome = Outcome::Cancelled;
                break;
            } catch (const std::bad_alloc &) {
                ++done;
                problem(tr("%1: not enough memory.").arg(what));
            } catch (const std::exception &e) {
                ++done;
                problem(tr("%1: %2").arg(what, translateCoreText(qs(e.what()))));
            } catch (...) {
                ++done;
                problem(tr("%1: failed for an unknown reason.").arg(what));
            }
        }
        if (outcome == Outcome::Cancelled)
            break;
    }
    if (outcome == Outcome::Completed && measured == 0 && failed > 0)
        outcome = Outcome::Failed;
    return outcome;
}

void TimingsModel::onProbed(const std::shared_ptr<Engine> &engine, const QString &backendId,
                            const core::Roofline &roofline)
{
    if (engine != m_engine)
        return; // a registry of an older threads setting
    for (BackendInfo &b : m_backends)
        if (b.id == backendId)
            b.roofline = roofline;
    Q_EMIT backendsChanged();
}

void TimingsModel::onStatus(quint64 id, const std::function<QString()> &status)
{
    if (m_current && m_current->id == id)
        setStatus(status);
}

void TimingsModel::onMeasured(quint64 id, const core::Measurement &m, int done, int total)
{
    if (!m_current || m_current->id != id)
        return;
    if (m_current->kind == Job::Live) {
        m_liveResults.push_back(m);
        Q_EMIT liveResultsChanged();
    } else {
        m_sweepResults.push_back(m);
        Q_EMIT sweepResultsChanged();
    }
    m_done = done;
    m_total = total;
    Q_EMIT progressChanged(done, total);
}

void TimingsModel::onProblem(quint64 id, const QString &problem, int done, int total)
{
    if (!m_current || m_current->id != id)
        return;
    (m_current->kind == Job::Live ? m_liveProblems : m_sweepProblems) << problem;
    Q_EMIT problemsChanged();
    m_done = done;
    m_total = total;
    Q_EMIT progressChanged(done, total);
}

void TimingsModel::onFinished(quint64 id, Outcome outcome)
{
    if (!m_current || m_current->id != id) {
        updateBusy();
        return; // superseded: a newer job is current
    }
    const Job kind = m_current->kind;
    m_current.reset();
    if (kind == Job::Live) {
        m_liveOutcome = outcome;
        if (outcome == Outcome::Cancelled)
            m_liveStale = true; // measured again when shown, or when live is turned on
        switch (outcome) {
        case Outcome::Completed: setStatus([] { return tr("Live timings are up to date."); }); break;
        case Outcome::Cancelled: setStatus([] { return tr("Live timings cancelled."); }); break;
        case Outcome::Failed: setStatus([] { return tr("Nothing could be measured."); }); break;
        }
    } else {
        m_sweepOutcome = outcome;
        switch (outcome) {
        case Outcome::Completed:
            setStatus([done = m_done, total = m_total] {
                return tr("Sweep finished: %1 of %2 points.").arg(done).arg(total);
            });
            break;
        case Outcome::Cancelled:
            setStatus([done = m_done, total = m_total] {
                return tr("Sweep cancelled after %1 of %2 points.").arg(done).arg(total);
            });
            break;
        case Outcome::Failed: setStatus([] { return tr("The sweep measured nothing."); }); break;
        }
    }
    Q_EMIT jobFinished(kind, outcome);
    // A live run asked for during the sweep (or cut short by it) comes now.
    if (kind == Job::Sweep && (m_liveWaiting || m_liveStale) && m_live && m_active) {
        m_liveWaiting = false;
        requestLive();
    }
    updateBusy();
}

} // namespace attnscope::widgets
