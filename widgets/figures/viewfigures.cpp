// SPDX-License-Identifier: GPL-3.0-or-later
// The figures of the pages (Page::figure): each built from the data its page shows. Kept here,
// apart from the pages, so that a page's file only declares its override.
#include "widgets/figures/figure.h"
#include "widgets/figures/richtext.h"

#include "core/trace/trace.h"
#include "widgets/common/heatmapview.h"
#include "widgets/common/labels.h"
#include "widgets/models/timelinemodel.h"
#include "widgets/models/timingsmodel.h"
#include "widgets/views/attention/attentionpage.h"
#include "widgets/views/compare/compareview.h"
#include "widgets/views/footprint/footprintchart.h"
#include "widgets/views/heads/headdiagram.h"
#include "widgets/views/steps/stepexplainer.h"
#include "widgets/views/steps/stepspage.h"
#include "widgets/views/steps/stepview.h"
#include "widgets/views/timings/timingsview.h"
#include "widgets/views/tradeoff/tradeoffpage.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <qcustomplot.h>

#include <algorithm>

namespace attnscope::widgets {

namespace {

class FigureTexts
{
    Q_DECLARE_TR_FUNCTIONS(attnscope::widgets::Figures)
};

// The input of a trace in a caption: its tokens, quoted, shortened past 12.
QString inputText(const core::Trace &trace)
{
    const auto &labels = trace.queryLabels();
    if (labels.empty())
        return FigureTexts::tr("seeded random vectors");
    QStringList words;
    for (std::size_t i = 0; i < labels.size() && i < 12; ++i)
        words << QString::fromStdString(labels[i]);
    if (labels.size() > 12)
        words << QStringLiteral("…");
    return QStringLiteral("“%1”").arg(words.join(QLatin1Char(' ')));
}

std::shared_ptr<Figure> chartFigure(QWidget *page, const QString &title, const QString &caption)
{
    auto *plot = page->findChild<QCustomPlot *>();
    if (!plot)
        return nullptr;
    auto figure = std::make_shared<Figure>();
    figure->title = namesToRichText(title);
    figure->caption = namesToRichText(caption);
    auto panel = std::make_shared<PaintPanel>();
    panel->painter = [plot](QPainter &painter, const QRectF &rect, const FigureStyle &style) {
        paintPlot(plot, painter, rect, style);
    };
    figure->panels.push_back(panel);
    return figure;
}

} // namespace

std::shared_ptr<Figure> AttentionPage::figure(const FigureOptions &options, QString *why) const
{
    if (!m_trace || !m_heatmap->hasMatrix() || !m_trace->hasTensor("weights")) {
        *why = FigureTexts::tr("The attention view shows no weights for these parameters.");
        return nullptr;
    }
    const core::Config &c = m_config;
    auto figure = std::make_shared<Figure>();
    const QString mechanism = mechanismAcronym(c.mechanism);
    const core::Tensor &weights = m_trace->tensor("weights");
    const int heads = weights.rank() == 3 ? int(weights.matrixCount()) : 1;
    const int head = std::clamp(m_head, 0, heads - 1);
    if (options.allHeads && heads > 1) {
        figure->title =
            FigureTexts::tr("Attention weights of all %1 heads, %2, layer %3").arg(heads).arg(mechanism).arg(c.layer);
        const ColorScale scale{ColorMapKind::Sequential, 0.0, 1.0, FigureTexts::tr("Weight")};
        figure->sharedScale = scale;
        for (int h = 0; h < heads; ++h) {
            auto panel = HeatmapPanel::fromView(*m_heatmap);
            panel->matrix = weights.matrix(h);
            panel->scale = scale;
            panel->drawScale = false;
            panel->showValues = false;
            panel->label = FigureTexts::tr("Head %1").arg(h);
            figure->panels.push_back(panel);
        }
        figure->caption = FigureTexts::tr("%1, layer %2, every query head; input: %3. Rows: query tokens; "
                                          "columns: key tokens.")
                              .arg(mechanismTitle(c.mechanism))
                              .arg(c.layer)
                              .arg(inputText(*m_trace));
        figure->caption = namesToRichText(figure->caption);
        return figure;
    }
    figure->title = namesToRichText(m_heatmap->title());
    figure->panels.push_back(HeatmapPanel::fromView(*m_heatmap));
    figure->caption = FigureTexts::tr("%1, head %2 of %3, layer %4; input: %5.")
                          .arg(mechanismTitle(c.mechanism))
                          .arg(head)
                          .arg(heads)
                          .arg(c.layer)
                          .arg(inputText(*m_trace));
    figure->caption = namesToRichText(figure->caption);
    return figure;
}

std::shared_ptr<Figure> CompareView::figure(const FigureOptions &options, QString *why) const
{
    (void)options;
    if (!m_set || !mapView(0) || !mapView(0)->hasMatrix()) {
        *why = FigureTexts::tr("The compare view has no result yet.");
        return nullptr;
    }
    auto figure = std::make_shared<Figure>();
    figure->title = FigureTexts::tr("Attention weights of query head %1 under four mechanisms").arg(head());
    // One colour scale for the four maps: the widest of their ranges.
    double lower = 0.0;
    double upper = 1.0;
    for (int i = 0; i < mechanismCount(); ++i) {
        if (mapView(i) && mapView(i)->hasMatrix()) {
            lower = std::min(lower, mapView(i)->dataRange().first);
            upper = std::max(upper, mapView(i)->dataRange().second);
        }
    }
    const ColorScale scale{colorMapForRange(lower, upper), lower, upper, FigureTexts::tr("Weight")};
    figure->sharedScale = scale;
    figure->columns = options.style.sizeMm.width() > options.style.sizeMm.height() * 1.6 ? 4 : 2;
    const char letters[] = "abcd";
    for (int i = 0; i < mechanismCount(); ++i) {
        if (!mapView(i) || !mapView(i)->hasMatrix())
            continue;
        auto panel = HeatmapPanel::fromView(*mapView(i));
        panel->scale = scale;
        panel->drawScale = false;
        panel->showValues = false;
        // The letter and the mechanism ("(a) MHA"); its KV heads or latent are in the caption,
        // so that four labels fit above four maps in a column-wide figure.
        panel->label = QStringLiteral("(%1) %2").arg(QString(QLatin1Char(letters[i])), mechanismAcronym(mechanismAt(i)));
        // Small multiples on a grid share their axis titles: the row title on the first column,
        // the column title under the bottom row (in one row, every map keeps both, so that the
        // four are the same size).
        const int cols = figure->columns;
        const int rows = (mechanismCount() + cols - 1) / cols;
        if (rows > 1 && i % cols != 0)
            panel->rowTitle.clear();
        if (i / cols != rows - 1)
            panel->colTitle.clear();
        figure->panels.push_back(panel);
    }
    // In a wide figure, the bars of the KV cache each keeps as a fifth panel, their tick labels
    // with sub- and superscripts (a narrow one has no room for them beside the maps).
    auto *bars = findChild<QCustomPlot *>(QStringLiteral("compareBars"));
    if (bars && figure->columns == 4) {
        auto panel = std::make_shared<PaintPanel>();
        panel->label = QStringLiteral("(e) %1").arg(barTitleText());
        panel->minimumEm = 15.0; // four names side by side under the bars, beside its value axis
        panel->painter = [bars](QPainter &painter, const QRectF &rect, const FigureStyle &style) {
            paintPlot(bars, painter, rect, style);
        };
        figure->panels.push_back(panel);
        figure->columns = 5;
    }
    QStringList differences;
    for (int i = 0; i < mechanismCount(); ++i)
        differences
            << QStringLiteral("(%1) %2: %3").arg(QString(QLatin1Char(letters[i])), titleText(i), differenceText(i));
    QString caption =
        FigureTexts::tr("The same input and seed under MHA, GQA, MQA and MLA. %1.").arg(differences.join(QStringLiteral("; ")));
    if (figure->panels.size() > 4) {
        QStringList formulas;
        for (int i = 0; i < mechanismCount(); ++i)
            formulas << QStringLiteral("%1 %2").arg(mechanismAcronym(mechanismAt(i)), kvFormulaText(i));
        // The formulas the bars' tick labels leave out where they are narrow.
        caption += QStringLiteral(" (e) %1: %2.").arg(barTitleText(), formulas.join(QStringLiteral(", ")));
    }
    figure->caption = namesToRichText(caption);
    return figure;
}

std::shared_ptr<Figure> StepsPage::figure(const FigureOptions &options, QString *why) const
{
    const core::Step *step = m_timeline->step();
    if (!m_timeline->trace() || !step || !m_stepView->heatmap()->hasMatrix()) {
        *why = FigureTexts::tr("The steps view shows no step for these parameters.");
        return nullptr;
    }
    const StepText &text = m_stepView->explanation();
    auto figure = std::make_shared<Figure>();
    figure->title = FigureTexts::tr("Step %1 of %2: %3")
                        .arg(m_timeline->currentStep() + 1)
                        .arg(m_timeline->stepCount())
                        .arg(text.title);
    figure->title = namesToRichText(figure->title);
    auto heatmap = HeatmapPanel::fromView(*m_stepView->heatmap());
    heatmap->label = namesToRichText(m_stepView->heatmap()->title());
    heatmap->minimumShare = 0.45; // the text beside or under it takes at most the rest
    figure->panels.push_back(heatmap);
    auto words = std::make_shared<TextPanel>();
    if (!text.formulaHtml.isEmpty())
        words->blocks.push_back({text.formulaHtml, true});
    if (!text.description.isEmpty())
        words->blocks.push_back({namesToRichText(text.description), false});
    if (!text.shapesHtml.isEmpty())
        words->blocks.push_back({text.shapesHtml, false});
    figure->panels.push_back(words);
    // The text as large as it needs, the heatmap the rest: beside it or above it, whichever
    // draws the heatmap larger with the text at the body size.
    figure->fitPanels = true;
    // Where not even the text's first block fits (a long GRU formula in a column-wide figure),
    // or the text leaves the heatmap too little of a small figure, the heatmap takes the whole
    // figure: the picture is what a figure is for, and an empty place helps no one.
    const QRectF whole(QPointF(), options.style.sizePt());
    const std::vector<QRectF> rects = figure->panelRects(whole, options.style);
    if (rects.size() == 2) {
        const QSizeF room = rects[1].size();
        const bool cramped = heatmap->gridShare(rects[0].size(), whole.size(), options.style) < 0.15;
        if (words->blocks.empty() || cramped
            || words->fittingBlocks(room, words->fittedPt(room, options.style), options.style) == 0)
            figure->panels.pop_back();
    }
    figure->caption = FigureTexts::tr("%1, layer %2; input: %3.")
                          .arg(mechanismTitle(m_timeline->mechanism()))
                          .arg(m_timeline->config().layer)
                          .arg(inputText(*m_timeline->trace()));
    figure->caption = namesToRichText(figure->caption);
    return figure;
}

std::shared_ptr<Figure> HeadDiagram::figure(const FigureOptions &options, QString *why) const
{
    (void)options;
    const bool grouped = isGrouped() && m_config.nHeads <= 64;
    const bool latent = isLatent() && m_config.nHeads >= 1;
    if (!grouped && !latent) {
        *why = FigureTexts::tr("The heads view draws no diagram for these parameters.");
        return nullptr;
    }
    auto figure = std::make_shared<Figure>();
    figure->title =
        FigureTexts::tr("Query heads and the keys and values they read: %1").arg(mechanismAcronym(m_config.mechanism));
    // The diagram writes its caption under itself: the figure adds none.
    auto panel = std::make_shared<PaintPanel>();
    auto *self = const_cast<HeadDiagram *>(this);
    panel->painter = [self, grouped](QPainter &painter, const QRectF &rect, const FigureStyle &style) {
        // The diagram lays itself out in the widget's font; drawn scaled so that this font
        // prints at the figure's body size.
        QFont font = self->font();
        const double widgetPt = font.pointSizeF() > 0 ? font.pointSizeF() : 9.0;
        font.setPointSizeF(widgetPt);
        const double scale = style.bodyPt() / widgetPt;
        painter.save();
        painter.translate(rect.topLeft());
        painter.scale(scale, scale);
        painter.setFont(font);
        const QRectF area(QPointF(), rect.size() / scale);
        if (grouped)
            self->paintGrouped(painter, area);
        else
            self->paintLatent(painter, area);
        painter.restore();
    };
    figure->panels.push_back(panel);
    return figure;
}

std::shared_ptr<Figure> FootprintChart::figure(const FigureOptions &options, QString *why) const
{
    (void)options;
    auto figure = chartFigure(const_cast<FootprintChart *>(this), FigureTexts::tr("KV-cache footprint"),
                              QStringList{statusText(), fillText(), problemText()}
                                  .filter(QRegularExpression(QStringLiteral("\\S")))
                                  .join(QLatin1Char(' ')));
    if (!figure)
        *why = FigureTexts::tr("The footprint view has no chart to export.");
    return figure;
}

std::shared_ptr<Figure> TradeoffPage::figure(const FigureOptions &options, QString *why) const
{
    (void)options;
    if (!errorText().isEmpty() || pointCount() == 0) {
        *why =
            errorText().isEmpty() ? FigureTexts::tr("The trade-off view has no measured models to plot.") : errorText();
        return nullptr;
    }
    auto figure =
        chartFigure(const_cast<TradeoffPage *>(this), FigureTexts::tr("Quality against KV-cache size"), readingText());
    if (!figure)
        *why = FigureTexts::tr("The trade-off view has no chart to export.");
    return figure;
}

std::shared_ptr<Figure> TimingsView::figure(const FigureOptions &options, QString *why) const
{
    (void)options;
    bool any = false;
    for (int g = 0; g < graphCount(); ++g)
        any = any || pointCount(g) > 0;
    if (!any) {
        *why = FigureTexts::tr(
            "The timings view has no sweep yet; run one in the Timings dock before exporting its chart.");
        return nullptr;
    }
    auto figure = chartFigure(const_cast<TimingsView *>(this), FigureTexts::tr("Decode attention time against context"),
                              captionText());
    if (!figure)
        *why = FigureTexts::tr("The timings view has no chart to export.");
    return figure;
}

} // namespace attnscope::widgets
