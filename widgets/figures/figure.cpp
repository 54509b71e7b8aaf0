// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/figures/figure.h"

#include "io/filewriter.h"
#include "widgets/common/richlegend_p.h"
#include "widgets/common/richname.h"
#include "widgets/figures/richtext.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgGenerator>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace attnscope::widgets {

namespace {

const QColor kInk(0x20, 0x20, 0x20);
const QColor kMuted(0x55, 0x55, 0x55);

// The QCPPainter renderFigure paints with (QPainter is not polymorphic: paintPlot finds it here).
thread_local QCPPainter *t_plotPainter = nullptr;

class PlotPainterScope
{
public:
    explicit PlotPainterScope(QCPPainter *painter) { t_plotPainter = painter; }
    ~PlotPainterScope() { t_plotPainter = nullptr; }
    PlotPainterScope(const PlotPainterScope &) = delete;
    PlotPainterScope &operator=(const PlotPainterScope &) = delete;
};

} // namespace

QPaintDevice *figureMetricsDevice()
{
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(int(std::lround(72.0 / 0.0254)));
        image.setDotsPerMeterY(int(std::lround(72.0 / 0.0254)));
        return image;
    }();
    return &device;
}

QFont figureFont(double pt, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(std::max(pt, kMinimumFontPt));
    font.setBold(bold);
    return font;
}

QStringList wrapText(const QString &text, const QFontMetricsF &metrics, double width)
{
    QStringList lines;
    QString line;
    auto fits = [&](const QString &s) { return metrics.horizontalAdvance(s) <= width + 0.01; };
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString joined = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (fits(joined)) {
            line = joined;
            continue;
        }
        if (!line.isEmpty())
            lines << line;
        line = word;
        // A word wider than the line (or a text without spaces) breaks between characters.
        while (!fits(line) && line.size() > 1) {
            qsizetype n = line.size() - 1;
            while (n > 1 && !fits(line.left(n)))
                --n;
            lines << line.left(n);
            line = line.mid(n);
        }
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines << line;
    return lines;
}


namespace {
// The most of a row or column a text takes beside a heatmap, which keeps the rest.
constexpr double kTextShare = 0.55;
}

double FigurePanel::minimumWidth(double, double, const FigureStyle &) const
{
    return 0.0;
}

double FigurePanel::maximumWidth(double, const FigureStyle &) const
{
    return std::numeric_limits<double>::infinity();
}

double FigurePanel::minimumHeight(double, double, const FigureStyle &) const
{
    return 0.0;
}

double FigurePanel::maximumHeight(double, const FigureStyle &) const
{
    return std::numeric_limits<double>::infinity();
}

double FigurePanel::layoutScore(const QSizeF &, const QSizeF &, const FigureStyle &) const
{
    return 0.0;
}

double TextPanel::contentHeight(double width, double pt, const FigureStyle &style, std::size_t count) const
{
    double h = 0.0;
    const QRectF area(0, 0, width, 1e6);
    for (std::size_t i = 0; i < blocks.size() && i < count; ++i)
        h += drawRichText(nullptr, area, blocks[i].html, figureFont(pt), std::min(style.scriptPt(), pt)) + pt * 0.6;
    return h;
}

double TextPanel::fittedPt(const QSizeF &size, const FigureStyle &style) const
{
    // The body size, or smaller (never below the minimum) when the text would not fit.
    double pt = style.bodyPt();
    while (pt > kMinimumFontPt && contentHeight(size.width(), pt, style) > size.height())
        pt = std::max(kMinimumFontPt, pt - 0.5);
    return pt;
}

std::size_t TextPanel::fittingBlocks(const QSizeF &size, double pt, const FigureStyle &style) const
{
    std::size_t n = blocks.size();
    while (n > 0 && contentHeight(size.width(), pt, style, n) - pt * 0.6 > size.height() + 0.01)
        --n;
    return n;
}

