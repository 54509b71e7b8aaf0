// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/figures/figure.h"

#include "io/filewriter.h"
#include "widgets/common/heatmapview.h"
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

double colorScaleWidth(const ColorScale &scale, const FigureStyle &style)
{
    const QFontMetricsF small(figureFont(style.smallPt()), figureMetricsDevice());
    const double tickWidth =
        std::max({small.horizontalAdvance(tickText(scale.lower)), small.horizontalAdvance(tickText(scale.upper)),
                  small.horizontalAdvance(QStringLiteral("0"))});
    return style.bodyPt() * 0.9 + 3.0 + tickWidth + 4.0 + small.height() + 2.0;
}

void paintColorScale(QPainter &painter, const QRectF &rect, const ColorScale &scale, const FigureStyle &style)
{
    const QFont smallFont = figureFont(style.smallPt());
    const QFontMetricsF small(smallFont, figureMetricsDevice());
    const double barWidth = style.bodyPt() * 0.9;
    const QRectF bar(rect.left(), rect.top() + small.height() / 2, barWidth, rect.height() - small.height());
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
    double labelLeft = bar.right() + 3.0;
    for (double v : ticks) {
        const double t = scale.upper > scale.lower ? (v - scale.lower) / (scale.upper - scale.lower) : 0.5;
        const double y = bar.bottom() - t * bar.height();
        painter.drawLine(QPointF(bar.right(), y), QPointF(bar.right() + 2.0, y));
        const QString text = tickText(v);
        painter.drawText(QPointF(bar.right() + 3.0, y + small.ascent() / 2 - small.descent() / 2), text);
        labelLeft = std::max(labelLeft, bar.right() + 3.0 + small.horizontalAdvance(text));
    }
    // The label, upwards, naming the map.
    const QString title = colorScaleTitle(scale.label, scale.kind);
    painter.translate(labelLeft + 4.0 + small.ascent(), bar.center().y());
    painter.rotate(-90);
    const QString shown = small.elidedText(title, Qt::ElideRight, rect.height());
    painter.drawText(QPointF(-small.horizontalAdvance(shown) / 2, 0), shown);
    painter.restore();
}

