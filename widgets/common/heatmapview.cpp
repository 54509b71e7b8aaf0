// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/heatmapview.h"

#include "widgets/common/colormap.h"
#include "widgets/common/plotutil.h"

#include <QEvent>
#include <QFontMetrics>
#include <QLabel>
#include <QMouseEvent>
#include <QStackedLayout>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace attnscope::widgets {

namespace {

// The colour map of widgets/common/colormap.h as QCustomPlot's gradient, so that the window
// and the figures colour a value alike.
QCPColorGradient gradientFor(ColorMapKind kind)
{
    QCPColorGradient g;
    g.clearColorStops();
    for (const auto &[position, colour] : colorMapStops(kind))
        g.setColorStopAt(position, colour);
    g.setColorInterpolation(QCPColorGradient::ciRGB);
    g.setLevelCount(256);
    // NaN marks a cell not computed yet (e.g. decoder rows still to come): leave it empty.
    g.setNanHandling(QCPColorGradient::nhTransparent);
    return g;
}

// Label steps a reader can follow: 1, 2, 5, 10, 20, 50, ...
int niceStep(double minimum)
{
    if (minimum <= 1.0)
        return 1;
    for (int scale = 1;; scale *= 10) {
        for (int m : {1, 2, 5}) {
            if (m * scale >= minimum)
                return m * scale;
        }
        if (scale > std::numeric_limits<int>::max() / 100)
            return std::numeric_limits<int>::max();
    }
}

QStringList labelsOrIndices(const QStringList &labels, qsizetype n)
{
    if (labels.size() == n)
        return labels;
    QStringList indices;
    indices.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        indices << QString::number(i);
    return indices;
}

// The highlight's colour: an orange-red outline stands out on viridis; on the diverging map it is
// drawn as a strong edge with a faint fill, so it still reads against the orange cells.
const QColor kHighlightColor(255, 69, 0);

// Cells beyond this count get no value text: it would never fit, and items cost memory.
constexpr qsizetype kMaxValueItems = 32 * 32;

} // namespace

struct HeatmapView::Private
{
    explicit Private(HeatmapView *view) : q(view) {}

    HeatmapView *q;
    QLabel *titleLabel = nullptr;
    QStackedLayout *stack = nullptr;
    QLabel *messageLabel = nullptr;
    QCustomPlot *plot = nullptr;
    QCPColorMap *map = nullptr;
    QCPColorScale *scale = nullptr;
    QSharedPointer<QCPAxisTickerText> rowTicker;
    QSharedPointer<QCPAxisTickerText> colTicker;
    QList<QCPItemText *> valueItems;
    QCPItemRect *rowBand = nullptr;
    QCPItemRect *colBand = nullptr;
    QCPItemRect *cellOutline = nullptr;
    Highlight highlight;

    core::Matrix matrix;
    QStringList rowLabels;
    QStringList colLabels;
    QString title;
    QString rowTitle;
    QString colTitle;
    QString message;
    bool neutralMessage = false; // clear() without a message: translated again on a language change
    bool fixedRange = false;
    ColorMapKind colorMap = ColorMapKind::Sequential;
    QString scaleLabel; // the caller's label; the bar shows it with the map's name
    double lower = 0.0;
    double upper = 1.0;
    bool showValues = true;
    int rowStep = 1;
    int colStep = 1;
    // Column labels written upwards: set when they fit that way but not side by side (tokens
    // such as <|endoftext|> are wider than a cell).
    bool colLabelsUpright = false;
    // Relayouts left before the label steps settle (they change the margins, which change
    // the room for labels); bounded so that two steps can never ping-pong for ever.
    int relayoutsLeft = 2;
    std::pair<int, int> hovered{-1, -1};

    [[nodiscard]] bool shown() const { return matrix.size() > 0 && stack->currentWidget() == plot; }
    void applyPalette();
    void applyDataRange();
    void setTicks(QCPAxisTickerText &ticker, const QStringList &labels, int step);
    void rebuildValueItems();
    void setMapData();
    void applyHighlight();
    void afterLayout();
    void hover(QMouseEvent *event);
    void leave();
};

void HeatmapView::Private::applyPalette()
{
    const QPalette pal = q->palette();
    plot->setBackground(pal.brush(QPalette::Base));
    QFont labelFont = q->font();
    labelFont.setBold(true);
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis, scale->axis()})
        styleAxis(axis, pal, q->font(), labelFont);
    QFont titleFont = q->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleLabel->setFont(titleFont);
    QFont valueFont = q->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 0.85);
    for (auto *item : std::as_const(valueItems))
        item->setFont(valueFont);
}