double TextPanel::minimumWidth(double height, double available, const FigureStyle &style) const
{
    // The narrowest width at which the text fits at the body size, its formulas unbroken, but
    // no narrower than some twenty characters and no wider than most of the row (it shrinks
    // rather than crowd out the others).
    const double ceiling = available * kTextShare;
    double floor = std::min(ceiling, std::min(available * 0.3, style.bodyPt() * 10.0));
    const QFont font = figureFont(style.bodyPt());
    for (const Block &block : blocks) {
        if (!block.formula)
            continue;
        const double oneLine = drawRichText(nullptr, QRectF(0, 0, 1e6, 1e6), block.html, font, style.scriptPt());
        double lo = floor;
        double hi = ceiling;
        if (drawRichText(nullptr, QRectF(0, 0, hi, 1e6), block.html, font, style.scriptPt()) > oneLine + 0.01)
            lo = hi;
        for (int i = 0; i < 30 && hi - lo > 1.0; ++i) {
            const double mid = (lo + hi) / 2;
            (drawRichText(nullptr, QRectF(0, 0, mid, 1e6), block.html, font, style.scriptPt()) <= oneLine + 0.01 ? hi
                                                                                                               : lo) =
                mid;
        }
        floor = std::max(floor, hi);
    }
    if (contentHeight(ceiling, style.bodyPt(), style) > height)
        return ceiling;
    double lo = floor;
    double hi = ceiling;
    for (int i = 0; i < 30 && hi - lo > 1.0; ++i) {
        const double mid = (lo + hi) / 2;
        (contentHeight(mid, style.bodyPt(), style) <= height ? hi : lo) = mid;
    }
    return hi;
}

double TextPanel::minimumHeight(double width, double available, const FigureStyle &style) const
{
    // At the body size where it fits, else as much as it may take (it shrinks, or leaves its
    // last blocks out).
    return std::min(contentHeight(width, style.bodyPt(), style), available * kTextShare);
}

double TextPanel::layoutScore(const QSizeF &size, const QSizeF &, const FigureStyle &style) const
{
    // A block left out weighs as much as 3 % of the figure covered by a heatmap.
    const double pt = fittedPt(size, style);
    const auto dropped = double(blocks.size() - fittingBlocks(size, pt, style));
    return -0.01 * (style.bodyPt() - pt) - 0.03 * dropped;
}

void TextPanel::paint(QPainter &painter, const QRectF &rect, const FigureStyle &style) const
{
    const double pt = fittedPt(rect.size(), style);
    // The blocks that fit whole (the last ones left out where even the smallest size is too
    // large): nothing runs over the caption.
    const std::size_t shown = fittingBlocks(rect.size(), pt, style);
    painter.save();
    painter.setPen(kInk);
    double y = rect.top();
    for (std::size_t i = 0; i < shown; ++i) {
        const Block &block = blocks[i];
        const QFont font = figureFont(pt);
        const QRectF area(rect.left(), y, rect.width(), std::max(0.0, rect.bottom() - y));
        y += drawRichText(&painter, area, block.html, font, std::min(style.scriptPt(), pt),
                          block.formula ? Qt::AlignHCenter : Qt::AlignLeft);
        y += pt * 0.6;
    }
    painter.restore();
}

double PaintPanel::minimumWidth(double, double available, const FigureStyle &style) const
{
    return std::min(minimumEm * style.bodyPt(), available / 2);
}

void PaintPanel::paint(QPainter &p, const QRectF &rect, const FigureStyle &style) const
{
    if (painter)
        painter(p, rect, style);
}

