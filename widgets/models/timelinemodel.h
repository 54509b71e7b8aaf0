// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"
#include "core/trace/foldedsteps.h"

#include <QObject>

#include <memory>

class QTimer;

namespace attnscope::core {
class Trace;
struct Step;
} // namespace attnscope::core

namespace attnscope::widgets {

// The step player's state: which step of a recorded computation is shown, and whether the
// steps play on by themselves. Views observe it; nothing here knows how a step is drawn.
//
// Per-head repetition is folded by default: where a mechanism repeats the same steps for every
// head, each counts once, and such a step shows every head side by side (foldedHeads() > 1);
// step() is then one head's step (head 0's, or the one setCurrentTraceStep() asked for).
// setHeadsFolded(false) makes every step of the trace a step of the timeline.
//
// Steps are indexed 0..stepCount()-1; without a trace (or with one of no steps) the
// current step is -1. While playing, a timer calls advance() every 1/speed seconds; tests
// call advance() themselves instead of waiting for the timer.
class TimelineModel : public QObject
{
    Q_OBJECT

public:
    static constexpr double kMinSpeed = 0.25;
    static constexpr double kMaxSpeed = 20.0;
    static constexpr double kDefaultSpeed = 2.0;

    explicit TimelineModel(QObject *parent = nullptr);
    ~TimelineModel() override;

    // The trace and the configuration it was computed from (ComputeController::traceReady
    // connects here directly). Where the timeline lands:
    //  - the first trace, or one of another mechanism: the last step, which shows the
    //    finished result; playing stops;
    //  - a trace of the same mechanism (a parameter was tweaked): the current index, clamped
    //    to the new step count, so the reader keeps their place; a timeline that was at the
    //    last step stays at the (new) last step; playing goes on unless it is at the end.
    // A null trace clears the timeline. Emits traceChanged(), then currentStepChanged() if
    // the index changed: views repaint on both, since the same index may now be another step.
    void setTrace(std::shared_ptr<const core::Trace> trace, const core::Config &config);
    void clear();

    [[nodiscard]] const std::shared_ptr<const core::Trace> &trace() const { return m_trace; }
    [[nodiscard]] const core::Config &config() const { return m_config; }
    [[nodiscard]] core::Mechanism mechanism() const { return m_config.mechanism; }

    [[nodiscard]] int stepCount() const;
    // -1 when there are no steps.
    [[nodiscard]] int currentStep() const { return m_current; }
    // Whether steps repeated for every head count once (default true). Changing it keeps
    // the place in the computation.
    void setHeadsFolded(bool folded);
    [[nodiscard]] bool headsFolded() const { return m_folded; }
    // Whether the trace has steps repeated for every head (the player offers the toggle).
    [[nodiscard]] bool hasFoldableSteps() const { return m_foldable; }
    // How many heads the current step shows side by side: 1 unless it is a folded step.
    [[nodiscard]] int foldedHeads() const;
    // The index into trace()->steps() of step(); -1 when there are no steps.
    [[nodiscard]] int traceStep() const;
    // The step of the timeline that shows trace step `index` (-1 if none), and moving there
    // (a lesson's `at:` names trace steps); step() is then that trace step.
    [[nodiscard]] int stepOfTraceStep(int index) const;
    void setCurrentTraceStep(int index);
    // The current step; nullptr when there are no steps.
    [[nodiscard]] const core::Step *step() const;
    [[nodiscard]] bool isAtFirst() const { return m_current <= 0; }
    [[nodiscard]] bool isAtLast() const { return m_current == stepCount() - 1; }

    [[nodiscard]] bool isPlaying() const { return m_playing; }
    [[nodiscard]] double speed() const { return m_speed; }
    // Milliseconds between two steps while playing: 1000 / speed, rounded.
    [[nodiscard]] int interval() const;

public Q_SLOTS:
    // Clamped to [0, stepCount() - 1]; emits currentStepChanged() only when the index changes.
    void setCurrentStep(int step);
    void stepForward();
    void stepBack();
    void toFirst();
    void toLast();

    // Plays from the current step; from the first step when already at the last one (as a
    // media player does). Does nothing without steps.
    void play();
    void pause();
    void togglePlay();
    // Steps per second, clamped to [kMinSpeed, kMaxSpeed].
    void setSpeed(double stepsPerSecond);

    // One tick of playback: the next step, pausing on reaching the last. The timer calls it;
    // tests call it directly. Does nothing while paused.
    void advance();

Q_SIGNALS:
    void currentStepChanged(int step);
    void playingChanged(bool playing);
    void speedChanged(double stepsPerSecond);
    void traceChanged();
    void headsFoldedChanged(bool folded);

private:
    void setPlaying(bool playing);
    void rebuildSteps();

    std::shared_ptr<const core::Trace> m_trace;
    core::Config m_config;
    int m_current = -1;
    std::vector<core::FoldedStep> m_steps; // the timeline's steps, as trace indices
    bool m_folded = true;
    bool m_foldable = false;
    int m_traceStep = -1; // the trace step asked for within the current (folded) step
    bool m_playing = false;
    double m_speed = kDefaultSpeed;
    QTimer *m_timer = nullptr;
};

} // namespace attnscope::widgets