void HeatmapView::Private::applyDataRange()
{
    if (fixedRange) {
        map->setDataRange(QCPRange(lower, upper));
    } else if (matrix.size() > 0) {
        double lo = matrix.minCoeff();
        double hi = matrix.maxCoeff();
        if (!(hi > lo)) { // constant (or NaN) data: any width that shows the one colour
            lo -= 0.5;
            hi += 0.5;
        }
        if (lo < 0.0 && hi > 0.0) { // signed data: a diverging map centred on 0
            const double m = std::max(-lo, hi);
            lo = -m;
            hi = m;
        }
        map->setDataRange(QCPRange(lo, hi));
    }
    const QCPRange shown = map->dataRange();
    const ColorMapKind kind = colorMapForRange(shown.lower, shown.upper);
    if (kind != colorMap) {
        colorMap = kind;
        scale->setGradient(gradientFor(kind));
    }
    scale->axis()->setLabel(colorScaleTitle(scaleLabel, kind));
    // The value texts pick black or white against their cell's colour.
    QCPColorGradient gradient = map->gradient();
    const QCPRange range = map->dataRange();
    for (auto *item : std::as_const(valueItems)) {
        const int row = int(std::lround(item->position->value()));
        const int col = int(std::lround(item->position->key()));
        const QColor cell = QColor::fromRgb(gradient.color(matrix(row, col), range));
        const double luminance = 0.2126 * cell.redF() + 0.7152 * cell.greenF() + 0.0722 * cell.blueF();
        item->setColor(luminance > 0.5 ? Qt::black : Qt::white);
    }
}

void HeatmapView::Private::setMapData()
{
    const int rows = int(matrix.rows());
    const int cols = int(matrix.cols());
    // QCPColorMapData places cell centres at the ends of its range, which needs two cells
    // per dimension; a single row or column is drawn as two equal half-cells instead.
    const int keySize = std::max(cols, 2);
    const int valueSize = std::max(rows, 2);
    const QCPRange keyRange = cols == 1 ? QCPRange(-0.25, 0.25) : QCPRange(0, cols - 1);
    const QCPRange valueRange = rows == 1 ? QCPRange(-0.25, 0.25) : QCPRange(0, rows - 1);
    QCPColorMapData *mapData = map->data();
    if (mapData->keySize() != keySize || mapData->valueSize() != valueSize)
        mapData->setSize(keySize, valueSize);
    mapData->setRange(keyRange, valueRange);
    for (int k = 0; k < keySize; ++k)
        for (int v = 0; v < valueSize; ++v)
            mapData->setCell(k, v, double(matrix(std::min(v, rows - 1), std::min(k, cols - 1))));
}

void HeatmapView::Private::applyHighlight()
{
    const Highlight &h = highlight;
    const double rows = double(matrix.rows());
    const double cols = double(matrix.cols());
    const bool rowBandShown = h.row >= 0 && matrix.size() > 0;
    const bool colBandShown = h.col >= 0 && matrix.size() > 0;
    rowBand->setVisible(rowBandShown);
    colBand->setVisible(colBandShown);
    cellOutline->setVisible(rowBandShown && colBandShown);
    // Cell (r, c) spans [c - 0.5, c + 0.5] x [r - 0.5, r + 0.5] in plot coordinates.
    if (rowBandShown) {
        rowBand->topLeft->setCoords(-0.5, h.row - 0.5);
        rowBand->bottomRight->setCoords(cols - 0.5, h.row + h.rowSpan - 0.5);
    }
    if (colBandShown) {
        colBand->topLeft->setCoords(h.col - 0.5, -0.5);
        colBand->bottomRight->setCoords(h.col + h.colSpan - 0.5, rows - 0.5);
    }
    if (rowBandShown && colBandShown) {
        cellOutline->topLeft->setCoords(h.col - 0.5, h.row - 0.5);
        cellOutline->bottomRight->setCoords(h.col + h.colSpan - 0.5, h.row + h.rowSpan - 0.5);
    }
}

void HeatmapView::Private::setTicks(QCPAxisTickerText &ticker, const QStringList &labels, int step)
{
    ticker.clear();
    for (qsizetype i = 0; i < labels.size(); i += step)
        ticker.addTick(double(i), labels.at(i));
}

