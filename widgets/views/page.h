// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/footprint/model.h"
#include "core/params/config.h"
#include "core/trace/trace.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

class QWidget;

namespace attnscope::widgets {

struct Figure;
struct FigureOptions;
class FootprintSettings;
class ParameterModel;
class TimelineModel;
class TimingsModel;

// What the window gives the pages it makes: the models they observe (owned by the window).
struct PageContext
{
    ParameterModel *parameters = nullptr;
    TimelineModel *timeline = nullptr;
    TimingsModel *timings = nullptr;
    FootprintSettings *footprint = nullptr;
};

// One page of the window: a tab of the central area or a dock (widgets/views/pages.h lists
// them). The window sends each new trace to the page in front at once; a page behind others
// falls behind and is sent the trace when it comes to the front, so that a slider drag only
// redraws what is visible.
class Page
{
public:
    virtual ~Page() = default;

    [[nodiscard]] virtual QWidget *widget() = 0;
    // Shows a computed trace and its configuration.
    virtual void showTrace(const std::shared_ptr<const core::Trace> &trace, const core::Config &config) = 0;
    // The model preset or imported config.json the window shows (std::nullopt: the current
    // shape); it takes effect with the next showTrace(). True when the page shows it.
    virtual bool setModel(const std::optional<core::ModelShape> &model)
    {
        (void)model;
        return false;
    }
    // The head the window's "Head shown" control selects, for the pages that show one head
    // (showsHead()); it takes effect with the next showTrace(), which the window sends at once.
    [[nodiscard]] virtual bool showsHead() const { return false; }
    virtual void selectHead(int head) { (void)head; }
    // The numbers the page shows, as CSV (empty when it shows none).
    [[nodiscard]] virtual QByteArray csv() const { return {}; }
    // True while the page is still computing what it shows.
    [[nodiscard]] virtual bool isBusy() const { return false; }
    // Jumps every running animation to its end, so that a picture of the page is deterministic.
    virtual void finishAnimations() {}
    // The page as a figure for exports (widgets/figures/): built from the data the page shows,
    // never a picture of its widgets. nullptr with *why, one sentence, when there is nothing to
    // draw now; nullptr with *why left empty when the page makes no figure at all.
    [[nodiscard]] virtual std::shared_ptr<Figure> figure(const FigureOptions &options, QString *why) const
    {
        (void)options;
        (void)why;
        return nullptr;
    }
};

} // namespace attnscope::widgets
