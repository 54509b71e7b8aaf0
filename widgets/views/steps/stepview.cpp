// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/views/steps/stepview.h"

#include "core/trace/trace.h"
#include "widgets/common/heatmapview.h"
#include "widgets/common/labels.h"
#include "widgets/models/timelinemodel.h"

#include <QEvent>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>
#include <limits>

namespace attnscope::widgets {

namespace {

// Labels and titles of a matrix's axes, named after what its rows and columns are.
struct Axes
{
    QStringList rows;
    QStringList cols;
    QString rowTitle;
    QString colTitle;
};

// Position labels: the trace's tokens when it ran on real text, else numbered.
Axes axesFor(const core::Trace &trace, const std::string &name, std::int64_t rows, std::int64_t cols,
             core::Mechanism mechanism, bool cross)
{
    const std::vector<std::string> none;
    const auto &queries = trace.queryLabels();
    const auto &keys = trace.keyLabels();
    auto numbered = [&](const QString &prefix, std::int64_t count, std::int64_t first = 0) {
        return positionLabels(none, prefix, count, first);
    };
    Axes a;
    a.cols = numbered(QString(), cols);
    a.colTitle = StepView::tr("Dimension");
    if (mechanism == core::Mechanism::Bahdanau) {
        // As in the paper (and the main window): words counted from 1, x source, y target.
        if (name == "scores" || name == "weights") {
            a.rows = positionLabels(queries, QStringLiteral("y"), rows, 1);
            a.rowTitle = StepView::tr("Target word yᵢ");
            a.cols = positionLabels(keys, QStringLiteral("x"), cols, 1);
            a.colTitle = StepView::tr("Source word xⱼ");
        } else if (name == "Y_emb") {
            a.rows = numbered(QStringLiteral("y"), rows);
            a.rowTitle = StepView::tr("Previous target word yᵢ₋₁");
        } else if (name == "S_prev") {
            a.rows = numbered(QStringLiteral("s"), rows);
            a.rowTitle = StepView::tr("Previous decoder state sᵢ₋₁");
        } else if (name == "S") {
            a.rows = numbered(QStringLiteral("s"), rows, 1);
            a.rowTitle = StepView::tr("Decoder state sᵢ");
        } else if (name == "context") {
            a.rows = numbered(QStringLiteral("c"), rows, 1);
            a.rowTitle = StepView::tr("Context vector cᵢ");
        } else {
            a.rows = positionLabels(keys, QStringLiteral("x"), rows, 1);
            a.rowTitle = StepView::tr("Source word xⱼ");
        }
        return a;
    }
    const QString keyPrefix = cross ? QStringLiteral("s") : QStringLiteral("t");
    if (name == "scores" || name == "weights" || name == "mask") {
        a.rows = positionLabels(queries, QStringLiteral("t"), rows);
        a.rowTitle = StepView::tr("Query token i");
        a.cols = positionLabels(keys, keyPrefix, cols);
        a.colTitle = cross ? StepView::tr("Source token j") : StepView::tr("Key token j");
    } else if (cross && (name == "K" || name == "V" || name == "X_enc")) {
        a.rows = positionLabels(keys, QStringLiteral("s"), rows);
        a.rowTitle = StepView::tr("Source token");
    } else {
        a.rows = positionLabels(queries, QStringLiteral("t"), rows);
        a.rowTitle = StepView::tr("Token");
        if (name == "c_KV" || name == "q_lat" || name == "o_lat")
            a.colTitle = StepView::tr("Latent dimension");
    }
    return a;
}

// Largest magnitude of the finite values of a tensor; 1 when there is none.
double maxMagnitude(const core::Tensor &tensor)
{
    double m = 0.0;
    for (const float v : tensor.data)
        if (std::isfinite(v))
            m = std::max(m, double(std::abs(v)));
    return m > 0.0 ? m : 1.0;
}

constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();
// The longest an animation of one step takes, however slow the timeline plays.
constexpr int kMaxAnimationMs = 1500;
constexpr int kMinAnimationMs = 100;
} // namespace

StepView::StepView(QWidget *parent) : StepView(nullptr, parent) {}

StepView::StepView(TimelineModel *model, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter);

    m_heatmap = new HeatmapView(m_splitter);
    m_text = new QTextBrowser(m_splitter);
    m_text->setOpenLinks(false);
    m_text->setMinimumWidth(200); // beside the parameters and a dock on a 1280 px screen (issue 15)
    m_texts.add([this] {
        m_heatmap->setToolTip(tr("The tensor this step produces; hover a cell for its value."));
        m_text->setToolTip(tr("What this step computes, its formula and the shapes involved."));
    });
    m_splitter->addWidget(m_heatmap);
    m_splitter->addWidget(m_text);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // Formulas need room: the pane starts at two fifths of the width.
    m_splitter->setSizes({600, 400});