void HeatmapView::Private::rebuildValueItems()
{
    // Items are reused from one matrix to the next (creating a thousand of them at every
    // slider step is what made the view slow), and none are made when the cells are clearly
    // too small to hold a value at the current size; afterLayout() decides exactly.
    QFont valueFont = q->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 0.85);
    qsizetype wanted = showValues && matrix.size() > 0 && matrix.size() <= kMaxValueItems ? matrix.size() : 0;
    const QRect rect = plot->axisRect()->rect();
    if (wanted > 0 && rect.width() > 0 && rect.height() > 0) {
        const QFontMetrics fm(valueFont);
        const double pxPerCol = double(rect.width()) / double(matrix.cols());
        const double pxPerRow = double(rect.height()) / double(matrix.rows());
        if (pxPerCol < 0.6 * fm.horizontalAdvance(QStringLiteral("-0.00")) || pxPerRow < 0.6 * fm.height())
            wanted = 0;
    }
    while (valueItems.size() > wanted)
        plot->removeItem(valueItems.takeLast());
    while (valueItems.size() < wanted) {
        auto *item = new QCPItemText(plot);
        item->setClipToAxisRect(true);
        item->position->setType(QCPItemPosition::ptPlotCoords);
        item->setPositionAlignment(Qt::AlignCenter);
        item->setSelectable(false);
        item->setFont(valueFont);
        item->setVisible(false);
        valueItems << item;
    }
    for (qsizetype i = 0; i < valueItems.size(); ++i) {
        const Eigen::Index r = Eigen::Index(i) / matrix.cols();
        const Eigen::Index c = Eigen::Index(i) % matrix.cols();
        QCPItemText *item = valueItems.at(i);
        item->position->setCoords(double(c), double(r));
        const float v = matrix(r, c);
        item->setText(std::isnan(v) ? QString() : QString::number(double(v), 'f', 2));
    }
}

void HeatmapView::Private::afterLayout()
{
    if (matrix.size() == 0)
        return;
    const QRect rect = plot->axisRect()->rect();
    const QFontMetrics fm(plot->xAxis->tickLabelFont());
    int widest = 0;
    for (const QString &label : std::as_const(colLabels))
        widest = std::max(widest, fm.horizontalAdvance(label));
    const double pxPerCol = double(rect.width()) / double(matrix.cols());
    const double pxPerRow = double(rect.height()) / double(matrix.rows());
    const int sideBySide = niceStep((widest + fm.averageCharWidth() * 2) / std::max(pxPerCol, 1e-3));
    // Written upwards, a label needs a cell as wide as the font is high, and the axis as tall
    // as the widest label: only when that shows every label and leaves most of the height.
    const bool upright = sideBySide > 1 && niceStep((fm.height() + 2) / std::max(pxPerCol, 1e-3)) == 1
                         && widest <= rect.height() / 4;
    const int newColStep = upright ? 1 : sideBySide;
    const int newRowStep = niceStep((fm.height() + 2) / std::max(pxPerRow, 1e-3));
    const bool turned = upright != colLabelsUpright;
    if (turned) {
        colLabelsUpright = upright;
        plot->xAxis->setTickLabelRotation(upright ? -90.0 : 0.0);
    }

    // Value texts: all or none, so the matrix never looks partly filled in.
    int widestValue = 0;
    if (!valueItems.isEmpty()) {
        const QFontMetrics valueFm(valueItems.first()->font());
        for (const auto *item : std::as_const(valueItems))
            widestValue = std::max(widestValue, valueFm.horizontalAdvance(item->text()));
        widestValue += 6;
    }
    const QFontMetrics valueFm(valueItems.isEmpty() ? q->font() : valueItems.first()->font());
    const bool valuesFit = showValues && pxPerCol >= widestValue && pxPerRow >= valueFm.height() + 2;
    for (auto *item : std::as_const(valueItems))
        item->setVisible(valuesFit);

    if (turned || newColStep != colStep || newRowStep != rowStep) {
        colStep = newColStep;
        rowStep = newRowStep;
        setTicks(*colTicker, colLabels, colStep);
        setTicks(*rowTicker, rowLabels, rowStep);
        // The ticks of this replot are already laid out: one more shows the new ones.
        if (relayoutsLeft > 0) {
            --relayoutsLeft;
            replotIfSized(plot, QCustomPlot::rpQueuedReplot);
        }
    }
}

