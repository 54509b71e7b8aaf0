// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace/tensor.h"
#include "widgets/common/colormap.h"
#include "widgets/common/exporter.h"
#include "widgets/figures/figurestyle.h"

#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QFontMetricsF;
class QPaintDevice;
class QPainter;
class QWidget;

namespace attnscope::widgets {

class HeatmapView;

// What an export asks of a page's figure: its size and fonts, and for the attention weights
// all heads of the layer as small multiples rather than the head shown.
struct FigureOptions
{
    FigureStyle style;
    bool allHeads = false;
};

// A colour scale: its map, range and what it measures ("Weight").
struct ColorScale
{
    ColorMapKind kind = ColorMapKind::Sequential;
    double lower = 0.0;
    double upper = 1.0;
    QString label;
};

// One panel of a figure, painted from data into a rectangle of the figure (in points).
class FigurePanel
{
public:
    virtual ~FigurePanel() = default;
    virtual void paint(QPainter &painter, const QRectF &rect, const FigureStyle &style) const = 0;
    // The room the content asks for beside other panels (Figure shares a row's width and a
    // column's height by them): the least it fits in (a text at the body size), and the most
    // it can use (a heatmap whose cells are square). `available` is the whole row or column.
    [[nodiscard]] virtual double minimumWidth(double height, double available, const FigureStyle &style) const;
    [[nodiscard]] virtual double maximumWidth(double height, const FigureStyle &style) const;
    [[nodiscard]] virtual double minimumHeight(double width, double available, const FigureStyle &style) const;
    [[nodiscard]] virtual double maximumHeight(double width, const FigureStyle &style) const;
    // How well the content shows at this size, out of all the panels' room `whole`, to choose
    // between arrangements (larger is better; 0 by default).
    [[nodiscard]] virtual double layoutScore(const QSizeF &size, const QSizeF &whole, const FigureStyle &style) const;
    QString label; // drawn above the panel, e.g. "MHA: 4 KV heads"
};

// A matrix as a heatmap: a rectangle per cell, labelled rows and columns, and its colour scale
// (unless the figure draws one shared scale).
class HeatmapPanel : public FigurePanel
{
public:
    core::Matrix matrix; // [rows, cols]; NaN cells stay blank
    QStringList rowLabels;
    QStringList colLabels;
    QString rowTitle;
    QString colTitle;
    ColorScale scale;
    bool drawScale = true;
    bool showValues = true; // when the cells hold them at the body font size
    double minimumShare = 0.0; // of a row or column it shares with other panels (minimumWidth)
    void paint(QPainter &painter, const QRectF &rect, const FigureStyle &style) const override;
    // At least minimumShare of the row or column; at most the room in which its cells are square.
    [[nodiscard]] double minimumWidth(double height, double available, const FigureStyle &style) const override;
    [[nodiscard]] double minimumHeight(double width, double available, const FigureStyle &style) const override;
    [[nodiscard]] double maximumWidth(double height, const FigureStyle &style) const override;
    [[nodiscard]] double maximumHeight(double width, const FigureStyle &style) const override;
    // gridShare: how large the heatmap is drawn.
    [[nodiscard]] double layoutScore(const QSizeF &size, const QSizeF &whole, const FigureStyle &style) const override;
    // The share of `whole` (the figure's or the panels' room) that its grid of cells covers when
    // the panel is `size` large; 0 where whole is empty.
    [[nodiscard]] double gridShare(const QSizeF &size, const QSizeF &whole, const FigureStyle &style) const;
    // A panel of what a heatmap view shows: its matrix, labels, axis titles and colour range.
    [[nodiscard]] static std::shared_ptr<HeatmapPanel> fromView(const HeatmapView &view);
};

// Rich text (widgets/figures/richtext.h): a formula, an explanation.
class TextPanel : public FigurePanel
{
public:
    struct Block
    {
        QString html;
        bool formula = false; // drawn at the body size, centred
    };
    std::vector<Block> blocks;
    void paint(QPainter &painter, const QRectF &rect, const FigureStyle &style) const override;
    [[nodiscard]] double minimumWidth(double height, double available, const FigureStyle &style) const override;
    [[nodiscard]] double minimumHeight(double width, double available, const FigureStyle &style) const override;
    // Below zero when the text is drawn below the body size, further when blocks are left out.
    [[nodiscard]] double layoutScore(const QSizeF &size, const QSizeF &whole, const FigureStyle &style) const override;
    // The height the first `count` blocks take at a width and font size.
    [[nodiscard]] double contentHeight(double width, double pt, const FigureStyle &style,
                                       std::size_t count = std::size_t(-1)) const;
    // The font size the text is drawn at in a size: the body size, or smaller where it does not fit.
    [[nodiscard]] double fittedPt(const QSizeF &size, const FigureStyle &style) const;
    // How many blocks, from the first, are drawn at that size (all unless even the smallest
    // font is too large: the last ones are left out rather than run over the caption; none when
    // not even the first fits).
    [[nodiscard]] std::size_t fittingBlocks(const QSizeF &size, double pt, const FigureStyle &style) const;
};

// Anything else painted by a function (a chart drawn through QCustomPlot::toPainter).
class PaintPanel : public FigurePanel
{
public:
    std::function<void(QPainter &, const QRectF &, const FigureStyle &)> painter;
    double minimumEm = 0.0; // the least width beside other panels, in body-font ems (at most half)
    void paint(QPainter &painter, const QRectF &rect, const FigureStyle &style) const override;
    [[nodiscard]] double minimumWidth(double height, double available, const FigureStyle &style) const override;
};

// A figure: title, panels on a grid (small multiples), an optional colour scale they share,
// and a caption. Laid out in points at the style's size.
struct Figure
{
    QString title;
    QString caption;
    std::vector<std::shared_ptr<FigurePanel>> panels;
    int columns = 0; // 0: as many as make the panels closest to square (see fitPanels)
    // With columns 0: the arrangement in which the panels' content shows best (layoutScore),
    // e.g. a heatmap beside its explanation on a slide and above it in a narrow column.
    bool fitPanels = false;
    std::optional<ColorScale> sharedScale;

