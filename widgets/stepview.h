// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace/tensor.h"
#include "widgets/stepexplainer.h"

#include <QPointer>
#include <QString>
#include <QWidget>

class QSplitter;
class QTextBrowser;

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
    // The matrix shown, NaN where a value is not computed yet at this step.
    [[nodiscard]] const core::Matrix &shownMatrix() const { return m_matrix; }
    // The explanation shown beside it; empty when no step is shown.
    [[nodiscard]] const StepText &explanation() const { return m_explanation; }
    [[nodiscard]] HeatmapView *heatmap() const { return m_heatmap; }

    [[nodiscard]] QSize sizeHint() const override;

public Q_SLOTS:
    // Shows the model's current step again (the model's signals call it).
    void refresh();

private:
    void showNothing();

    QPointer<TimelineModel> m_model;
    QSplitter *m_splitter = nullptr;
    HeatmapView *m_heatmap = nullptr;
    QTextBrowser *m_text = nullptr;
    QString m_tensorName;
    core::Matrix m_matrix;
    StepText m_explanation;
};

} // namespace attnscope::widgets