void HeatmapView::Private::hover(QMouseEvent *event)
{
    const QPoint pos = plot->mapTo(q, event->position().toPoint());
    const auto cell = q->cellAt(pos);
    const std::pair<int, int> now = cell.value_or(std::pair{-1, -1});
    if (cell)
        QToolTip::showText(event->globalPosition().toPoint(), q->toolTipText(cell->first, cell->second), plot);
    else
        QToolTip::hideText();
    if (now != hovered) {
        hovered = now;
        Q_EMIT q->cellHovered(now.first, now.second);
    }
}

void HeatmapView::Private::leave()
{
    QToolTip::hideText();
    if (hovered != std::pair{-1, -1}) {
        hovered = {-1, -1};
        Q_EMIT q->cellHovered(-1, -1);
    }
}

HeatmapView::HeatmapView(QWidget *parent) : QWidget(parent), d(std::make_unique<Private>(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // A label rather than a plot element: long titles wrap instead of being clipped.
    d->titleLabel = new QLabel(this);
    d->titleLabel->setAlignment(Qt::AlignCenter);
    d->titleLabel->setWordWrap(true);
    d->titleLabel->setContentsMargins(8, 8, 8, 0);
    d->titleLabel->setBackgroundRole(QPalette::Base);
    d->titleLabel->setAutoFillBackground(true);
    d->titleLabel->setForegroundRole(QPalette::Text);
    d->titleLabel->hide();
    layout->addWidget(d->titleLabel);
    d->stack = new QStackedLayout;
    layout->addLayout(d->stack, 1);

    d->messageLabel = new QLabel(this);
    d->messageLabel->setAlignment(Qt::AlignCenter);
    d->messageLabel->setWordWrap(true);
    d->messageLabel->setMargin(24);
    d->messageLabel->setBackgroundRole(QPalette::Base);
    d->messageLabel->setAutoFillBackground(true);
    d->messageLabel->setForegroundRole(QPalette::PlaceholderText);
    d->stack->addWidget(d->messageLabel);

    auto *plot = new QCustomPlot(this);
    d->plot = plot;
    d->stack->addWidget(plot);

    d->map = new QCPColorMap(plot->xAxis, plot->yAxis);
    d->map->setInterpolate(false);
    d->map->setTightBoundary(false);

    d->scale = new QCPColorScale(plot);
    plot->plotLayout()->addElement(0, 1, d->scale);
    d->scale->setType(QCPAxis::atRight);
    d->scale->setBarWidth(12);
    d->map->setColorScale(d->scale);

    // The highlight's items, made once and shown or hidden; above the map (made after it),
    // below the value texts (made later still).
    QColor band = kHighlightColor;
    // A faint fill (enough to mark blank cells), strong edges: the cells keep their colour.
    band.setAlpha(30);
    QColor bandEdge = kHighlightColor;
    bandEdge.setAlpha(220);
    for (QCPItemRect **item : {&d->rowBand, &d->colBand, &d->cellOutline}) {
        *item = new QCPItemRect(plot);
        (*item)->setSelectable(false);
        (*item)->setClipToAxisRect(true);
        (*item)->setVisible(false);
        (*item)->setPen(QPen(bandEdge, 1.5));
        (*item)->setBrush(band);
    }
    d->cellOutline->setPen(QPen(kHighlightColor, 3.0));
    d->cellOutline->setBrush(Qt::NoBrush);
    d->scale->setGradient(gradientFor(ColorMapKind::Sequential)); // after linking: the map adopts the scale's gradient
    // The bar spans exactly the matrix's height.
    auto *group = new QCPMarginGroup(plot);
    plot->axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    d->scale->setMarginGroup(QCP::msTop | QCP::msBottom, group);

    d->rowTicker = QSharedPointer<QCPAxisTickerText>::create();
    d->colTicker = QSharedPointer<QCPAxisTickerText>::create();
    d->rowTicker->setSubTickCount(0);
    d->colTicker->setSubTickCount(0);
    plot->xAxis->setTicker(d->colTicker);
    plot->yAxis->setTicker(d->rowTicker);
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->grid()->setVisible(false);
        axis->setSubTicks(false);
        axis->setTickLength(0, 4);
    }
    // Like a written matrix: row 0 at the top.
    plot->yAxis->setRangeReversed(true);

    d->applyPalette();
    connect(plot, &QCustomPlot::afterLayout, this, [this] { d->afterLayout(); });
    connect(plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) { d->hover(event); });
    plot->setMouseTracking(true);
    // QCustomPlot has no signal for the mouse leaving, nor for its resizes.
    plot->installEventFilter(this);

    clear();
}

