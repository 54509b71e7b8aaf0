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
    void paint(QPainter &painter, const QRectF &rect, const FigureStyle &style) const override;
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
};

// Anything else painted by a function (a chart drawn through QCustomPlot::toPainter).
class PaintPanel : public FigurePanel
{
public:
    std::function<void(QPainter &, const QRectF &, const FigureStyle &)> painter;
    void paint(QPainter &painter, const QRectF &rect, const FigureStyle &style) const override;
};

// A figure: title, panels on a grid (small multiples), an optional colour scale they share,
// and a caption. Laid out in points at the style's size.
struct Figure
{
    QString title;
    QString caption;
    std::vector<std::shared_ptr<FigurePanel>> panels;
    int columns = 0; // 0: as many as make the panels closest to square
    std::optional<ColorScale> sharedScale;

    void paint(QPainter &painter, const QRectF &rect, const FigureStyle &style) const;
};

// Draws a vertical colour scale (bar of rectangles, ticks, its label naming the map) into rect.
void paintColorScale(QPainter &painter, const QRectF &rect, const ColorScale &scale, const FigureStyle &style);
// The width a colour scale takes at this style.
[[nodiscard]] double colorScaleWidth(const ColorScale &scale, const FigureStyle &style);

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
