// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"
#include "core/trace/trace.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace attnscope::core {
struct ModelShape;
} // namespace attnscope::core

namespace attnscope::widgets {
class FootprintSettings;
class ParameterModel;
class TimelineModel;
} // namespace attnscope::widgets

namespace attnscope::lessons {

// What a Stage tells the lessons that play on it.
class StageEvents : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    // The views show a newly computed trace (shownTrace()).
    void shown();
    // The learner (or a lesson) chose another head.
    void headChanged(int head);
};

// What a lesson drives: the window, or an offscreen copy of it for a handout. It owns this
// interface so that nothing in lessons/ includes the window: app::MainWindow implements it.
// A step sets the parameters, waits for shown(), then sets the computation step, the head,
// the model and the view.
class Stage
{
public:
    virtual ~Stage() = default;

    // The top-level widget (the parent of the lesson's dock, menu and dialogs).
    [[nodiscard]] virtual QWidget *stageWidget() = 0;
    [[nodiscard]] virtual StageEvents *stageEvents() = 0;

    // The parameters the window computes, and the step of the computation it shows.
    [[nodiscard]] virtual widgets::ParameterModel *parameters() const = 0;
    [[nodiscard]] virtual widgets::TimelineModel *timeline() const = 0;
    // The trace on screen and its configuration (nullptr / default before the first).
    [[nodiscard]] virtual std::shared_ptr<const core::Trace> shownTrace() const = 0;
    [[nodiscard]] virtual const core::Config &shownConfig() const = 0;

    // The views by id (viewIds()); false / nullptr for an unknown id.
    [[nodiscard]] virtual QStringList stageViewIds() const = 0;
    virtual bool showView(const QString &id) = 0;
    // The view in front (an id of stageViewIds()).
    [[nodiscard]] virtual QString currentViewId() const = 0;
    [[nodiscard]] virtual QWidget *viewWidget(const QString &id) const = 0;
    virtual void selectHead(int head) = 0;
    [[nodiscard]] virtual int selectedHead() const = 0;
    // A model preset's KV-cache footprint (false for an unknown id), or none.
    virtual bool showPresetFootprint(const QString &id) = 0;
    virtual void clearFootprintModel() = 0;
    // What the footprint dock edits and the footprint chart draws: the model shown (its key among
    // the settings' entries), the overlays, the compared model, the request and the plan.
    [[nodiscard]] virtual widgets::FootprintSettings *footprintSettings() const = 0;
    // Shows a model of those entries (a preset: `presetId` is its id; an imported config: `key`
    // is its path) as showPresetFootprint() does.
    virtual void showFootprint(const core::ModelShape &model, const QString &presetId, const QString &key) = 0;

    // True while anything the views show is still being computed.
    [[nodiscard]] virtual bool isBusy() const = 0;
    // Jumps every running animation to its end, so a picture is deterministic.
    virtual void finishAnimations() = 0;
};

// A fresh stage for offscreen rendering (a lesson's handout): made by the application, which
// knows the window; lessons/ only calls it.
using StageFactory = std::function<std::unique_ptr<Stage>()>;

// Runs the event loop until `done` holds or `timeoutMs` passed (offscreen renderings wait so
// for a stage to show what they asked for); returns done().
bool waitForStage(const std::function<bool()> &done, int timeoutMs);

} // namespace attnscope::lessons