HeatmapView::~HeatmapView()
{
    // The plot outlives d (children go in ~QWidget): cut everything that reaches d from it.
    d->plot->removeEventFilter(this);
    d->plot->disconnect(this);
}

void HeatmapView::setMatrix(const core::Matrix &matrix, const QStringList &rowLabels, const QStringList &colLabels,
                            const QString &title, const QString &rowAxisTitle, const QString &colAxisTitle)
{
    if (matrix.size() == 0) {
        clear();
        return;
    }
    d->matrix = matrix;
    d->rowLabels = labelsOrIndices(rowLabels, matrix.rows());
    d->colLabels = labelsOrIndices(colLabels, matrix.cols());
    d->title = title;
    d->rowTitle = rowAxisTitle;
    d->colTitle = colAxisTitle;
    d->message.clear();
    d->messageLabel->clear(); // no stale sentence behind the plot (nor in another language)
    d->neutralMessage = false;

    const int rows = int(matrix.rows());
    const int cols = int(matrix.cols());
    d->setMapData();
    d->highlight = Highlight();
    d->applyHighlight();

    d->plot->xAxis->setRange(-0.5, cols - 0.5);
    d->plot->yAxis->setRange(-0.5, rows - 0.5);
    d->plot->xAxis->setLabel(colAxisTitle);
    d->plot->yAxis->setLabel(rowAxisTitle);
    d->titleLabel->setText(title);
    d->titleLabel->setVisible(!title.isEmpty());

    // Start from every label; the first layout thins them to what fits.
    d->rowStep = 1;
    d->colStep = 1;
    d->colLabelsUpright = false;
    d->plot->xAxis->setTickLabelRotation(0.0);
    d->setTicks(*d->rowTicker, d->rowLabels, 1);
    d->setTicks(*d->colTicker, d->colLabels, 1);
    d->relayoutsLeft = 2;

    d->rebuildValueItems();
    d->applyPalette();
    d->applyDataRange();
    d->stack->setCurrentWidget(d->plot);
    replotIfSized(d->plot);
}

bool HeatmapView::updateValues(const core::Matrix &matrix)
{
    if (!d->shown() || matrix.rows() != d->matrix.rows() || matrix.cols() != d->matrix.cols())
        return false;
    d->matrix = matrix;
    d->setMapData();
    d->rebuildValueItems();
    d->applyDataRange();
    // Now, not queued: a frame drawn right after setMatrix() must replace its picture before
    // that one is painted.
    replotIfSized(d->plot);
    return true;
}

void HeatmapView::setHighlight(int row, int col, int rowSpan, int colSpan)
{
    const int rows = int(d->matrix.rows());
    const int cols = int(d->matrix.cols());
    Highlight h;
    if (row >= 0 && row < rows) {
        h.row = row;
        h.rowSpan = std::clamp(rowSpan, 1, rows - row);
    }
    if (col >= 0 && col < cols) {
        h.col = col;
        h.colSpan = std::clamp(colSpan, 1, cols - col);
    }
    if (h == d->highlight)
        return;
    d->highlight = h;
    d->applyHighlight();
    replotIfSized(d->plot, QCustomPlot::rpQueuedReplot);
}

void HeatmapView::clearHighlight()
{
    setHighlight(-1, -1);
}

HeatmapView::Highlight HeatmapView::highlight() const
{
    return d->highlight;
}

void HeatmapView::clear(const QString &message)
{
    d->matrix = core::Matrix();
    d->rowLabels.clear();
    d->colLabels.clear();
    d->title.clear();
    d->rowTitle.clear();
    d->colTitle.clear();
    d->neutralMessage = message.isEmpty();
    d->message = message.isEmpty() ? tr("Nothing to show yet.") : message;
    d->rebuildValueItems();
    d->map->data()->clear();
    d->highlight = Highlight();
    d->applyHighlight();
    d->messageLabel->setText(d->message);
    d->titleLabel->clear();
    d->titleLabel->hide();
    d->stack->setCurrentWidget(d->messageLabel);
    d->leave();
}

void HeatmapView::setDataRange(double lower, double upper)
{
    d->fixedRange = true;
    d->lower = lower;
    d->upper = upper;
    d->applyDataRange();
    replotIfSized(d->plot, QCustomPlot::rpQueuedReplot);
}

void HeatmapView::setAutoDataRange()
{
    d->fixedRange = false;
    d->applyDataRange();
    replotIfSized(d->plot, QCustomPlot::rpQueuedReplot);
}

bool HeatmapView::isDataRangeFixed() const
{
    return d->fixedRange;
}

