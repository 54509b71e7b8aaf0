// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/footprint/model.h"
#include "core/params/config.h"
#include "lessons/lesson.h"
#include "lessons/stage.h"

#include <QObject>

#include <optional>

namespace attnscope::lessons {

// Plays a lesson on a Stage (the main window, or an offscreen copy for a handout): each step sets the window to the
// step's complete state. goToStep() sets the parameters (the mechanism's defaults for those the step does not name),
// waits until the window shows their computation, then moves the timeline to the step's
// `at`, selects its head, shows its model's footprint (or none) and brings its view to the
// front; stepApplied() follows.
//
// The learner may change the controls at any time. When the parameters or the head shown
// differ from the step's, the lesson is "taken over" (takenOverChanged(true)); the lesson
// panel then offers returnToStep(), which applies the step again. Stepping through the
// computation and switching views does not count: the step's text often asks for both.
//
// Opening a lesson remembers what the window showed (the parameters, the view, the head, the
// computation step and the footprint's model); closing it restores them, so the learner finds
// their own work again. A step sets no other footprint setting (overlays, compared model,
// request, plan), so those stay as the learner had them.
//
// The position is remembered in the settings ("Lessons/current", "Lessons/steps/<id>",
// "Lessons/takenOver") so that the window reopens where the learner left.
class LessonPlayer : public QObject
{
    Q_OBJECT

public:
    explicit LessonPlayer(Stage *stage);
    ~LessonPlayer() override;

    // The open lesson (a copy), or nullptr.
    [[nodiscard]] const Lesson *lesson() const { return m_lesson ? &*m_lesson : nullptr; }
    // 0-based; -1 without a lesson.
    [[nodiscard]] int currentStep() const { return m_step; }
    [[nodiscard]] int stepCount() const { return m_lesson ? int(m_lesson->steps.size()) : 0; }
    [[nodiscard]] bool isAtFirst() const { return m_step <= 0; }
    [[nodiscard]] bool isAtLast() const { return m_step >= stepCount() - 1; }
    // True from goToStep() until the window shows the step (or the learner took over).
    [[nodiscard]] bool isApplying() const { return m_applying; }
    [[nodiscard]] bool isTakenOver() const { return m_takenOver; }

    // Opens a lesson at `step` (clamped). With apply == false the window keeps its state and
    // the lesson counts as taken over (a session that ended taken over is restored so).
    void open(const Lesson &lesson, int step = 0, bool apply = true);
    void close();

    // Whether the position is written to the settings (off for handout renderings).
    void setRemembersPosition(bool remember) { m_remember = remember; }
    // The step where the learner left a lesson (0 when never opened).
    [[nodiscard]] static int savedStep(const QString &lessonId);
    // The lesson that was open when the last session ended (empty if none), and whether it
    // was taken over.
    [[nodiscard]] static QString savedLesson(bool *takenOver = nullptr);

public Q_SLOTS:
    void goToStep(int step);
    void next();
    void previous();
    void first();
    // Applies the current step again (after the learner took over).
    void returnToStep();

Q_SIGNALS:
    void lessonChanged(); // opened, closed or replaced
    void stepChanged(int step);
    void stepApplied();
    void takenOverChanged(bool takenOver);

private:
    void apply();
    void finish();
    void checkTakenOver();
    void setTakenOver(bool takenOver);
    void save() const;
    void restoreBefore();
    void finishRestore();

    Stage *m_window;
    std::optional<Lesson> m_lesson;
    int m_step = -1;
    bool m_applying = false;
    bool m_internal = false; // our own changes of the controls: not the learner's
    bool m_takenOver = false;
    bool m_remember = true;
    core::Config m_target; // the step's configuration
    int m_appliedHead = 0; // the head the window showed when the step was applied
    // What the window showed before the lesson opened; restored on close().
    struct Before
    {
        core::Request request;
        core::Config config; // what that request computes
        QString view;
        int head = 0;
        int timelineStep = -1;
        std::optional<core::ModelShape> footprintModel; // none: the footprint showed no model
        QString footprintKey;                           // its key among the footprint settings' entries
    };
    std::optional<Before> m_before;
    std::optional<Before> m_restoring; // restored parameters waiting for their computation
};

} // namespace attnscope::lessons