namespace {

double figureMargin(const FigureStyle &style)
{
    return std::max(4.0, style.bodyPt() * 0.5);
}

// Shares `total` out: each part its minimum (all scaled down when they do not fit), then what
// is left to the parts that stop growing at a maximum (a heatmap), equally until each has it,
// then to the parts that take any room (a text), and only then to all alike.
std::vector<double> shareOut(double total, const std::vector<double> &minimum, const std::vector<double> &maximum)
{
    const std::size_t n = minimum.size();
    double sum = 0.0;
    for (double m : minimum)
        sum += m;
    std::vector<double> out = minimum;
    if (sum >= total) {
        // More asked for than there is (small multiples): equal shares.
        std::fill(out.begin(), out.end(), total / double(n));
        return out;
    }
    double rest = total - sum;
    auto fill = [&](auto takes) {
        for (std::size_t pass = 0; pass < n && rest > 1e-6; ++pass) {
            std::vector<std::size_t> open;
            for (std::size_t i = 0; i < n; ++i)
                if (takes(i) && out[i] < maximum[i] - 1e-6)
                    open.push_back(i);
            if (open.empty())
                return;
            const double each = rest / double(open.size());
            for (std::size_t i : open) {
                const double give = std::min(each, maximum[i] - out[i]);
                out[i] += give;
                rest -= give;
            }
        }
    };
    fill([&](std::size_t i) { return std::isfinite(maximum[i]); });
    fill([&](std::size_t i) { return !std::isfinite(maximum[i]); });
    for (double &v : out)
        v += rest / double(n);
    return out;
}

// The panels' cells (label included) in the area, and the height of each cell's label.
struct Arrangement
{
    std::vector<QRectF> cells;
    std::vector<double> labels;
    double score = 0.0; // the panels' layoutScore summed
};

Arrangement arrange(const Figure &figure, const QRectF &area, const FigureStyle &style, int cols)
{
    Arrangement a;
    const auto &panels = figure.panels;
    const int n = int(panels.size());
    const double margin = figureMargin(style);
    const int rowsOfPanels = (n + cols - 1) / cols;
    const QFont labelFont = figureFont(style.bodyPt(), true);
    const double labelH = QFontMetricsF(labelFont, figureMetricsDevice()).height() * 1.1;
    std::vector<double> widths(std::size_t(cols), area.width() / cols);
    std::vector<double> heights(std::size_t(rowsOfPanels), area.height() / rowsOfPanels);
    auto labelHeight = [&](const FigurePanel &panel, double width) {
        return panel.label.isEmpty() ? 0.0
                                     : std::max(labelH, drawRichText(nullptr, QRectF(0, 0, width, area.height()),
                                                                     panel.label, labelFont, style.scriptPt(),
                                                                     Qt::AlignHCenter));
    };
    // One label height for all panels, so that the small multiples line up.
    double labelsH = 0.0;
    for (const auto &panel : panels)
        labelsH = std::max(labelsH, labelHeight(*panel, widths.front() - margin));
    a.labels.assign(std::size_t(n), labelsH);
    if (rowsOfPanels == 1 && n > 1) {
        // One row: the widths by what the panels need, and the labels as tall as they are at
        // those widths (twice: taller labels leave the panels less height).
        for (int pass = 0; pass < 2; ++pass) {
            const double innerH = area.height() - margin / 2 - labelsH;
            std::vector<double> lo;
            std::vector<double> hi;
            for (const auto &panel : panels) {
                hi.push_back(panel->maximumWidth(innerH, style) + margin);
                lo.push_back(
                    std::min(hi.back(), panel->minimumWidth(innerH, area.width() - n * margin, style) + margin));
            }
            widths = shareOut(area.width(), lo, hi);
            labelsH = 0.0;
            for (int i = 0; i < n; ++i)
                labelsH = std::max(labelsH, labelHeight(*panels[std::size_t(i)], widths[std::size_t(i)] - margin));
        }
        a.labels.assign(std::size_t(n), labelsH);
    } else if (cols == 1 && n > 1) {
        // One column: the heights by what the panels need, each label as tall as it is.
        const double innerW = area.width() - margin;
        double labelsTotal = 0.0;
        for (int i = 0; i < n; ++i) {
            a.labels[std::size_t(i)] = labelHeight(*panels[std::size_t(i)], innerW);
            labelsTotal += a.labels[std::size_t(i)];
        }
        const double available = area.height() - n * margin / 2 - labelsTotal;
        std::vector<double> lo;
        std::vector<double> hi;
        for (int i = 0; i < n; ++i) {
            const auto &panel = panels[std::size_t(i)];
            const double extra = margin / 2 + a.labels[std::size_t(i)];
            hi.push_back(panel->maximumHeight(innerW, style) + extra);
            lo.push_back(std::min(hi.back(), panel->minimumHeight(innerW, available, style) + extra));
        }
        heights = shareOut(area.height(), lo, hi);
    }
    for (int i = 0; i < n; ++i) {
        const int c = i % cols;
        const int r = i / cols;
        double x = area.left();
        for (int k = 0; k < c; ++k)
            x += widths[std::size_t(k)];
        double y = area.top();
        for (int k = 0; k < r; ++k)
            y += heights[std::size_t(k)];
        a.cells.emplace_back(x, y, widths[std::size_t(c)], heights[std::size_t(r)]);
    }
    return a;
}

// The rectangle a panel paints in: its cell less the gaps and its label.
QRectF innerRect(const QRectF &cell, double label, const FigureStyle &style)
{
    const double margin = figureMargin(style);
    QRectF inner = cell.adjusted(margin / 2, 0, -margin / 2, -margin / 2);
    inner.setTop(inner.top() + label);
    return inner;
}

// Paints (when painter is given) the title, caption and shared scale; returns the panels' area
// and how they are arranged in it.
Arrangement layOut(const Figure &f, QPainter *painter, const QRectF &rect, const FigureStyle &style)
{
    const double margin = figureMargin(style);
    QRectF area = rect.adjusted(margin, margin, -margin, -margin);
    if (!f.title.isEmpty()) {
        const double h =
            drawRichText(painter, area, f.title, figureFont(style.titlePt(), true), style.scriptPt(), Qt::AlignHCenter);
        area.setTop(area.top() + h + margin / 2);
    }
    const QFont captionFont = figureFont(style.smallPt());
    // A caption that would take more than a quarter of the figure is left out (an SVG keeps it
    // as its description): the figure itself comes first, and a paper's own caption says more.
    if (!f.caption.isEmpty() && drawRichText(nullptr, area, f.caption, captionFont, style.scriptPt()) <= area.height() / 4) {
        const QFont &font = captionFont;
        const double h = drawRichText(nullptr, area, f.caption, font, style.scriptPt());
        if (painter) {
            painter->setPen(kMuted);
            drawRichText(painter, QRectF(area.left(), area.bottom() - h, area.width(), h), f.caption, font,
                         style.scriptPt());
            painter->setPen(kInk);
        }
        area.setBottom(area.bottom() - h - margin / 2);
    }
    if (f.sharedScale) {
        const double labelRoom = QFontMetricsF(figureFont(style.bodyPt(), true), figureMetricsDevice()).height();
        const double height = area.height() - 2 * labelRoom;
        const double w = colorScaleWidth(*f.sharedScale, style, height);
        if (painter)
            paintColorScale(*painter, QRectF(area.right() - w, area.top() + labelRoom, w, height), *f.sharedScale,
                            style);
        area.setRight(area.right() - w - margin);
    }
    const int n = int(f.panels.size());
    if (n == 0)
        return {};
    if (f.columns > 0)
        return arrange(f, area, style, std::min(f.columns, n));
    if (f.fitPanels) {
        // The arrangement in which the panels show best.
        Arrangement best;
        for (int c = 1; c <= n; ++c) {
            Arrangement a = arrange(f, area, style, c);
            for (int i = 0; i < n; ++i)
                a.score += f.panels[std::size_t(i)]->layoutScore(
                    innerRect(a.cells[std::size_t(i)], a.labels[std::size_t(i)], style).size(), area.size(), style);
            if (c == 1 || a.score > best.score)
                best = std::move(a);
        }
        return best;
    }
    // The grid whose cells are closest to square.
    int cols = 1;
    double best = 1e300;
    for (int c = 1; c <= n; ++c) {
        const int r = (n + c - 1) / c;
        const double badness = std::abs(std::log((area.width() / c) / (area.height() / r)));
        if (badness < best) {
            best = badness;
            cols = c;
        }
    }
    return arrange(f, area, style, cols);
}

} // namespace

