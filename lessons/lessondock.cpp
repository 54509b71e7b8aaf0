// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lessondock.h"

#include "io/settings.h"
#include "lessons/lesson.h"
#include "lessons/lessoncontroller.h"
#include "lessons/lessonhandout.h"
#include "lessons/lessonplayer.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace attnscope::lessons {

namespace {


QString shortcutText(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}

const QKeySequence kPreviousKeys(Qt::CTRL | Qt::Key_PageUp);
const QKeySequence kNextKeys(Qt::CTRL | Qt::Key_PageDown);

} // namespace

LessonDock::LessonDock(LessonPlayer *player, QWidget *parent) : QDockWidget(parent), m_player(player)
{
    setObjectName(QStringLiteral("lessonDock")); // saveState() needs it
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);

    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("lessonPanel"));
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(10, 6, 10, 8);
    layout->setSpacing(6);

    m_lessonTitle = new QLabel(panel);
    m_lessonTitle->setObjectName(QStringLiteral("lessonTitle"));
    m_lessonTitle->setWordWrap(true);
    m_lessonTitle->setTextFormat(Qt::PlainText);
    QFont titleFont = m_lessonTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_lessonTitle->setFont(titleFont);
    layout->addWidget(m_lessonTitle);

    m_progress = new QLabel(panel);
    m_progress->setObjectName(QStringLiteral("lessonProgress"));
    m_progress->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_progress);

    m_stepTitle = new QLabel(panel);
    m_stepTitle->setObjectName(QStringLiteral("lessonStepTitle"));
    m_stepTitle->setWordWrap(true);
    m_stepTitle->setTextFormat(Qt::PlainText);
    QFont stepFont = m_stepTitle->font();
    stepFont.setBold(true);
    m_stepTitle->setFont(stepFont);
    layout->addWidget(m_stepTitle);

    m_text = new QTextBrowser(panel);
    m_text->setObjectName(QStringLiteral("lessonText"));
    m_text->setOpenExternalLinks(true);
    // Never the focus: Space, Left and Right stay with the step player (the mouse still selects).
    m_text->setFocusPolicy(Qt::NoFocus);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setLineWrapMode(QTextEdit::WidgetWidth);
    m_text->document()->setDocumentMargin(2);
    m_text->document()->setDefaultStyleSheet(QStringLiteral("p { margin-top: 0; margin-bottom: 8px; } "
                                                            "code { font-family: monospace; } "
                                                            "h4 { margin-top: 10px; margin-bottom: 4px; }"));
    // The panel's background, so that the text reads as part of it rather than as a field.
    m_text->viewport()->setAutoFillBackground(false);
    m_text->setAutoFillBackground(false);
    layout->addWidget(m_text, 1);

    // Shown once the learner changed the controls.
    m_banner = new QFrame(panel);
    m_banner->setObjectName(QStringLiteral("lessonTakenOver"));
    // Fixed colours on a fixed background: readable in light and dark themes alike.
    m_banner->setStyleSheet(QStringLiteral("#lessonTakenOver { background-color: #fff3d1; border: 1px solid #e0b84d; "
                                           "border-radius: 6px; } #lessonTakenOver QLabel { color: #5c4300; }"));
    auto *bannerLayout = new QVBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 6, 8, 6);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    bannerLayout->addWidget(m_bannerText);
    m_return = new QPushButton(m_banner);
    m_return->setObjectName(QStringLiteral("returnToStep"));
    bannerLayout->addWidget(m_return, 0, Qt::AlignLeft);
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *navigation = new QHBoxLayout;
    navigation->setSpacing(4);
    m_first = new QPushButton(style()->standardIcon(QStyle::SP_MediaSkipBackward), QString(), panel);
    m_first->setObjectName(QStringLiteral("lessonFirst"));
    m_previous = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), QString(), panel);
    m_previous->setObjectName(QStringLiteral("lessonPrevious"));
    m_next = new QPushButton(style()->standardIcon(QStyle::SP_ArrowForward), QString(), panel);
    m_next->setObjectName(QStringLiteral("lessonNext"));
    m_next->setLayoutDirection(Qt::RightToLeft); // the arrow after the word
    for (QPushButton *b : {m_first, m_previous, m_next})
        b->setAutoDefault(false);
    navigation->addWidget(m_first);
    navigation->addWidget(m_previous);
    navigation->addStretch(1);
    navigation->addWidget(m_next);
    layout->addLayout(navigation);

    // Narrow enough to open beside the parameters, the pages and a dock on a 1280 px screen
    // (issue 15): the titles wrap, and the text wraps and scrolls.
    panel->setMinimumWidth(200);
    setWidget(panel);

    connect(m_first, &QPushButton::clicked, m_player, &LessonPlayer::first);
    connect(m_previous, &QPushButton::clicked, m_player, &LessonPlayer::previous);
    connect(m_next, &QPushButton::clicked, m_player, &LessonPlayer::next);
    connect(m_return, &QPushButton::clicked, m_player, &LessonPlayer::returnToStep);
    connect(m_player, &LessonPlayer::lessonChanged, this, &LessonDock::lessonChanged);
    connect(m_player, &LessonPlayer::stepChanged, this, &LessonDock::refresh);
    connect(m_player, &LessonPlayer::takenOverChanged, this, &LessonDock::refresh);
    refresh();
}

