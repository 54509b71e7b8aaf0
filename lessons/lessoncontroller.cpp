// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lessoncontroller.h"

#include "lessons/lesson.h"
#include "lessons/lessondock.h"
#include "lessons/lessonplayer.h"

#include <QMainWindow>

namespace attnscope::lessons {

LessonController::LessonController(Stage *stage, QMainWindow *window, StageFactory offscreen)
    : QObject(window), m_library(std::make_unique<LessonLibrary>()), m_offscreen(std::move(offscreen))
{
    m_player = new LessonPlayer(stage);
    m_dock = new LessonDock(m_player, window);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    m_dock->hide();
    m_menu = new LessonMenu(this, window); // retranslates itself
}

LessonController::~LessonController() = default;

QDockWidget *LessonController::dock() const
{
    return m_dock;
}

QMenu *LessonController::menu() const
{
    return m_menu;
}

bool LessonController::setFolder(const QString &folder, QStringList *errors)
{
    return m_library->load(folder, errors);
}

bool LessonController::open(const QString &id, int step)
{
    const Lesson *lesson = m_library->find(id);
    if (!lesson)
        return false;
    m_player->open(*lesson, step < 0 ? LessonPlayer::savedStep(id) : step);
    return true;
}

bool LessonController::restoreLast()
{
    bool takenOver = false;
    const QString id = LessonPlayer::savedLesson(&takenOver);
    const Lesson *lesson = id.isEmpty() ? nullptr : m_library->find(id);
    if (!lesson)
        return false;
    // A lesson the learner had taken over keeps their parameters (the window restored them).
    m_player->open(*lesson, LessonPlayer::savedStep(id), !takenOver);
    return true;
}

} // namespace attnscope::lessons
