// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/jobs/latestjob.h"

#include <QMetaObject>
#include <QtDebug>

namespace attnscope::widgets {

void JobContext::post(std::function<void()> fn) const
{
    // A runner being destroyed waits for this job; events queued to it meanwhile are dropped
    // with it, so the pointer is never followed after its end.
    QMetaObject::invokeMethod(
        m_runner,
        [runner = m_runner, generation = m_generation, fn = std::move(fn)] {
            if (runner->m_generation == generation)
                fn();
        },
        Qt::QueuedConnection);
}

LatestJobBase::LatestJobBase(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

LatestJobBase::~LatestJobBase()
{
    shutdown();
}

void LatestJobBase::setKeepThreadAlive(bool keep)
{
    m_pool.setExpiryTimeout(keep ? -1 : 30000);
}

void LatestJobBase::enqueue(std::function<void()> launch)
{
    const bool wasBusy = isBusy();
    if (m_running) {
        m_pending = std::move(launch);
        if (m_cancelRunning)
            m_cancelRunning();
    } else {
        launch();
    }
    if (!wasBusy)
        Q_EMIT busyChanged(true);
}

void LatestJobBase::started(std::function<void()> cancelRunning)
{
    m_running = true;
    m_cancelRunning = std::move(cancelRunning);
}

void LatestJobBase::finished(std::uint64_t generation, const std::function<void()> &deliver)
{
    m_running = false;
    m_cancelRunning = nullptr;
    const bool current = generation == m_generation && deliver;
    if (m_pending) {
        const std::function<void()> launch = std::move(*m_pending);
        m_pending.reset();
        launch();
    }
    // Idle before the result goes out, so that its handler may submit the next job.
    if (!isBusy())
        Q_EMIT busyChanged(false);
    if (current)
        deliver();
}

void LatestJobBase::cancel()
{
    const bool wasBusy = isBusy();
    ++m_generation;
    m_pending.reset();
    if (m_cancelRunning)
        m_cancelRunning();
    if (wasBusy && !isBusy())
        Q_EMIT busyChanged(false);
}

void LatestJobBase::waitForIdle()
{
    m_pool.waitForDone();
}

void LatestJobBase::shutdown()
{
    ++m_generation;
    m_pending.reset();
    if (m_cancelRunning)
        m_cancelRunning();
    m_pool.waitForDone();
}

void LatestJobBase::warnAboutException(const char *what)
{
    qWarning("attnscope: a background job threw (%s); its result is dropped", what);
}

} // namespace attnscope::widgets
