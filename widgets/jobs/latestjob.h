// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdint>
#include <exception>
#include <functional>
#include <optional>
#include <utility>

namespace attnscope::widgets {

class LatestJobBase;

// The one latest-only job runner of AttnScope (DESIGN.md, "Data flow"), in the spirit of Qt's
// Mandelbrot example, on QtConcurrent::run() with a QPromise and a QFutureWatcher:
//
//  - At most one job runs, on the runner's own worker thread (a QThreadPool of one thread).
//  - submit() while a job runs cancels the running one cooperatively (its QPromise is cancelled:
//    JobContext::isCancelled() turns true) and queues the new one; a newer submit() replaces a
//    job still waiting, which then never starts. The queued job starts when the running one ends.
//  - Only the newest submission's result is delivered, on the runner's thread (the UI thread),
//    through the result callback; the results of superseded or cancelled jobs never are.
//  - cancel() drops everything still to come: the waiting job and the running job's result.
//  - isBusy() is true while a job runs (cancelled or not) or waits; busyChanged() says when it
//    changes, once true and once false around a burst of submissions. The runner is idle again
//    before the result goes out, so a result callback may submit the next job.
//  - generation() counts submissions and cancellations; a JobContext knows its own.
//  - Destruction cancels the running job and waits for it (at most until it next looks at
//    isCancelled(), or until it ends if it never does).
//
// A job reads only what it owns (copies, shared_ptr to const data) and must not throw: an
// exception that escapes it is caught, warned about and its result dropped.
//
// A template class cannot be a Q_OBJECT: LatestJobBase is the QObject (signals, state) and
// LatestJob<Result> adds the typed submit() and result callback.
//
//     m_runner = new LatestJob<Answer>([this](const Answer &a) { show(a); }, this);
//     m_runner->submit([input](const JobContext &job) { return solve(input, job.cancelled()); });

// What a running job sees of its runner. Valid only while the job runs, on its worker thread.
class JobContext
{
public:
    // True once this job was superseded by a newer submit(), cancel()led, or its runner is being
    // destroyed: the job should stop soon, its result will be dropped.
    [[nodiscard]] bool isCancelled() const { return m_cancelled(); }
    // isCancelled() as a callable, for APIs that poll (core::BenchOptions::cancelled,
    // computeCompareSet()'s shouldStop); valid while the job runs.
    [[nodiscard]] const std::function<bool()> &cancelled() const { return m_cancelled; }
    // The runner's generation() when this job was submitted.
    [[nodiscard]] std::uint64_t generation() const { return m_generation; }
    // Queues `fn` to the runner's thread, where it runs only if this job is still the newest
    // (neither superseded nor cancelled): progress reports. Calls arrive in the order posted and
    // before the job's result.
    void post(std::function<void()> fn) const;

private:
    template<typename>
    friend class LatestJob;
    JobContext(LatestJobBase *runner, std::uint64_t generation, std::function<bool()> cancelled)
        : m_runner(runner), m_generation(generation), m_cancelled(std::move(cancelled))
    {}

    LatestJobBase *m_runner;
    std::uint64_t m_generation;
    std::function<bool()> m_cancelled;
};

// The QObject part of LatestJob<Result>: state, cancellation and busyChanged().
class LatestJobBase : public QObject
{
    Q_OBJECT

public:
    ~LatestJobBase() override;

    // A job runs (cancelled or not) or waits.
    [[nodiscard]] bool isBusy() const { return m_running || m_pending.has_value(); }
    // Increases with every submit() and cancel().
    [[nodiscard]] std::uint64_t generation() const { return m_generation; }
    // Drops every result still to come: the waiting job never starts, the running one is
    // cancelled and its result dropped. isBusy() stays true until the running job ends.
    void cancel();
    // Blocks until no job runs; what the running job returns is still delivered later, from the
    // event loop, unless it was superseded or cancelled. For destructors of owners whose job
    // posts progress to them.
    void waitForIdle();
    // Keeps the worker thread alive between jobs (e.g. for a backend's OpenMP team); by default
    // it ends after 30 s without work.
    void setKeepThreadAlive(bool keep);

Q_SIGNALS:
    void busyChanged(bool busy);

protected:
    explicit LatestJobBase(QObject *parent);

    // The pieces LatestJob<Result> builds on.
    std::uint64_t nextGeneration() { return ++m_generation; }
    // Runs `launch` now when idle, else cancels the running job and keeps `launch` for later
    // (replacing one kept before).
    void enqueue(std::function<void()> launch);
    // A job was launched; `cancelRunning` cancels it.
    void started(std::function<void()> cancelRunning);
    // The running job of `generation` ended; `deliver` (empty when there is no result) hands
    // its result out and is called only when that job is still the newest.
    void finished(std::uint64_t generation, const std::function<void()> &deliver);
    // Cancels everything and waits for the running job; idempotent (both destructors call it).
    void shutdown();
    QThreadPool *pool() { return &m_pool; }
    static void warnAboutException(const char *what);

private:
    friend class JobContext;

    QThreadPool m_pool; // one thread: at most one job runs
    std::uint64_t m_generation = 0;
    bool m_running = false;
    std::function<void()> m_cancelRunning;
    std::optional<std::function<void()>> m_pending;
};

// Runs functions returning Result; see the comment above JobContext.
template<typename Result>
class LatestJob : public LatestJobBase
{
public:
    using Job = std::function<Result(const JobContext &)>;
    using ResultHandler = std::function<void(const Result &)>;

    // `onResult` receives the newest job's result on this object's thread.
    explicit LatestJob(ResultHandler onResult, QObject *parent = nullptr)
        : LatestJobBase(parent), m_onResult(std::move(onResult))
    {}
    ~LatestJob() override { shutdown(); }

    // Runs `job` once the running job (cancelled now) has ended; supersedes everything before.
    void submit(Job job)
    {
        const std::uint64_t generation = nextGeneration();
        enqueue([this, generation, job = std::move(job)] { launch(generation, job); });
    }

private:
    void launch(std::uint64_t generation, const Job &job)
    {
        auto *watcher = new QFutureWatcher<Result>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
            QFuture<Result> future = watcher->future();
            watcher->deleteLater();
            if (future.isCanceled() || future.resultCount() == 0) {
                finished(generation, {});
                return;
            }
            finished(generation, [this, result = future.result()] {
                if (m_onResult)
                    m_onResult(result);
            });
        });
        QFuture<Result> future = QtConcurrent::run(
            pool(),
            [](QPromise<Result> &promise, LatestJobBase *runner, std::uint64_t jobGeneration, const Job &work) {
                const JobContext context(runner, jobGeneration, [&promise] { return promise.isCanceled(); });
                try {
                    Result result = work(context);
                    if (!promise.isCanceled())
                        promise.addResult(std::move(result));
                } catch (const std::exception &e) {
                    warnAboutException(e.what());
                } catch (...) {
                    warnAboutException("unknown exception");
                }
            },
            static_cast<LatestJobBase *>(this), generation, job);
        started([future]() mutable { future.cancel(); });
        watcher->setFuture(future);
    }

    ResultHandler m_onResult;
};

} // namespace attnscope::widgets
