// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/models/timelinemodel.h"

#include "core/trace/trace.h"

#include <QTimer>

#include <algorithm>
#include <cmath>
#include <utility>

namespace attnscope::widgets {

TimelineModel::TimelineModel(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setInterval(interval());
    connect(m_timer, &QTimer::timeout, this, &TimelineModel::advance);
}

TimelineModel::~TimelineModel() = default;

void TimelineModel::setTrace(std::shared_ptr<const core::Trace> trace, const core::Config &config)
{
    const bool sameMechanism = m_trace && config.mechanism == m_config.mechanism;
    const bool wasAtLast = m_trace && isAtLast();
    const int previous = m_current;
    m_trace = std::move(trace);
    m_config = config;
    rebuildSteps();
    m_traceStep = -1;

    const int count = stepCount();
    if (count == 0)
        m_current = -1;
    else if (!sameMechanism || wasAtLast)
        m_current = count - 1;
    else
        m_current = std::clamp(m_current, 0, count - 1);
    if (count == 0 || !sameMechanism || isAtLast())
        setPlaying(false);

    Q_EMIT traceChanged();
    if (m_current != previous)
        Q_EMIT currentStepChanged(m_current);
}

void TimelineModel::clear()
{
    setTrace(nullptr, m_config);
}

int TimelineModel::stepCount() const
{
    return static_cast<int>(m_steps.size());
}

void TimelineModel::rebuildSteps()
{
    m_steps.clear();
    m_foldable = false;
    if (!m_trace)
        return;
    std::vector<core::FoldedStep> folded = core::foldHeadSteps(m_trace->steps());
    m_foldable = folded.size() < m_trace->steps().size();
    if (m_folded) {
        m_steps = std::move(folded);
        return;
    }
    for (int i = 0; i < static_cast<int>(m_trace->steps().size()); ++i)
        m_steps.push_back({{i}});
}

int TimelineModel::traceStep() const
{
    if (m_current < 0 || m_current >= stepCount())
        return -1;
    const std::vector<int> &members = m_steps[static_cast<std::size_t>(m_current)].steps;
    return std::find(members.begin(), members.end(), m_traceStep) != members.end() ? m_traceStep : members.front();
}

int TimelineModel::foldedHeads() const
{
    if (m_current < 0 || m_current >= stepCount())
        return 1;
    return static_cast<int>(m_steps[static_cast<std::size_t>(m_current)].steps.size());
}

int TimelineModel::stepOfTraceStep(int index) const
{
    return core::foldedIndexOf(m_steps, index);
}

void TimelineModel::setCurrentTraceStep(int index)
{
    const int step = stepOfTraceStep(index);
    if (step < 0)
        return;
    const int before = traceStep();
    m_traceStep = index;
    if (step != m_current) {
        m_current = step;
        Q_EMIT currentStepChanged(m_current);
    } else if (before != index) {
        Q_EMIT currentStepChanged(m_current); // the same folded step, another head's text
    }
}

void TimelineModel::setHeadsFolded(bool folded)
{
    if (folded == m_folded)
        return;
    const int at = traceStep();
    m_folded = folded;
    rebuildSteps();
    m_current = at >= 0 ? std::max(stepOfTraceStep(at), 0) : (stepCount() > 0 ? 0 : -1);
    m_traceStep = at;
    Q_EMIT headsFoldedChanged(m_folded);
    Q_EMIT traceChanged();
    Q_EMIT currentStepChanged(m_current);
}

const core::Step *TimelineModel::step() const
{
    const int index = traceStep();
    if (index < 0)
        return nullptr;
    return &m_trace->steps()[static_cast<std::size_t>(index)];
}

int TimelineModel::interval() const
{
    return static_cast<int>(std::lround(1000.0 / m_speed));
}

void TimelineModel::setCurrentStep(int step)
{
    const int count = stepCount();
    if (count == 0)
        return;
    step = std::clamp(step, 0, count - 1);
    if (step == m_current)
        return;
    m_current = step;
    m_traceStep = -1;
    Q_EMIT currentStepChanged(m_current);
}

void TimelineModel::stepForward()
{
    setCurrentStep(m_current + 1);
}

void TimelineModel::stepBack()
{
    setCurrentStep(m_current - 1);
}

void TimelineModel::toFirst()
{
    setCurrentStep(0);
}

void TimelineModel::toLast()
{
    setCurrentStep(stepCount() - 1);
}

void TimelineModel::play()
{
    if (stepCount() == 0)
        return;
    if (isAtLast())
        toFirst();
    setPlaying(true);
}

void TimelineModel::pause()
{
    setPlaying(false);
}

void TimelineModel::togglePlay()
{
    if (m_playing)
        pause();
    else
        play();
}

void TimelineModel::setSpeed(double stepsPerSecond)
{
    if (!std::isfinite(stepsPerSecond))
        return;
    const double speed = std::clamp(stepsPerSecond, kMinSpeed, kMaxSpeed);
    if (speed == m_speed)
        return;
    m_speed = speed;
    m_timer->setInterval(interval());
    Q_EMIT speedChanged(m_speed);
}

void TimelineModel::advance()
{
    if (!m_playing)
        return;
    stepForward();
    if (isAtLast())
        setPlaying(false);
}

void TimelineModel::setPlaying(bool playing)
{
    if (playing == m_playing)
        return;
    m_playing = playing;
    if (m_playing)
        m_timer->start();
    else
        m_timer->stop();
    Q_EMIT playingChanged(m_playing);
}

} // namespace attnscope::widgets
