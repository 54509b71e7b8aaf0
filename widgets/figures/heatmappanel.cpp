// SPDX-License-Identifier: GPL-3.0-or-later
// Heatmap panels and colour scales of figures (figure.h): cells as rectangles, labels and
// titles that wrap rather than shorten, a colour scale whose label runs along its bar.
#include "widgets/figures/figure.h"

#include "widgets/common/heatmapview.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace attnscope::widgets {

namespace {

const QColor kInk(0x20, 0x20, 0x20);
const QColor kMuted(0x55, 0x55, 0x55);

QString tickText(double value)
{
    if (std::abs(value) < 1e-12)
        return QStringLiteral("0");
    return QString::number(value, 'g', 3);
}

// Every how many labels one is drawn so that they do not overlap.
int labelStep(double cellSize, double labelSize)
{
    if (cellSize <= 0.0)
        return 1;
    int step = 1;
    while (step * cellSize < labelSize && step < 1000000)
        step = step < 2 ? 2 : step < 5 ? 5 : step * 2;
    return step;
}

} // namespace

namespace {

// The colour scale's parts at a height: the bar's top and height, the label's lines.
struct ScaleLayout
{
    double barTop = 0.0;
    double barHeight = 0.0;
    double tickWidth = 0.0;
    QStringList title;
};

ScaleLayout scaleLayout(const ColorScale &scale, const QFontMetricsF &small, double height)
{
    ScaleLayout l;
    l.barTop = small.height() / 2;
    l.barHeight = std::max(0.0, height - small.height());
    l.tickWidth = std::max({small.horizontalAdvance(tickText(scale.lower)), small.horizontalAdvance(tickText(scale.upper)),
                            small.horizontalAdvance(tickText((scale.lower + scale.upper) / 2)),
                            small.horizontalAdvance(QStringLiteral("0"))});
    // The label runs along the whole height, on more lines where it is longer.
    l.title = wrapText(colorScaleTitle(scale.label, scale.kind), small, std::max(height, small.height()));
    return l;
}

} // namespace

double colorScaleWidth(const ColorScale &scale, const FigureStyle &style, double height)
{
    const QFontMetricsF small(figureFont(style.smallPt()), figureMetricsDevice());
    const ScaleLayout l = scaleLayout(scale, small, height);
    return style.bodyPt() * 0.9 + 3.0 + l.tickWidth + 4.0 + double(l.title.size()) * small.height() + 2.0;
}

void paintColorScale(QPainter &painter, const QRectF &rect, const ColorScale &scale, const FigureStyle &style)
{
    const QFont smallFont = figureFont(style.smallPt());
    const QFontMetricsF small(smallFont, figureMetricsDevice());
    const double barWidth = style.bodyPt() * 0.9;
    const ScaleLayout l = scaleLayout(scale, small, rect.height());
    const QRectF bar(rect.left(), rect.top() + l.barTop, barWidth, l.barHeight);
    // The bar: one rectangle per step, so that vector formats keep it sharp.
    constexpr int kSteps = 64;
    painter.save();
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < kSteps; ++i) {
        const double t = (i + 0.5) / kSteps;
        const double value = scale.lower + t * (scale.upper - scale.lower);
        painter.setBrush(colorForValue(scale.kind, value, scale.lower, scale.upper));
        const double y0 = bar.bottom() - bar.height() * (i + 1) / kSteps;
        painter.drawRect(QRectF(bar.left(), y0, bar.width(), bar.height() / kSteps + 0.05));
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(kInk, 0.5));
    painter.drawRect(bar);
    // Ticks: the ends, and 0 on a diverging map (its neutral middle).
    std::vector<double> ticks{scale.lower, scale.upper};
    if ((scale.kind == ColorMapKind::Diverging || (scale.lower < 0 && scale.upper > 0))
        && bar.height() > 3 * small.height())
        ticks.push_back(0.0);
    else if (bar.height() > 4 * small.height())
        ticks.push_back((scale.lower + scale.upper) / 2);
    painter.setFont(smallFont);
    for (double v : ticks) {
        const double t = scale.upper > scale.lower ? (v - scale.lower) / (scale.upper - scale.lower) : 0.5;
        const double y = bar.bottom() - t * bar.height();
        painter.drawLine(QPointF(bar.right(), y), QPointF(bar.right() + 2.0, y));
        painter.drawText(QPointF(bar.right() + 3.0, y + small.ascent() / 2 - small.descent() / 2), tickText(v));
    }
    // The label, upwards along the bar, naming the map: whole, on as many lines as it takes.
    const double labelLeft = bar.right() + 3.0 + l.tickWidth + 4.0;
    painter.translate(labelLeft, rect.center().y());
    painter.rotate(-90);
    for (qsizetype i = 0; i < l.title.size(); ++i) {
        const QString &line = l.title.at(i);
        painter.drawText(QPointF(-small.horizontalAdvance(line) / 2, double(i) * small.height() + small.ascent()),
                         line);
    }
    painter.restore();
}