QString LessonDock::textHtml() const
{
    return m_html;
}

void LessonDock::lessonChanged()
{
    refresh();
    if (m_player->lesson()) {
        show();
        raise();
    } else {
        hide();
    }
}

void LessonDock::refresh()
{
    setWindowTitle(tr("Lesson"));
    m_first->setText(tr("First"));
    m_first->setToolTip(tr("Back to the first step of the lesson"));
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("The previous step (%1)").arg(shortcutText(kPreviousKeys)));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("The next step (%1)").arg(shortcutText(kNextKeys)));
    m_bannerText->setText(tr("You changed the controls. Explore as you like; the lesson waits here."));

    const Lesson *lesson = m_player->lesson();
    const int step = m_player->currentStep();
    if (!lesson || step < 0) {
        m_lessonTitle->clear();
        m_progress->clear();
        m_stepTitle->clear();
        m_html.clear();
        m_text->clear();
        m_banner->hide();
        for (QPushButton *b : {m_first, m_previous, m_next})
            b->setEnabled(false);
        return;
    }
    const int count = m_player->stepCount();
    m_lessonTitle->setText(lesson->displayTitle());
    m_lessonTitle->setToolTip(lesson->displaySummary());
    m_progress->setText(tr("Step %1 of %2").arg(step + 1).arg(count));
    m_stepTitle->setText(lesson->stepTitle(step));
    QString html;
    if (step == 0 && !lesson->summary.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(lesson->displaySummary().toHtmlEscaped());
    html += lesson->stepTextHtml(step);
    if (step == count - 1 && !lesson->cites.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ol style=\"margin-left: 0px; -qt-list-indent: 1;\">")
                    .arg(tr("References").toHtmlEscaped());
        for (const QString &cite : lesson->cites)
            html += QStringLiteral("<li>%1</li>").arg(cite.toHtmlEscaped());
        html += QStringLiteral("</ol>");
    }
    if (html != m_html) {
        m_html = html;
        m_text->setHtml(html);
    }
    m_return->setText(tr("Return to step %1").arg(step + 1));
    m_banner->setVisible(m_player->isTakenOver());
    m_first->setEnabled(step > 0);
    m_previous->setEnabled(step > 0);
    m_next->setEnabled(step < count - 1);
}

void LessonDock::closeEvent(QCloseEvent *event)
{
    QDockWidget::closeEvent(event);
    if (event->isAccepted())
        m_player->close(); // the dock's close button closes the lesson
}

void LessonDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_html.clear(); // the texts are translated at display time
        refresh();
    }
    QDockWidget::changeEvent(event);
}

LessonMenu::LessonMenu(LessonController *lessons, QMainWindow *window)
    : QMenu(window), m_lessons(lessons), m_window(window), m_player(lessons->player())
{
    setObjectName(QStringLiteral("lessonsMenu"));
    // Owned by the window, so that rebuild()'s clear() keeps them (and their shortcuts).
    m_previous = new QAction(window);
    m_previous->setShortcut(kPreviousKeys);
    m_next = new QAction(window);
    m_next->setShortcut(kNextKeys);
    m_first = new QAction(window);
    m_openFolder = new QAction(window);
    m_handout = new QAction(window);
    m_close = new QAction(window);
    connect(m_previous, &QAction::triggered, m_player, &LessonPlayer::previous);
    connect(m_next, &QAction::triggered, m_player, &LessonPlayer::next);
    connect(m_first, &QAction::triggered, m_player, &LessonPlayer::first);
    connect(m_close, &QAction::triggered, m_player, &LessonPlayer::close);
    connect(m_openFolder, &QAction::triggered, this, &LessonMenu::openFolder);
    connect(m_handout, &QAction::triggered, this, &LessonMenu::exportHandout);
    connect(m_player, &LessonPlayer::lessonChanged, this, &LessonMenu::updateActions);
    connect(m_player, &LessonPlayer::stepChanged, this, &LessonMenu::updateActions);
    connect(this, &QMenu::aboutToShow, this, &LessonMenu::rebuild);
    retranslate();
    rebuild();
}