void HeatmapPanel::paint(QPainter &painter, const QRectF &rect, const FigureStyle &style) const
{
    const int rows = int(matrix.rows());
    const int cols = int(matrix.cols());
    if (rows == 0 || cols == 0)
        return;
    const QFont labelFont = figureFont(style.smallPt());
    const QFontMetricsF fm(labelFont, figureMetricsDevice());
    auto labelAt = [](const QStringList &labels, int i) {
        return i < labels.size() ? labels.at(i) : QString::number(i);
    };
    double rowLabelWidth = 0.0;
    for (int i = 0; i < rows; ++i)
        rowLabelWidth = std::max(rowLabelWidth, fm.horizontalAdvance(labelAt(rowLabels, i)));
    double colLabelWidth = 0.0;
    for (int j = 0; j < cols; ++j)
        colLabelWidth = std::max(colLabelWidth, fm.horizontalAdvance(labelAt(colLabels, j)));
    const double gap = 3.0;
    const double titleRoom = fm.height() + gap;
    const double scaleRoom = drawScale ? colorScaleWidth(scale, style) + 2 * gap : 0.0;
    double left = rect.left() + (rowTitle.isEmpty() ? 0.0 : titleRoom) + rowLabelWidth + gap;
    const double availableWidth = rect.right() - scaleRoom - left;
    // Column labels upright when they do not fit side by side.
    const bool upright = colLabelWidth + gap > availableWidth / cols;
    const double bottomRoom = (upright ? colLabelWidth : fm.height()) + gap + (colTitle.isEmpty() ? 0.0 : titleRoom);
    const double availableHeight = rect.height() - bottomRoom - fm.height() / 2;
    if (availableWidth <= 0 || availableHeight <= 0)
        return;
    // Square cells where they fit, centred.
    // Cells fill the area, neither side more than three times the other.
    double cw = availableWidth / cols;
    double ch = availableHeight / rows;
    cw = std::min(cw, 3.0 * ch);
    ch = std::min(ch, 3.0 * cw);
    const QRectF grid(left + (availableWidth - cw * cols) / 2,
                      rect.top() + fm.height() / 4 + (availableHeight - ch * rows) / 2, cw * cols, ch * rows);
    left = grid.left();

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
            QPointF(grid.left() - gap - fm.horizontalAdvance(text), y + fm.ascent() / 2 - fm.descent() / 2), text);
    }
    const int colStep = labelStep(cw, upright ? fm.height() : colLabelWidth + gap);
    for (int j = 0; j < cols; j += colStep) {
        const QString text = labelAt(colLabels, j);
        const double x = grid.left() + (j + 0.5) * cw;
        if (upright) {
            painter.save();
            painter.translate(x + fm.ascent() / 2 - fm.descent() / 2, grid.bottom() + gap);
            painter.rotate(-90);
            painter.drawText(QPointF(-fm.horizontalAdvance(text), 0), text);
            painter.restore();
        } else {
            painter.drawText(QPointF(x - fm.horizontalAdvance(text) / 2, grid.bottom() + gap + fm.ascent()), text);
        }
    }
    // Axis titles.
    const double colLabelsBottom = grid.bottom() + gap + (upright ? colLabelWidth : fm.height());
    if (!colTitle.isEmpty())
        painter.drawText(
            QRectF(grid.left() - rowLabelWidth, colLabelsBottom + gap / 2, grid.width() + rowLabelWidth, fm.height()),
            Qt::AlignHCenter | Qt::AlignTop, fm.elidedText(colTitle, Qt::ElideRight, rect.width()));
    if (!rowTitle.isEmpty()) {
        painter.save();
        painter.translate(grid.left() - gap - rowLabelWidth - gap, grid.center().y());
        painter.rotate(-90);
        const QString text = fm.elidedText(rowTitle, Qt::ElideRight, rect.height());
        painter.drawText(QPointF(-fm.horizontalAdvance(text) / 2, -fm.descent()), text);
        painter.restore();
    }
    painter.restore();
    if (drawScale) {
        // At least tall enough for its ticks and some of its label, centred on the grid.
        const double height = std::min(rect.height(), std::max(grid.height(), 8.0 * fm.height()));
        const double top = std::clamp(grid.center().y() - height / 2, rect.top(), rect.bottom() - height);
        paintColorScale(painter, QRectF(rect.right() - scaleRoom + gap * 2, top, scaleRoom - 2 * gap, height), scale,
                        style);
    }
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

void TextPanel::paint(QPainter &painter, const QRectF &rect, const FigureStyle &style) const
{
    // The body size, or smaller (never below the minimum) when the text would not fit.
    double pt = style.bodyPt();
    auto height = [&](double size) {
        double h = 0.0;
        for (const Block &block : blocks)
            h += drawRichText(nullptr, rect, block.html, figureFont(size), std::min(style.scriptPt(), size))
                + size * 0.6;
        return h;
    };
    while (pt > kMinimumFontPt && height(pt) > rect.height())
        pt = std::max(kMinimumFontPt, pt - 0.5);
    painter.save();
    painter.setPen(kInk);
    double y = rect.top();
    for (const Block &block : blocks) {
        const QFont font = figureFont(pt);
        const QRectF area(rect.left(), y, rect.width(), std::max(0.0, rect.bottom() - y));
        y += drawRichText(&painter, area, block.html, font, std::min(style.scriptPt(), pt),
                          block.formula ? Qt::AlignHCenter : Qt::AlignLeft);
        y += pt * 0.6;
    }
    painter.restore();
}

void PaintPanel::paint(QPainter &p, const QRectF &rect, const FigureStyle &style) const
{
    if (painter)
        painter(p, rect, style);
}