    void paint(QPainter &painter, const QRectF &rect, const FigureStyle &style) const;
    // Where each panel is painted (labels excluded) in a figure of this size, in points.
    [[nodiscard]] std::vector<QRectF> panelRects(const QRectF &rect, const FigureStyle &style) const;
};

// Draws a vertical colour scale (bar of rectangles, ticks, its label naming the map) into rect.
void paintColorScale(QPainter &painter, const QRectF &rect, const ColorScale &scale, const FigureStyle &style);
// The width a colour scale `height` points tall takes at this style: its label is written
// along the bar, on as many lines as it needs (never shortened).
[[nodiscard]] double colorScaleWidth(const ColorScale &scale, const FigureStyle &style, double height);

// Plain text broken into lines no wider than `width` in these metrics: at spaces, and inside
// a word (or text without spaces) only where the word alone is wider.
[[nodiscard]] QStringList wrapText(const QString &text, const QFontMetricsF &metrics, double width);

// The bytes of a figure as PNG (300 dpi, 1920 px wide for a slide), SVG (sized in mm, text
// as text, cells as rectangles) or PDF (one page the size of the figure). Empty for CSV.
[[nodiscard]] QByteArray renderFigure(const Figure &figure, const FigureStyle &style, ExportFormat format);
// Writes it atomically; false with *error naming the file and the reason.
bool exportFigure(const Figure &figure, const FigureStyle &style, const QString &fileName, ExportFormat format,
                  QString *error);

// Paints a QCustomPlot chart of a page into rect through QCustomPlot::toPainter (vectors on
// SVG and PDF), its fonts set to the style's sizes for the time of the painting. The figure's
// painter is a QCPPainter (renderFigure makes one).
void paintPlot(QWidget *plot, QPainter &painter, const QRectF &rect, const FigureStyle &style);

// The device figures measure text on: 72 dpi, so that a font's points are figure units.
[[nodiscard]] QPaintDevice *figureMetricsDevice();

// A font of `pt` points (the figures' family).
[[nodiscard]] QFont figureFont(double pt, bool bold = false);

} // namespace attnscope::widgets
