// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/stage.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QDockWidget;
class QMainWindow;
class QMenu;

namespace attnscope::lessons {

class LessonDock;
class LessonLibrary;
class LessonMenu;
class LessonPlayer;

// Everything lessons add to a window: the library (built-in lessons and a teacher's folder),
// the player that drives the Stage, the dock "Lesson" (hidden while none is open) and the
// menu "Lessons". The window creates one and hands it itself twice: as the Stage the lessons
// play on, and as the QMainWindow that holds the dock and the menu.
class LessonController : public QObject
{
    Q_OBJECT

public:
    // `offscreen` makes a fresh stage for the handout's pictures.
    LessonController(Stage *stage, QMainWindow *window, StageFactory offscreen);
    ~LessonController() override;

    [[nodiscard]] const LessonLibrary &library() const { return *m_library; }
    [[nodiscard]] LessonPlayer *player() const { return m_player; }
    [[nodiscard]] QDockWidget *dock() const;
    [[nodiscard]] QMenu *menu() const;
    [[nodiscard]] const StageFactory &stageFactory() const { return m_offscreen; }

    // Loads the built-in lessons and those of `folder` (none when empty). False when a file
    // has a problem: *errors then holds one sentence per problem, and the others are loaded.
    bool setFolder(const QString &folder, QStringList *errors = nullptr);
    // Opens a lesson of library() at `step` (0-based; -1: where the learner left it). False
    // for an unknown id.
    bool open(const QString &id, int step = -1);
    // Reopens the lesson the last session left open, at its step.
    bool restoreLast();

private:
    std::unique_ptr<LessonLibrary> m_library;
    LessonPlayer *m_player = nullptr;
    LessonDock *m_dock = nullptr;
    LessonMenu *m_menu = nullptr;
    StageFactory m_offscreen;
};

} // namespace attnscope::lessons
