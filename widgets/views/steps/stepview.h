// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace/tensor.h"
#include "widgets/common/retranslator.h"
#include "widgets/views/steps/stepexplainer.h"

#include <QPointer>
#include <QString>
#include <QWidget>

class QSplitter;
class QTextBrowser;
class QVariantAnimation;

namespace attnscope::widgets {

class HeatmapView;
class TimelineModel;

// The current step of a TimelineModel: the tensor the step produced as a heatmap, and beside
// it what the step computes (title, description, formula, shapes).
//
// What the heatmap shows of the step's output tensor:
//  - a per-head step of a [heads, rows, cols] tensor: that head's matrix;
//  - a per-row step (the Bahdanau decoder): the rows computed so far, the later rows blank
//    (NaN), so that playing the decoder fills the alignment matrix row by row;
//  - anything else: the whole tensor (a vector as one row).
// Attention weights and the causal mask use the fixed colour range [0, 1], so that heads
// and mechanisms compare by colour; other tensors a range symmetric about 0, fitted to the
// whole tensor so that colours stay put while heads and rows change.
//
// Stepping forward by one (by hand or playing) animates how the step computes its picture,
// over one step interval of the timeline (at most 1.5 s), in units revealed in order:
//  - scores, alignment scores, mask: cell by cell, row-major, the cell's query row and key
//    column highlighted (a decoder step: the cells of its row);
//  - softmax, weighted sum, output projection: row by row (row-wise normalisation, one
//    output row per query), the row highlighted;
//  - concatenating heads: head block by head block, the block's columns highlighted.
// At progress p, the first floor(p * units) units are shown, the others blank (NaN), and
// the last unit shown is highlighted; at p = 1 the picture is the step's full one, without
// highlight. Other steps, jumps, new traces and a hidden view show the full picture at once.
class StepView : public QWidget
{
    Q_OBJECT

public:
    explicit StepView(QWidget *parent = nullptr);
    explicit StepView(TimelineModel *model, QWidget *parent = nullptr);
    ~StepView() override;

    void setModel(TimelineModel *model);
    [[nodiscard]] TimelineModel *model() const { return m_model; }

    // The name of the tensor shown (the step's output); empty when no step is shown.
    [[nodiscard]] QString shownTensorName() const { return m_tensorName; }
    // The step's picture, NaN where a value is not computed yet at this step: what an
    // animation ends on (and what an export shows), whatever frame is drawn now.
    // heatmap()->matrix() is the frame drawn now.
    [[nodiscard]] const core::Matrix &shownMatrix() const { return m_matrix; }
    // The explanation shown beside it; empty when no step is shown.
    [[nodiscard]] const StepText &explanation() const { return m_explanation; }
    [[nodiscard]] HeatmapView *heatmap() const { return m_heatmap; }

    // Whether stepping forward animates the step (default true; tests and exports turn it
    // off). Turning it off finishes a running animation.
    void setAnimationsEnabled(bool enabled);
    [[nodiscard]] bool animationsEnabled() const { return m_animationsEnabled; }
    // Whether a partial frame is drawn (an animation running, or a progress below 1 set).
    [[nodiscard]] bool isAnimating() const { return m_progress < 1.0; }
    // 1 when the full picture is drawn.
    [[nodiscard]] double animationProgress() const { return m_progress; }
    // Draws the current step's frame at `progress` (clamped to [0, 1]) and stops the running
    // animation there, so that tests see a given frame; 1 finishes. Does nothing for a step
    // that does not animate.
    void setAnimationProgress(double progress);
    // Stops the animation and draws the full picture.
    void finishAnimation();

    [[nodiscard]] QSize sizeHint() const override;

public Q_SLOTS:
    // Shows the model's current step again (the model's signals call it), without animation.
    void refresh();

protected:
    void hideEvent(QHideEvent *event) override;
    // QEvent::LanguageChange: the tooltips, and the step shown explained again.
    void changeEvent(QEvent *event) override;

private:
    // How an animation reveals the step's picture.
    enum class Reveal {
        None,
        Cells,        // cells m_firstUnit .. m_firstUnit + m_unitCount - 1, row-major
        Rows,         // rows 0 .. m_unitCount - 1
        ColumnBlocks, // blocks of m_blockCols columns
    };

    void currentStepChanged(int index);
    void showStep(bool animate);
    void showNothing();
    void drawFrame(double progress);

    QPointer<TimelineModel> m_model;
    QSplitter *m_splitter = nullptr;
    HeatmapView *m_heatmap = nullptr;
    QTextBrowser *m_text = nullptr;
    QVariantAnimation *m_animation = nullptr;
    QString m_tensorName;
    core::Matrix m_matrix;
    StepText m_explanation;
    bool m_animationsEnabled = true;
    int m_lastIndex = -1;
    Reveal m_reveal = Reveal::None;
    Eigen::Index m_firstUnit = 0;
    Eigen::Index m_unitCount = 0;
    Eigen::Index m_blockCols = 1;
    double m_progress = 1.0;
    Eigen::Index m_drawnUnits = -1;
    Retranslator m_texts;
};

} // namespace attnscope::widgets