namespace {

QString labelAt(const QStringList &labels, int i)
{
    return i < labels.size() ? labels.at(i) : QString::number(i);
}

// Where the parts of a heatmap panel go in a rectangle.
struct HeatmapGeometry
{
    QRectF grid; // empty: nothing fits
    double cw = 0.0;
    double ch = 0.0;
    bool upright = false; // column labels written upwards
    double rowLabelWidth = 0.0;
    double colLabelWidth = 0.0;
    QStringList rowTitle; // lines, each along the grid's height
    QStringList colTitle;
    QRectF scale; // the colour scale's rectangle, when it has one
};

constexpr double kGap = 3.0;

// squareOnly: cells never wider or taller than each other (the most room they use); else the
// cells fill the area, neither side more than three times the other.
HeatmapGeometry heatmapGeometry(const HeatmapPanel &panel, const QRectF &rect, const FigureStyle &style,
                                bool squareOnly = false)
{
    HeatmapGeometry g;
    const int rows = int(panel.matrix.rows());
    const int cols = int(panel.matrix.cols());
    if (rows == 0 || cols == 0 || rect.width() <= 0 || rect.height() <= 0)
        return g;
    const QFontMetricsF fm(figureFont(style.smallPt()), figureMetricsDevice());
    for (int i = 0; i < rows; ++i)
        g.rowLabelWidth = std::max(g.rowLabelWidth, fm.horizontalAdvance(labelAt(panel.rowLabels, i)));
    for (int j = 0; j < cols; ++j)
        g.colLabelWidth = std::max(g.colLabelWidth, fm.horizontalAdvance(labelAt(panel.colLabels, j)));
    // The axis titles whole, on more lines where they are longer than the panel.
    if (!panel.rowTitle.isEmpty())
        g.rowTitle = wrapText(panel.rowTitle, fm, rect.height());
    const double scaleGuess = panel.drawScale ? colorScaleWidth(panel.scale, style, rect.height()) + 2 * kGap : 0.0;
    if (!panel.colTitle.isEmpty())
        g.colTitle = wrapText(panel.colTitle, fm, std::max(fm.height(), rect.width() - scaleGuess));
    const double rowTitleRoom = g.rowTitle.isEmpty() ? 0.0 : double(g.rowTitle.size()) * fm.height() + kGap;
    const double colTitleRoom = g.colTitle.isEmpty() ? 0.0 : double(g.colTitle.size()) * fm.height() + kGap;
    const double left = rect.left() + rowTitleRoom + g.rowLabelWidth + kGap;
    // The colour scale's width depends on its height (its label wraps), its height on the grid's.
    double scaleHeight = rect.height();
    double scaleRoom = 0.0;
    for (int pass = 0; pass < 3; ++pass) {
        if (panel.drawScale)
            scaleRoom = std::max(scaleRoom, colorScaleWidth(panel.scale, style, scaleHeight) + 2 * kGap);
        const double availableWidth = rect.right() - scaleRoom - left;
        // Column labels upright when they do not fit side by side, even every fifth of them
        // (upright ones take height a small figure does not have).
        g.upright = labelStep(availableWidth / cols, g.colLabelWidth + kGap) > 5;
        const double bottomRoom = (g.upright ? g.colLabelWidth : fm.height()) + kGap + colTitleRoom;
        const double availableHeight = rect.height() - bottomRoom - fm.height() / 2;
        if (availableWidth <= 0 || availableHeight <= 0)
            return HeatmapGeometry{};
        g.cw = availableWidth / cols;
        g.ch = availableHeight / rows;
        const double ratio = squareOnly ? 1.0 : 3.0;
        g.cw = std::min(g.cw, ratio * g.ch);
        g.ch = std::min(g.ch, ratio * g.cw);
        g.grid = QRectF(left + (availableWidth - g.cw * cols) / 2,
                        rect.top() + fm.height() / 4 + (availableHeight - g.ch * rows) / 2, g.cw * cols, g.ch * rows);
        if (!panel.drawScale)
            break;
        // At least tall enough for its ticks and the longest word of its label, centred on the grid.
        double word = 0.0;
        for (const QString &w : colorScaleTitle(panel.scale.label, panel.scale.kind).split(QLatin1Char(' ')))
            word = std::max(word, fm.horizontalAdvance(w));
        const double height = std::min(rect.height(), std::max({g.grid.height(), 8.0 * fm.height(), word + fm.height()}));
        const double needed = colorScaleWidth(panel.scale, style, height) + 2 * kGap;
        const double top = std::clamp(g.grid.center().y() - height / 2, rect.top(), rect.bottom() - height);
        g.scale = QRectF(rect.right() - scaleRoom + kGap * 2, top, scaleRoom - 2 * kGap, height);
        if (needed <= scaleRoom + 0.01)
            break;
        scaleHeight = height;
    }
    return g;
}

// The shortest extent along `axis` (Horizontal: the width, at this height; Vertical: the height,
// at this width) at which square cells are as large as the other extent lets them be: a
// bisection, to half a point.
double squareCellsExtent(const HeatmapPanel &panel, Qt::Orientation axis, double other, const FigureStyle &style)
{
    constexpr double kFar = 1e5; // points: room that never limits the cells
    const bool across = axis == Qt::Horizontal;
    const auto rectOf = [&](double extent) {
        return across ? QRectF(0, 0, extent, other) : QRectF(0, 0, other, extent);
    };
    // A cell's extent along the axis in a panel `extent` long.
    const auto cellAlong = [&](double extent) {
        const HeatmapGeometry g = heatmapGeometry(panel, rectOf(extent), style, true);
        return across ? g.cw : g.ch;
    };
    // The largest square cell the other extent allows.
    const HeatmapGeometry unbounded = heatmapGeometry(panel, rectOf(kFar), style, true);
    const double full = across ? unbounded.ch : unbounded.cw;
    if (full <= 0.0)
        return 0.0;
    double lo = 0.0;
    double hi = kFar;
    for (int i = 0; i < 40 && hi - lo > 0.5; ++i) {
        const double mid = (lo + hi) / 2;
        (cellAlong(mid) >= full - 0.01 ? hi : lo) = mid;
    }
    return hi;
}

} // namespace

