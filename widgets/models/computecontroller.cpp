// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/models/computecontroller.h"

#include "core/mechanisms/compute.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <new>

namespace attnscope::widgets {

// What a worker hands back: never an exception, which would otherwise cross threads.
struct ComputeController::Result
{
    std::uint64_t generation = 0;
    core::Config config;
    std::shared_ptr<const core::Trace> trace;
    QString error;
};

ComputeController::ComputeController(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<std::shared_ptr<const core::Trace>>();
    qRegisterMetaType<core::Config>();
}

// A running worker owns copies of everything it reads, so it may outlive the controller;
// its watcher (a child) goes with the controller and the result is discarded.
ComputeController::~ComputeController() = default;

void ComputeController::compute(const core::Config &config)
{
    const bool wasBusy = isBusy();
    const std::uint64_t generation = ++m_generation;
    if (m_running) {
        m_pending.emplace(config, generation);
    } else {
        start(config, generation);
    }
    if (!wasBusy)
        Q_EMIT busyChanged(true);
}

void ComputeController::cancel()
{
    const bool wasBusy = isBusy();
    ++m_generation;
    m_pending.reset();
    // The running worker cannot be interrupted; its result will be stale and dropped.
    if (wasBusy && !isBusy())
        Q_EMIT busyChanged(false);
}

void ComputeController::start(const core::Config &config, std::uint64_t generation)
{
    m_running = true;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher] {
        const Result result = watcher->result();
        watcher->deleteLater();
        finish(result);
    });
    watcher->setFuture(QtConcurrent::run([config, generation] {
        Result r;
        r.generation = generation;
        r.config = config;
        try {
            r.trace = core::computeShared(config);
        } catch (const std::bad_alloc &) {
            r.error = tr("Not enough memory to compute this configuration.");
        } catch (const std::exception &e) {
            r.error = QString::fromStdString(e.what());
        } catch (...) {
            r.error = tr("The computation failed for an unknown reason.");
        }
        return r;
    }));
}

void ComputeController::finish(const Result &result)
{
    m_running = false;
    const bool current = result.generation == m_generation;
    if (m_pending) {
        const auto [config, generation] = *m_pending;
        m_pending.reset();
        start(config, generation);
    }
    if (current) {
        // Not busy any more before the result goes out, so a slot may ask for the next one.
        Q_EMIT busyChanged(false);
        if (result.trace)
            Q_EMIT traceReady(result.trace, result.config);
        else
            Q_EMIT failed(result.error);
    } else if (!isBusy()) {
        // Cancelled: nothing newer will come.
        Q_EMIT busyChanged(false);
    }
}

} // namespace attnscope::widgets