void LessonMenu::retranslate()
{
    setTitle(tr("&Lessons"));
    m_previous->setText(tr("&Previous Step"));
    m_next->setText(tr("&Next Step"));
    m_first->setText(tr("&First Step"));
    m_openFolder->setText(tr("Open Lesson F&older…"));
    m_openFolder->setToolTip(tr("Load the lessons (*.lesson) of a folder, beside the built-in ones"));
    m_handout->setText(tr("Export &Handout (PDF)…"));
    m_handout->setToolTip(tr("The open lesson as a printable PDF: every step's text with a picture of its view"));
    m_close->setText(tr("&Close Lesson"));
}

void LessonMenu::rebuild()
{
    clear();
    const auto &lessons = m_lessons->library().lessons();
    const Lesson *open = m_player->lesson();
    for (std::size_t i = 0; i < lessons.size(); ++i) {
        const Lesson &lesson = lessons[i];
        QAction *action = addAction(tr("&%1. %2").arg(i + 1).arg(lesson.displayTitle()));
        action->setCheckable(true);
        action->setChecked(open && open->id == lesson.id);
        action->setToolTip(lesson.displaySummary());
        action->setStatusTip(lesson.displaySummary());
        action->setData(lesson.id);
        connect(action, &QAction::triggered, this, [this, id = lesson.id] { m_lessons->open(id); });
    }
    if (lessons.empty())
        addAction(tr("No lessons found"))->setEnabled(false);
    addSeparator();
    addAction(m_previous);
    addAction(m_next);
    addAction(m_first);
    addSeparator();
    addAction(m_openFolder);
    addAction(m_handout);
    addAction(m_close);
    updateActions();
}

void LessonMenu::updateActions()
{
    const bool open = m_player->lesson() != nullptr;
    m_previous->setEnabled(open && !m_player->isAtFirst());
    m_next->setEnabled(open && !m_player->isAtLast());
    m_first->setEnabled(open && !m_player->isAtFirst());
    m_handout->setEnabled(open);
    m_close->setEnabled(open);
}

void LessonMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild();
    }
    QMenu::changeEvent(event);
}

void LessonMenu::openFolder()
{
    QSettings s = io::settings();
    const QString start = s.value(QStringLiteral("Lessons/folder"), QDir::homePath()).toString();
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Open Lesson Folder"), start);
    if (folder.isEmpty())
        return;
    s.setValue(QStringLiteral("Lessons/folder"), folder);
    QStringList errors;
    m_lessons->setFolder(folder, &errors);
    const auto &lessons = m_lessons->library().lessons();
    const auto loaded = std::count_if(lessons.begin(), lessons.end(), [](const Lesson &l) { return !l.isBuiltin(); });
    if (!errors.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Open Lesson Folder"),
                        tr("%n lesson(s) loaded from %1; some files have problems:", nullptr, int(loaded))
                            .arg(QDir::toNativeSeparators(folder)),
                        QMessageBox::Ok, m_window);
        box.setInformativeText(errors.join(QLatin1Char('\n')));
        box.exec();
        return;
    }
    m_window->statusBar()->showMessage(
        tr("%n lesson(s) loaded from %1", nullptr, int(loaded)).arg(QDir::toNativeSeparators(folder)), 5000);
}

void LessonMenu::exportHandout()
{
    const Lesson *lesson = m_player->lesson();
    if (!lesson)
        return;
    QSettings s = io::settings();
    const QString start = s.value(QStringLiteral("MainWindow/exportDir"), QDir::homePath()).toString();
    const QString file = QFileDialog::getSaveFileName(m_window, tr("Export Handout"),
                                                      QDir(start).filePath(lesson->id + QStringLiteral(".pdf")),
                                                      tr("PDF document (*.pdf)"));
    if (file.isEmpty())
        return;
    s.setValue(QStringLiteral("MainWindow/exportDir"), QFileInfo(file).absolutePath());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_window->statusBar()->showMessage(tr("Rendering the handout…"));
    QString error;
    const bool ok = writeHandout(*lesson, m_lessons->stageFactory(), file, &error);
    QApplication::restoreOverrideCursor();
    m_window->statusBar()->clearMessage();
    if (!ok)
        QMessageBox::warning(m_window, tr("Export Handout"), error);
    else
        m_window->statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(file)), 5000);
}

} // namespace attnscope::lessons