double HeatmapPanel::minimumWidth(double, double available, const FigureStyle &) const
{
    return available * minimumShare;
}

double HeatmapPanel::minimumHeight(double, double available, const FigureStyle &) const
{
    return available * minimumShare;
}

double HeatmapPanel::gridShare(const QSizeF &size, const QSizeF &whole, const FigureStyle &style) const
{
    const QRectF grid = heatmapGeometry(*this, QRectF(QPointF(), size), style).grid;
    return whole.isEmpty() ? 0.0 : grid.width() * grid.height() / (whole.width() * whole.height());
}

double HeatmapPanel::layoutScore(const QSizeF &size, const QSizeF &whole, const FigureStyle &style) const
{
    return gridShare(size, whole, style);
}

double HeatmapPanel::maximumWidth(double height, const FigureStyle &style) const
{
    return squareCellsExtent(*this, Qt::Horizontal, height, style);
}

double HeatmapPanel::maximumHeight(double width, const FigureStyle &style) const
{
    return squareCellsExtent(*this, Qt::Vertical, width, style);
}

void HeatmapPanel::paint(QPainter &painter, const QRectF &rect, const FigureStyle &style) const
{
    const HeatmapGeometry g = heatmapGeometry(*this, rect, style);
    if (g.grid.isEmpty())
        return;
    const int rows = int(matrix.rows());
    const int cols = int(matrix.cols());
    const QFont labelFont = figureFont(style.smallPt());
    const QFontMetricsF fm(labelFont, figureMetricsDevice());
    const QRectF &grid = g.grid;
    const double cw = g.cw;
    const double ch = g.ch;

    painter.save();
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < rows; ++i) {
        for (int j = 0; j < cols; ++j) {
            const float v = matrix(i, j);
            if (std::isnan(v))
                continue;
            painter.setBrush(colorForValue(scale.kind, v, scale.lower, scale.upper));
            painter.drawRect(QRectF(grid.left() + j * cw, grid.top() + i * ch, cw, ch));
        }
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(kMuted, 0.5));
    painter.drawRect(grid);

    // Values in the cells when they fit at the small size.
    if (showValues && rows * cols <= 400 && fm.horizontalAdvance(QStringLiteral("-0.00")) + 2 < cw
        && fm.height() < ch) {
        painter.setFont(labelFont);
        for (int i = 0; i < rows; ++i) {
            for (int j = 0; j < cols; ++j) {
                const float v = matrix(i, j);
                if (std::isnan(v))
                    continue;
                painter.setPen(textColorOn(colorForValue(scale.kind, v, scale.lower, scale.upper)));
                painter.drawText(QRectF(grid.left() + j * cw, grid.top() + i * ch, cw, ch), Qt::AlignCenter,
                                 QString::number(std::abs(v) < 0.005f ? 0.0 : double(v), 'f', 2));
            }
        }
    }

    painter.setPen(kInk);
    painter.setFont(labelFont);
    const int rowStep = labelStep(ch, fm.height());
    for (int i = 0; i < rows; i += rowStep) {
        const QString text = labelAt(rowLabels, i);
        const double y = grid.top() + (i + 0.5) * ch;
        painter.drawText(
            QPointF(grid.left() - kGap - fm.horizontalAdvance(text), y + fm.ascent() / 2 - fm.descent() / 2), text);
    }
    const int colStep = labelStep(cw, g.upright ? fm.height() : g.colLabelWidth + kGap);
    for (int j = 0; j < cols; j += colStep) {
        const QString text = labelAt(colLabels, j);
        const double x = grid.left() + (j + 0.5) * cw;
        if (g.upright) {
            painter.save();
            painter.translate(x + fm.ascent() / 2 - fm.descent() / 2, grid.bottom() + kGap);
            painter.rotate(-90);
            painter.drawText(QPointF(-fm.horizontalAdvance(text), 0), text);
            painter.restore();
        } else {
            painter.drawText(QPointF(x - fm.horizontalAdvance(text) / 2, grid.bottom() + kGap + fm.ascent()), text);
        }
    }
    // Axis titles, centred under and beside the grid, inside the panel.
    double y = grid.bottom() + kGap + (g.upright ? g.colLabelWidth : fm.height()) + kGap / 2 + fm.ascent();
    for (const QString &line : g.colTitle) {
        const double w = fm.horizontalAdvance(line);
        const double right = g.scale.isEmpty() ? rect.right() : g.scale.left() - kGap;
        const double x = std::clamp(grid.center().x() - w / 2, rect.left(), std::max(rect.left(), right - w));
        painter.drawText(QPointF(x, y), line);
        y += fm.height();
    }
    if (!g.rowTitle.isEmpty()) {
        painter.save();
        const double right = grid.left() - kGap - g.rowLabelWidth - kGap;
        painter.translate(right - double(g.rowTitle.size()) * fm.height(), grid.center().y());
        painter.rotate(-90);
        for (qsizetype i = 0; i < g.rowTitle.size(); ++i) {
            const QString &line = g.rowTitle.at(i);
            const double w = fm.horizontalAdvance(line);
            // Along the grid, kept inside the panel's height.
            const double x = std::clamp(-w / 2, grid.center().y() - rect.bottom(),
                                        std::max(grid.center().y() - rect.bottom(), grid.center().y() - rect.top() - w));
            painter.drawText(QPointF(x, double(i) * fm.height() + fm.ascent()), line);
        }
        painter.restore();
    }
    painter.restore();
    if (drawScale && !g.scale.isEmpty())
        paintColorScale(painter, g.scale, scale, style);
}

std::shared_ptr<HeatmapPanel> HeatmapPanel::fromView(const HeatmapView &view)
{
    auto panel = std::make_shared<HeatmapPanel>();
    if (!view.hasMatrix())
        return panel;
    panel->matrix = view.matrix();
    panel->rowLabels = view.rowLabels();
    panel->colLabels = view.colLabels();
    panel->rowTitle = view.rowAxisTitle();
    panel->colTitle = view.colAxisTitle();
    const auto [lower, upper] = view.dataRange();
    panel->scale = ColorScale{colorMapForRange(lower, upper), lower, upper, view.colorScaleLabel()};
    return panel;
}

} // namespace attnscope::widgets