std::vector<QRectF> Figure::panelRects(const QRectF &rect, const FigureStyle &style) const
{
    const Arrangement a = layOut(*this, nullptr, rect, style);
    std::vector<QRectF> rects;
    for (std::size_t i = 0; i < a.cells.size(); ++i)
        rects.push_back(innerRect(a.cells[i], a.labels[i], style));
    return rects;
}

void Figure::paint(QPainter &painter, const QRectF &rect, const FigureStyle &style) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawRect(rect);
    painter.setPen(kInk);
    const Arrangement a = layOut(*this, &painter, rect, style);
    const QFont labelFont = figureFont(style.bodyPt(), true);
    const double margin = figureMargin(style);
    for (std::size_t i = 0; i < a.cells.size(); ++i) {
        const QRectF labelRect = a.cells[i].adjusted(margin / 2, 0, -margin / 2, 0);
        if (!panels[i]->label.isEmpty())
            drawRichText(&painter, labelRect, panels[i]->label, labelFont, style.scriptPt(), Qt::AlignHCenter);
        panels[i]->paint(painter, innerRect(a.cells[i], a.labels[i], style), style);
    }
    painter.restore();
}

void paintPlot(QWidget *widget, QPainter &painter, const QRectF &rect, const FigureStyle &style)
{
    auto *plot = qobject_cast<QCustomPlot *>(widget);
    QCPPainter *qcp = t_plotPainter == &painter ? t_plotPainter : nullptr;
    if (!plot || !qcp || rect.width() < 10 || rect.height() < 10)
        return;
    // The fonts at the figure's sizes, restored afterwards: ticks and legend small, titles body.
    // Made for the figure's 72 dpi, so that QCustomPlot, which measures its margins with
    // QFontMetrics(font), measures them as they are painted (not at the screen's dpi).
    const QFont small(figureFont(style.smallPt()), figureMetricsDevice());
    const QFont body(figureFont(style.bodyPt()), figureMetricsDevice());
    std::vector<std::function<void()>> restore;
    std::vector<std::pair<QCPAxis *, QString>> titled;
    for (QCPAxisRect *axisRect : plot->axisRects()) {
        for (QCPAxis *axis : axisRect->axes()) {
            restore.emplace_back([axis, t = axis->tickLabelFont(), l = axis->labelFont(), label = axis->label()] {
                axis->setTickLabelFont(t);
                axis->setLabelFont(l);
                axis->setLabel(label);
            });
            axis->setTickLabelFont(small);
            axis->setLabelFont(small); // long axis titles ("Held-out loss, nats per token ...") fit
            if (axis->visible() && !axis->label().isEmpty())
                titled.emplace_back(axis, axis->label());
        }
    }
    auto legends = plot->findChildren<QCPLegend *>();
    if (plot->legend)
        legends.append(plot->legend);
    for (QCPLegend *legend : std::as_const(legends)) {
        restore.emplace_back([legend, f = legend->font()] { legend->setFont(f); });
        legend->setFont(small);
        for (int i = 0; i < legend->itemCount(); ++i) {
            if (QCPAbstractLegendItem *item = legend->item(i)) {
                restore.emplace_back([item, f = item->font()] { item->setFont(f); });
                item->setFont(small);
            }
        }
    }
    for (int i = 0; i < plot->itemCount(); ++i) {
        if (auto *text = qobject_cast<QCPItemText *>(plot->item(i))) {
            restore.emplace_back([text, f = text->font()] { text->setFont(f); });
            QFont f = small;
            f.setBold(text->font().bold());
            text->setFont(f);
        } else if (auto *ticks = qobject_cast<RichTickLabels *>(plot->item(i))) {
            restore.emplace_back([ticks, f = ticks->font()] { ticks->setFont(f); });
            ticks->setFont(small);
        }
    }
    for (QCPLayoutElement *element : plot->plotLayout()->elements(true)) {
        if (auto *title = qobject_cast<QCPTextElement *>(element)) {
            restore.emplace_back([title, f = title->font()] { title->setFont(f); });
            title->setFont(body);
        }
    }
    // Laid out at the figure's size: axis titles whole, on as many lines as the axis is long,
    // and tick labels that fit their axes. Each title is wrapped to its axis, and again after a
    // layout with the wrapped titles (a title of two lines narrows the other axis); a layout of
    // the same texts is the same layout, so one is made only where a title changed.
    const QRect oldViewport = plot->viewport();
    plot->setViewport(QRect(0, 0, int(rect.width()), int(rect.height())));
    const auto layOut = [plot] {
        for (auto phase : {QCPLayoutElement::upPreparation, QCPLayoutElement::upMargins, QCPLayoutElement::upLayout})
            plot->plotLayout()->update(phase);
    };
    layOut();
    const QFontMetricsF fm(small, figureMetricsDevice());
    for (int pass = 0; pass < 2; ++pass) {
        bool changed = false;
        for (const auto &[axis, label] : titled) {
            const double length =
                axis->orientation() == Qt::Horizontal ? axis->axisRect()->width() : axis->axisRect()->height();
            const QString wrapped = wrapText(label, fm, std::max(length, fm.height())).join(QLatin1Char('\n'));
            changed = changed || wrapped != axis->label();
            axis->setLabel(wrapped);
        }
        if (!changed)
            break;
        layOut();
    }
    // Tick labels that fit the axis at the figure's size: the window sets its tickers' counts
    // for its own pixels, and a column-wide figure would crowd ("128K256K512K") its labels.
    for (QCPAxisRect *axisRect : plot->axisRects()) {
        for (QCPAxis *axis : axisRect->axes()) {
            const QSharedPointer<QCPAxisTicker> ticker = axis->ticker();
            if (!axis->visible() || !axis->tickLabels() || !ticker)
                continue;
            // About six characters of label and a gap across, two lines up.
            const bool across = axis->orientation() == Qt::Horizontal;
            const double length = across ? axisRect->width() : axisRect->height();
            const double pitch = across ? fm.averageCharWidth() * 7.0 : fm.height() * 2.0;
            const int fits = std::max(2, int(length / pitch));
            if (fits < ticker->tickCount()) {
                restore.emplace_back([ticker, n = ticker->tickCount()] { ticker->setTickCount(n); });
                ticker->setTickCount(fits);
            }
        }
    }
    // What the pages adapt to a layout (their afterLayout slots), adapted to the figure's axes
    // before toPainter lays the plot out again: the compare bars' formulas and the footprint
    // chart's GPU ticks change tick labels, for which the afterLayout that toPainter emits after
    // its own layout comes too late (that one places the trade-off chart's point labels and the
    // footprint chart's marker labels for the painting). The window's replot below adapts them back.
    Q_EMIT plot->afterLayout();
    plot->setViewport(oldViewport);
    qcp->save();
    qcp->translate(rect.topLeft());
    qcp->setClipRect(QRectF(QPointF(), rect.size()));
    const ScriptSizeFloor floor(kMinimumFontPt); // rich legend names: scripts no smaller than 8 pt
    plot->toPainter(qcp, int(rect.width()), int(rect.height()));
    qcp->restore();
    for (auto it = restore.rbegin(); it != restore.rend(); ++it)
        (*it)();
    plot->replot(QCustomPlot::rpQueuedReplot);
}