    m_animation = new QVariantAnimation(this);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setEasingCurve(QEasingCurve::Linear);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        if (isAnimating() && m_animation->state() == QAbstractAnimation::Running)
            drawFrame(value.toDouble());
    });
    connect(m_animation, &QVariantAnimation::finished, this, &StepView::finishAnimation);

    setModel(model);
}

StepView::~StepView() = default;

void StepView::setModel(TimelineModel *model)
{
    if (m_model == model) {
        refresh();
        return;
    }
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (m_model) {
        connect(m_model, &TimelineModel::traceChanged, this, &StepView::refresh);
        connect(m_model, &TimelineModel::currentStepChanged, this, &StepView::currentStepChanged);
    }
    refresh();
}

QSize StepView::sizeHint() const
{
    return {900, 480};
}

void StepView::setAnimationsEnabled(bool enabled)
{
    m_animationsEnabled = enabled;
    if (!enabled)
        finishAnimation();
}

void StepView::setAnimationProgress(double progress)
{
    if (m_reveal == Reveal::None)
        return;
    m_animation->stop();
    drawFrame(progress);
}

void StepView::finishAnimation()
{
    m_animation->stop();
    drawFrame(1.0);
}

void StepView::hideEvent(QHideEvent *event)
{
    // Nobody watches a hidden view (a tab in the background): show the end at once.
    finishAnimation();
    QWidget::hideEvent(event);
}

void StepView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        refresh(); // the explanation, the title and the axes of the step shown
    }
    QWidget::changeEvent(event);
}

void StepView::currentStepChanged(int index)
{
    // Only a step forward by one animates (by hand or playing); jumps and scrubbing don't.
    const bool animate = m_animationsEnabled && isVisible() && m_lastIndex >= 0 && index == m_lastIndex + 1;
    showStep(animate);
}

void StepView::drawFrame(double progress)
{
    m_progress = m_reveal == Reveal::None ? 1.0 : std::clamp(progress, 0.0, 1.0);
    const Eigen::Index units = m_progress >= 1.0
        ? m_unitCount
        : std::min(m_unitCount, Eigen::Index(std::floor(m_progress * double(m_unitCount))));
    if (units == m_drawnUnits || m_matrix.size() == 0)
        return;
    m_drawnUnits = units;
    if (units >= m_unitCount) {
        m_heatmap->clearHighlight();
        m_heatmap->updateValues(m_matrix);
        return;
    }
    // The first `units` units as computed, the rest blank; the last one computed highlighted.
    core::Matrix frame = m_matrix;
    const Eigen::Index last = units - 1;
    HeatmapView::Highlight h;
    switch (m_reveal) {
    case Reveal::Cells: {
        const Eigen::Index cols = frame.cols();
        for (Eigen::Index i = m_firstUnit + units; i < m_firstUnit + m_unitCount; ++i)
            frame(i / cols, i % cols) = kNaN;
        if (units > 0) {
            h.row = int((m_firstUnit + last) / cols);
            h.col = int((m_firstUnit + last) % cols);
        }
        break;
    }
    case Reveal::Rows:
        frame.bottomRows(frame.rows() - units).setConstant(kNaN);
        h.row = int(last);
        break;
    case Reveal::ColumnBlocks:
        frame.rightCols(frame.cols() - units * m_blockCols).setConstant(kNaN);
        if (units > 0) {
            h.col = int(last * m_blockCols);
            h.colSpan = int(m_blockCols);
        }
        break;
    case Reveal::None: break;
    }
    // The highlight first: updateValues() redraws at once, highlight included.
    m_heatmap->setHighlight(h.row, h.col, h.rowSpan, h.colSpan);
    m_heatmap->updateValues(frame);
}

void StepView::showNothing()
{
    m_tensorName.clear();
    m_matrix = core::Matrix();
    m_explanation = StepText();
    m_heatmap->clear(tr("Nothing computed yet: choose a mechanism and its sizes."));
    m_text->clear();
}

void StepView::refresh()
{
    showStep(false);
}

