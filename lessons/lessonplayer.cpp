// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lessonplayer.h"

#include "io/modelconfig.h"
#include "io/settings.h"
#include "model/trainedinput.h"
#include "widgets/models/footprintsettings.h"
#include "widgets/models/parametermodel.h"
#include "widgets/models/timelinemodel.h"

#include <QCoreApplication>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSpinBox>

#include <algorithm>
#include <exception>

namespace attnscope::lessons {

namespace {

// What the window computes for a step's request (ParameterModel::config()): a trained input
// resolved by its model. A lesson's steps were checked when it was read, so this resolves.
core::Config resolvedTarget(const core::Request &request)
{
    try {
        return model::resolveInput(request);
    } catch (const std::exception &) {
        return core::resolve(request);
    }
}

const QString kCurrentKey = QStringLiteral("Lessons/current");
const QString kTakenOverKey = QStringLiteral("Lessons/takenOver");
QString stepKey(const QString &id)
{
    return QStringLiteral("Lessons/steps/%1").arg(id);
}

} // namespace

LessonPlayer::LessonPlayer(Stage *stage) : QObject(stage->stageWidget()), m_window(stage)
{
    connect(m_window->parameters(), &widgets::ParameterModel::changed, this, &LessonPlayer::checkTakenOver);
    connect(m_window->stageEvents(), &StageEvents::headChanged, this, &LessonPlayer::checkTakenOver);
    connect(m_window->stageEvents(), &StageEvents::shown, this, [this] {
        if (m_applying && m_window->shownTrace() && m_window->shownConfig() == m_target)
            finish();
        else if (m_restoring && m_window->shownTrace() && m_window->shownConfig() == m_restoring->config)
            finishRestore();
    });
}

LessonPlayer::~LessonPlayer() = default;

void LessonPlayer::open(const Lesson &lesson, int step, bool apply)
{
    if (!m_lesson) { // another lesson replacing this one keeps what was there before both
        m_restoring.reset();
        const widgets::FootprintSettings *footprint = m_window->footprintSettings();
        m_before = Before{m_window->parameters()->values(),
                          m_window->parameters()->config(),
                          m_window->currentViewId(),
                          m_window->selectedHead(),
                          m_window->timeline()->traceStep(),
                          footprint->model(),
                          footprint->modelKey()};
    }
    m_lesson = lesson;
    m_step = std::clamp(step, 0, stepCount() - 1);
    m_applying = false;
    Q_EMIT lessonChanged();
    if (apply) {
        goToStep(m_step);
        return;
    }
    m_target = resolvedTarget(m_lesson->steps[std::size_t(m_step)].request);
    Q_EMIT stepChanged(m_step);
    m_takenOver = false;
    setTakenOver(true);
}

void LessonPlayer::close()
{
    if (!m_lesson)
        return;
    m_lesson.reset();
    m_step = -1;
    m_applying = false;
    m_takenOver = false;
    if (m_remember)
        io::settings().remove(kCurrentKey);
    restoreBefore();
    Q_EMIT lessonChanged();
}

void LessonPlayer::restoreBefore()
{
    if (!m_before)
        return;
    m_restoring = std::move(m_before);
    m_before.reset();
    // The footprint's model as the learner had it (a step shows its own, or none).
    if (const auto &model = m_restoring->footprintModel) {
        const QString &key = m_restoring->footprintKey;
        m_window->showFootprint(*model, io::presetIds().contains(key) ? key : QString(), key);
    } else {
        m_window->clearFootprintModel();
    }
    m_window->parameters()->setValues(m_restoring->request);
    m_restoring->config = m_window->parameters()->config();
    // Unchanged parameters compute nothing: the trace on screen is theirs already.
    if (m_window->shownTrace() && m_window->shownConfig() == m_restoring->config)
        finishRestore();
}

void LessonPlayer::finishRestore()
{
    const Before before = *m_restoring;
    m_restoring.reset();
    widgets::TimelineModel *timeline = m_window->timeline();
    timeline->pause();
    m_window->showView(QStringLiteral("steps")); // brings the timeline up to date
    if (before.timelineStep >= 0)
        timeline->setCurrentTraceStep(before.timelineStep);
    m_window->selectHead(before.head);
    m_window->showView(before.view.isEmpty() ? QStringLiteral("attention") : before.view);
}

void LessonPlayer::goToStep(int step)
{
    if (!m_lesson)
        return;
    m_step = std::clamp(step, 0, stepCount() - 1);
    Q_EMIT stepChanged(m_step);
    apply();
}

void LessonPlayer::next()
{
    if (!isAtLast())
        goToStep(m_step + 1);
}

void LessonPlayer::previous()
{
    if (!isAtFirst())
        goToStep(m_step - 1);
}

void LessonPlayer::first()
{
    goToStep(0);
}

void LessonPlayer::returnToStep()
{
    goToStep(m_step);
}

void LessonPlayer::apply()
{
    const LessonStep &step = m_lesson->steps[std::size_t(m_step)];
    m_target = resolvedTarget(step.request);
    m_applying = true;
    save();
    {
        const QScopedValueRollback<bool> internal(m_internal, true);
        m_window->parameters()->setValues(step.request);
    }
    // Unchanged parameters compute nothing: the trace on screen is the step's already.
    if (m_window->shownTrace() && m_window->shownConfig() == m_target && m_window->parameters()->config() == m_target)
        finish();
}

void LessonPlayer::finish()
{
    const LessonStep &step = m_lesson->steps[std::size_t(m_step)];
    {
        const QScopedValueRollback<bool> internal(m_internal, true);
        widgets::TimelineModel *timeline = m_window->timeline();
        timeline->pause();
        m_window->showView(QStringLiteral("steps")); // brings the timeline up to date
        if (const auto trace = m_window->shownTrace())
            timeline->setCurrentTraceStep(std::max(step.at.resolve(*trace), 0));
        m_window->selectHead(step.head.value_or(0));
        if (step.model.isEmpty())
            m_window->clearFootprintModel();
        else
            m_window->showPresetFootprint(step.model);
        m_window->showView(step.view);
    }
    m_appliedHead = m_window->selectedHead();
    m_applying = false;
    setTakenOver(false);
    Q_EMIT stepApplied();
}

void LessonPlayer::checkTakenOver()
{
    if (!m_lesson || m_internal)
        return;
    const bool parameters = !(m_window->parameters()->config() == m_target);
    if (m_applying) {
        if (!parameters)
            return;         // still waiting for the step's computation
        m_applying = false; // the learner changed the parameters before it arrived
        setTakenOver(true);
        return;
    }
    setTakenOver(parameters || m_window->selectedHead() != m_appliedHead);
}

void LessonPlayer::setTakenOver(bool takenOver)
{
    if (m_takenOver == takenOver)
        return;
    m_takenOver = takenOver;
    save();
    Q_EMIT takenOverChanged(takenOver);
}

void LessonPlayer::save() const
{
    if (!m_remember || !m_lesson)
        return;
    QSettings s = io::settings();
    s.setValue(kCurrentKey, m_lesson->id);
    s.setValue(stepKey(m_lesson->id), m_step);
    s.setValue(kTakenOverKey, m_takenOver);
}

int LessonPlayer::savedStep(const QString &lessonId)
{
    bool ok = false;
    const int step = io::settings().value(stepKey(lessonId)).toInt(&ok);
    return ok && step >= 0 ? step : 0;
}

QString LessonPlayer::savedLesson(bool *takenOver)
{
    const QSettings s = io::settings();
    if (takenOver)
        *takenOver = s.value(kTakenOverKey).toBool();
    return s.value(kCurrentKey).toString();
}

} // namespace attnscope::lessons