QByteArray renderFigure(const Figure &figure, const FigureStyle &style, ExportFormat format)
{
    const QSizeF pt = style.sizePt();
    const QRectF page(QPointF(), pt);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    switch (format) {
    case ExportFormat::Png: {
        // Laid out in points (the image at 72 dpi while painting, so that a font's points are
        // its units), scaled to the pixels; the file then says its real resolution.
        const QSize px = style.pngPixels();
        QImage image(px, QImage::Format_ARGB32_Premultiplied);
        constexpr double kDotsPerMeterAt72 = 72.0 / 0.0254;
        image.setDotsPerMeterX(int(std::lround(kDotsPerMeterAt72)));
        image.setDotsPerMeterY(int(std::lround(kDotsPerMeterAt72)));
        image.fill(Qt::white);
        {
            QCPPainter painter(&image);
            painter.scale(px.width() / pt.width(), px.height() / pt.height());
            const PlotPainterScope scope(&painter);
            figure.paint(painter, page, style);
        }
        const int dpm = int(std::lround(style.pngDpi() / 0.0254));
        image.setDotsPerMeterX(dpm);
        image.setDotsPerMeterY(dpm);
        image.save(&buffer, "PNG");
        break;
    }
    case ExportFormat::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setResolution(72); // one unit is one point, font sizes included
        svg.setSize(QSize(int(std::ceil(pt.width())), int(std::ceil(pt.height()))));
        svg.setViewBox(page);
        svg.setTitle(figure.title.isEmpty() ? QStringLiteral("AttnScope") : richTextPlain(figure.title));
        svg.setDescription(richTextPlain(figure.caption));
        {
            QCPPainter painter(&svg);
            painter.setMode(QCPPainter::pmVectorized);
            painter.setMode(QCPPainter::pmNoCaching);
            const PlotPainterScope scope(&painter);
            figure.paint(painter, page, style);
        }
        buffer.close();
        // The size attributes in exact millimetres (QSvgGenerator takes whole units).
        QString text = QString::fromUtf8(bytes);
        static const QRegularExpression size(QStringLiteral("<svg([^>]*?) width=\"[^\"]*\" height=\"[^\"]*\""));
        text.replace(size,
                     QStringLiteral("<svg\\1 width=\"%1mm\" height=\"%2mm\"")
                         .arg(style.sizeMm.width(), 0, 'f', 3)
                         .arg(style.sizeMm.height(), 0, 'f', 3));
        return text.toUtf8();
    }
    case ExportFormat::Pdf: {
        QPdfWriter pdf(&buffer);
        pdf.setCreator(QStringLiteral("AttnScope"));
        pdf.setTitle(richTextPlain(figure.title));
        pdf.setResolution(72);
        pdf.setPageSize(QPageSize(style.sizeMm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        {
            QCPPainter painter(&pdf);
            painter.setMode(QCPPainter::pmVectorized);
            painter.setMode(QCPPainter::pmNoCaching);
            const PlotPainterScope scope(&painter);
            figure.paint(painter, page, style);
        }
        break;
    }
    case ExportFormat::Csv: break;
    }
    buffer.close();
    return bytes;
}

bool exportFigure(const Figure &figure, const FigureStyle &style, const QString &fileName, ExportFormat format,
                  QString *error)
{
    if (format == ExportFormat::Csv) {
        *error =
            QStringLiteral("%1: a figure is exported as PNG, SVG or PDF; CSV holds the view's data.").arg(fileName);
        return false;
    }
    const QByteArray bytes = renderFigure(figure, style, format);
    if (bytes.isEmpty()) {
        *error = QStringLiteral("%1: drawing the figure produced no data.").arg(fileName);
        return false;
    }
    return io::writeFileAtomically(fileName, bytes, error);
}

} // namespace attnscope::widgets
