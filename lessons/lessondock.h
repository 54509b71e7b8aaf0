// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>
#include <QMenu>

class QAction;
class QFrame;
class QLabel;
class QMainWindow;
class QPushButton;
class QTextBrowser;

namespace attnscope::lessons {

class LessonController;
class LessonPlayer;

// The dock "Lesson": the open lesson's title, "Step k of n", the step's title and text (and
// the references after the last step), First / Previous / Next, and, once the learner has
// changed the controls, "You changed the controls" with a button that returns to the step.
// Hidden while no lesson is open; closing it closes the lesson.
class LessonDock : public QDockWidget
{
    Q_OBJECT

public:
    LessonDock(LessonPlayer *player, QWidget *parent = nullptr);

    [[nodiscard]] QString textHtml() const; // what the text area shows, for tests

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void lessonChanged();
    void refresh();

    LessonPlayer *m_player;
    QLabel *m_lessonTitle = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_stepTitle = nullptr;
    QTextBrowser *m_text = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_return = nullptr;
    QPushButton *m_first = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QString m_html;
};

// The menu "Lessons": every loaded lesson, numbered in their order (the open one checked),
// Previous / Next / First Step (Ctrl+PgUp, Ctrl+PgDown), Open Lesson Folder…, Export Handout
// (PDF)… and Close Lesson. The list is rebuilt each time the menu opens.
class LessonMenu : public QMenu
{
    Q_OBJECT

public:
    LessonMenu(LessonController *lessons, QMainWindow *window);

    void rebuild();
    [[nodiscard]] QAction *nextAction() const { return m_next; }
    [[nodiscard]] QAction *previousAction() const { return m_previous; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void openFolder();
    void exportHandout();

    LessonController *m_lessons;
    QMainWindow *m_window;
    LessonPlayer *m_player;
    QAction *m_previous = nullptr;
    QAction *m_next = nullptr;
    QAction *m_first = nullptr;
    QAction *m_openFolder = nullptr;
    QAction *m_handout = nullptr;
    QAction *m_close = nullptr;
};

} // namespace attnscope::lessons