std::pair<double, double> HeatmapView::dataRange() const
{
    const QCPRange r = d->map->dataRange();
    return {r.lower, r.upper};
}

void HeatmapView::setColorScaleLabel(const QString &label)
{
    d->scaleLabel = label;
    d->scale->axis()->setLabel(colorScaleTitle(label, d->colorMap));
    replotIfSized(d->plot, QCustomPlot::rpQueuedReplot);
}

QString HeatmapView::colorScaleLabel() const
{
    return d->scaleLabel;
}

void HeatmapView::setShowValues(bool show)
{
    d->showValues = show;
    d->rebuildValueItems();
    replotIfSized(d->plot, QCustomPlot::rpQueuedReplot);
}

bool HeatmapView::hasMatrix() const
{
    return d->matrix.size() > 0;
}

const core::Matrix &HeatmapView::matrix() const
{
    return d->matrix;
}

QString HeatmapView::title() const
{
    return d->title;
}

QStringList HeatmapView::rowLabels() const
{
    return d->rowLabels;
}

QStringList HeatmapView::colLabels() const
{
    return d->colLabels;
}

QString HeatmapView::rowAxisTitle() const
{
    return d->rowTitle;
}

QString HeatmapView::colAxisTitle() const
{
    return d->colTitle;
}

QString HeatmapView::message() const
{
    return d->message;
}

float HeatmapView::valueAt(int row, int col) const
{
    if (row < 0 || col < 0 || row >= d->matrix.rows() || col >= d->matrix.cols())
        return std::numeric_limits<float>::quiet_NaN();
    return d->matrix(row, col);
}

std::optional<std::pair<int, int>> HeatmapView::cellAt(const QPoint &pos) const
{
    if (!d->shown())
        return std::nullopt;
    const QPoint p = d->plot->mapFrom(this, pos);
    if (!d->plot->axisRect()->rect().contains(p))
        return std::nullopt;
    const double key = d->plot->xAxis->pixelToCoord(p.x());
    const double value = d->plot->yAxis->pixelToCoord(p.y());
    const int col = int(std::floor(key + 0.5));
    const int row = int(std::floor(value + 0.5));
    if (row < 0 || col < 0 || row >= d->matrix.rows() || col >= d->matrix.cols())
        return std::nullopt;
    return std::pair{row, col};
}

QPoint HeatmapView::cellCenter(int row, int col) const
{
    const QPointF p(d->plot->xAxis->coordToPixel(col), d->plot->yAxis->coordToPixel(row));
    return d->plot->mapTo(this, p.toPoint());
}

QString HeatmapView::toolTipText(int row, int col) const
{
    if (row < 0 || col < 0 || row >= d->matrix.rows() || col >= d->matrix.cols())
        return QString();
    const QString rowTitle = d->rowTitle.isEmpty() ? tr("Row") : d->rowTitle;
    const QString colTitle = d->colTitle.isEmpty() ? tr("Column") : d->colTitle;
    const QString valueTitle = colorScaleLabel().isEmpty() ? tr("Value") : colorScaleLabel();
    const float v = d->matrix(row, col);
    return tr("%1: %2\n%3: %4\n%5: %6")
        .arg(rowTitle, d->rowLabels.at(row), colTitle, d->colLabels.at(col), valueTitle,
             std::isnan(v) ? tr("not computed yet") : QString::number(double(v), 'f', 4));
}

int HeatmapView::rowLabelStep() const
{
    return d->rowStep;
}

int HeatmapView::colLabelStep() const
{
    return d->colStep;
}

bool HeatmapView::colLabelsUpright() const
{
    return d->colLabelsUpright;
}

QSize HeatmapView::sizeHint() const
{
    return {560, 480};
}

QSize HeatmapView::minimumSizeHint() const
{
    return {240, 200};
}

void HeatmapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        d->applyPalette();
        d->applyDataRange();
        replotIfSized(d->plot, QCustomPlot::rpQueuedReplot);
    }
    // The owner sets its own titles and messages again; only the neutral message is ours.
    if (event->type() == QEvent::LanguageChange && d->neutralMessage) {
        d->message = tr("Nothing to show yet.");
        d->messageLabel->setText(d->message);
    }
    QWidget::changeEvent(event);
}

bool HeatmapView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == d->plot) {
        if (event->type() == QEvent::Leave)
            d->leave();
        else if (event->type() == QEvent::Resize)
            d->relayoutsLeft = 2; // new room for labels: let the steps settle again
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace attnscope::widgets