void StepView::showStep(bool animate)
{
    // A new step finishes the one animating: stop it, this draws a new picture anyway.
    m_animation->stop();
    m_progress = 1.0;
    m_reveal = Reveal::None;
    m_firstUnit = 0;
    m_unitCount = 0;
    m_blockCols = 1;
    m_drawnUnits = 0;
    m_lastIndex = m_model ? m_model->currentStep() : -1;
    const core::Step *step = m_model ? m_model->step() : nullptr;
    if (!step || !m_model->trace()->hasTensor(step->output)) {
        showNothing();
        return;
    }
    const core::Trace &trace = *m_model->trace();
    const core::Config &config = m_model->config();
    const core::Tensor &tensor = trace.tensor(step->output);
    m_tensorName = QString::fromStdString(step->output);
    m_explanation = explainStep(trace, *step, config.mechanism, &config);

    QString part;
    const int folded = m_model->foldedHeads();
    if (folded > 1) // the same step for every head: the heads side by side, one colour scale
        m_explanation.title = tr("%1, all %2 heads side by side").arg(m_explanation.title).arg(folded);
    if (tensor.rank() == 3 && step->head >= 0 && step->head < tensor.shape[0] && folded <= 1) {
        m_matrix = tensor.matrix(step->head);
        part = tr(", head %1 of %2").arg(step->head).arg(tensor.shape[0]);
    } else if (tensor.rank() == 3) {
        // Not one head's step: all heads side by side, as they are concatenated.
        const std::int64_t rows = tensor.shape[1];
        const std::int64_t cols = tensor.shape[2];
        m_matrix.resize(rows, tensor.shape[0] * cols);
        for (std::int64_t h = 0; h < tensor.shape[0]; ++h)
            m_matrix.middleCols(h * cols, cols) = tensor.matrix(h);
        part = tr(", heads 0–%1 side by side").arg(tensor.shape[0] - 1);
    } else {
        m_matrix = tensor.matrix(0);
    }
    if (step->row >= 0 && step->row < m_matrix.rows()) {
        // Rows after this step's one are not computed yet.
        const Eigen::Index later = m_matrix.rows() - step->row - 1;
        m_matrix.bottomRows(later).setConstant(std::numeric_limits<float>::quiet_NaN());
        part = tr(", rows 1–%1 of %2 computed").arg(step->row + 1).arg(m_matrix.rows());
    }

    const bool weights = step->output == "weights" || step->output == "mask";
    if (weights) {
        m_heatmap->setDataRange(0.0, 1.0);
        m_heatmap->setColorScaleLabel(step->output == "mask" ? tr("Kept (1) / removed (0)") : tr("Weight"));
    } else {
        const double m = maxMagnitude(tensor);
        m_heatmap->setDataRange(-m, m);
        m_heatmap->setColorScaleLabel(tr("Value"));
    }
    // How an animation of this step reveals its picture.
    switch (step->kind) {
    case core::StepKind::Scores:
    case core::StepKind::AlignmentScores:
    case core::StepKind::Mask:
        m_reveal = Reveal::Cells;
        if (step->row >= 0 && step->row < m_matrix.rows()) {
            m_firstUnit = step->row * m_matrix.cols();
            m_unitCount = m_matrix.cols();
        } else {
            m_unitCount = m_matrix.size();
        }
        break;
    case core::StepKind::Softmax:
    case core::StepKind::WeightedSum:
    case core::StepKind::OutputProjection:
        // A decoder step computes one row: nothing to reveal row by row.
        if (step->row < 0) {
            m_reveal = Reveal::Rows;
            m_unitCount = m_matrix.rows();
        }
        break;
    case core::StepKind::ConcatHeads:
        if (trace.hasTensor("head_outputs")) {
            const core::Tensor &heads = trace.tensor("head_outputs");
            const std::int64_t count = heads.rank() == 3 ? heads.shape[0] : 0;
            if (count > 0 && m_matrix.cols() % count == 0) {
                m_reveal = Reveal::ColumnBlocks;
                m_unitCount = count;
                m_blockCols = m_matrix.cols() / count;
            }
        }
        break;
    default: break;
    }
    if (m_unitCount < 2) {
        m_reveal = Reveal::None;
        m_unitCount = 0;
    }
    m_drawnUnits = m_unitCount;
    animate = animate && m_reveal != Reveal::None;

    Axes axes =
        axesFor(trace, step->output, m_matrix.rows(), m_matrix.cols(), config.mechanism, trace.hasTensor("X_enc"));
    if (tensor.rank() == 3 && m_matrix.cols() == tensor.shape[0] * tensor.shape[2] && tensor.shape[0] > 1) {
        // Heads side by side: each head's columns labelled as its own, its first one named.
        const Axes one =
            axesFor(trace, step->output, m_matrix.rows(), tensor.shape[2], config.mechanism, trace.hasTensor("X_enc"));
        axes.cols.clear();
        for (std::int64_t h = 0; h < tensor.shape[0]; ++h)
            for (qsizetype j = 0; j < one.cols.size(); ++j)
                axes.cols << (j == 0 ? tr("h%1: %2").arg(h).arg(one.cols.at(j)) : one.cols.at(j));
    }
    const QString title = tr("%1 %2%3").arg(m_tensorName, shapeText(tensor), part);
    m_heatmap->setMatrix(m_matrix, axes.rows, axes.cols, title, axes.rowTitle, axes.colTitle);
    if (animate) {
        m_animation->setDuration(std::clamp(m_model->interval(), kMinAnimationMs, kMaxAnimationMs));
        drawFrame(0.0);
        m_animation->start();
    }

    const StepText &t = m_explanation;
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(t.title.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(t.description.toHtmlEscaped());
    html += QStringLiteral("<p style=\"font-family:serif; font-size:large; line-height:130%; "
                           "margin-top:12px; margin-bottom:12px; margin-left:12px;\">%1</p>")
                .arg(t.formulaHtml);
    html += QStringLiteral("<p>%1</p>").arg(t.shapesHtml);
    m_text->setHtml(html);
}

} // namespace attnscope::widgets