void Figure::paint(QPainter &painter, const QRectF &rect, const FigureStyle &style) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawRect(rect);
    const double margin = std::max(4.0, style.bodyPt() * 0.5);
    QRectF area = rect.adjusted(margin, margin, -margin, -margin);
    painter.setPen(kInk);
    if (!title.isEmpty()) {
        const double h =
            drawRichText(&painter, area, title, figureFont(style.titlePt(), true), style.scriptPt(), Qt::AlignHCenter);
        area.setTop(area.top() + h + margin / 2);
    }
    if (!caption.isEmpty()) {
        const QFont font = figureFont(style.smallPt());
        const double h = drawRichText(nullptr, area, caption, font, style.scriptPt());
        painter.setPen(kMuted);
        drawRichText(&painter, QRectF(area.left(), area.bottom() - h, area.width(), h), caption, font,
                     style.scriptPt());
        painter.setPen(kInk);
        area.setBottom(area.bottom() - h - margin / 2);
    }
    if (sharedScale) {
        const double w = colorScaleWidth(*sharedScale, style);
        const double labelRoom = QFontMetricsF(figureFont(style.bodyPt(), true), figureMetricsDevice()).height();
        paintColorScale(painter, QRectF(area.right() - w, area.top() + labelRoom, w, area.height() - 2 * labelRoom),
                        *sharedScale, style);
        area.setRight(area.right() - w - margin);
    }
    const int n = int(panels.size());
    if (n == 0) {
        painter.restore();
        return;
    }
    int cols = columns;
    if (cols <= 0) {
        // The grid whose cells are closest to square.
        double best = 1e300;
        for (int c = 1; c <= n; ++c) {
            const int r = (n + c - 1) / c;
            const double aspect = (area.width() / c) / (area.height() / r);
            const double badness = std::abs(std::log(aspect));
            if (badness < best) {
                best = badness;
                cols = c;
            }
        }
    }
    const int rowsOfPanels = (n + cols - 1) / cols;
    const double cellW = area.width() / cols;
    const double cellH = area.height() / rowsOfPanels;
    const QFont labelFont = figureFont(style.bodyPt(), true);
    const double labelH = QFontMetricsF(labelFont, figureMetricsDevice()).height() * 1.1;
    // One label height for all panels, so that the small multiples line up.
    double labelsH = 0.0;
    for (const auto &panel : panels) {
        if (!panel->label.isEmpty())
            labelsH = std::max({labelsH, labelH,
                                drawRichText(nullptr, QRectF(0, 0, cellW - margin, cellH), panel->label, labelFont,
                                             style.scriptPt(), Qt::AlignHCenter)});
    }
    for (int i = 0; i < n; ++i) {
        const QRectF cell(area.left() + (i % cols) * cellW, area.top() + (i / cols) * cellH, cellW, cellH);
        QRectF inner = cell.adjusted(margin / 2, 0, -margin / 2, -margin / 2);
        if (!panels[i]->label.isEmpty())
            drawRichText(&painter, inner, panels[i]->label, labelFont, style.scriptPt(), Qt::AlignHCenter);
        inner.setTop(inner.top() + labelsH);
        panels[i]->paint(painter, inner, style);
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
    const QFont small = figureFont(style.smallPt());
    const QFont body = figureFont(style.bodyPt());
    std::vector<std::function<void()>> restore;
    for (QCPAxisRect *axisRect : plot->axisRects()) {
        for (QCPAxis *axis : axisRect->axes()) {
            restore.emplace_back([axis, t = axis->tickLabelFont(), l = axis->labelFont()] {
                axis->setTickLabelFont(t);
                axis->setLabelFont(l);
            });
            axis->setTickLabelFont(small);
            axis->setLabelFont(small); // long axis titles ("Held-out loss, nats per token ...") fit
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
        }
    }
    for (QCPLayoutElement *element : plot->plotLayout()->elements(true)) {
        if (auto *title = qobject_cast<QCPTextElement *>(element)) {
            restore.emplace_back([title, f = title->font()] { title->setFont(f); });
            title->setFont(body);
        }
    }
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
