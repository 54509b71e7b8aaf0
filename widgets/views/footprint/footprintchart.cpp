// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/views/footprint/footprintchart.h"
#include "widgets/common/labels.h"
#include "widgets/common/plotutil.h"
#include "widgets/common/retranslator.h"
#include "widgets/views/footprint/footprintaxes_p.h"

#include "widgets/common/palette.h"
#include "widgets/models/compareset.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace attnscope::widgets {

using footprint::BytesTicker;
using footprint::ContextTicker;
using footprint::formatBytes;
using footprint::formatTokens;
using footprint::LogBytesTicker;
using footprint::LogContextTicker;
using footprint::sampleContexts;

namespace {

// "8 KV heads", "d_c 512 + d_h^R 64": what sets the cache size of a mechanism.
QString cacheShape(const core::ModelShape &m)
{
    switch (m.mechanism) {
    case core::Mechanism::Mha:
    case core::Mechanism::Gqa:
        return m.nKvHeads == 1 ? FootprintChart::tr("1 KV head") : FootprintChart::tr("%1 KV heads").arg(m.nKvHeads);
    case core::Mechanism::Mqa: return FootprintChart::tr("1 KV head");
    case core::Mechanism::Mla: return FootprintChart::tr("d_c %1 + d_h^R %2").arg(m.dLatentKv).arg(m.dRope);
    default: return QString();
    }
}

} // namespace

struct FootprintChart::Private
{
    QCustomPlot *plot = nullptr;
    QCheckBox *logBytes = nullptr;
    QCheckBox *logContext = nullptr;
    std::vector<QCheckBox *> gpuBoxes;
    QLabel *fill = nullptr;
    QLabel *problems = nullptr;
    QLabel *units = nullptr;
    QSharedPointer<BytesTicker> bytesTicker = QSharedPointer<BytesTicker>::create();
    QSharedPointer<LogBytesTicker> logBytesTicker = QSharedPointer<LogBytesTicker>::create();
    QSharedPointer<ContextTicker> contextTicker = QSharedPointer<ContextTicker>::create();
    QSharedPointer<LogContextTicker> logContextTicker = QSharedPointer<LogContextTicker>::create();

    // One per drawn model line: the line, its markers (no legend entry), the model index.
    struct Line
    {
        QCPGraph *graph = nullptr;
        QCPGraph *markers = nullptr;
        int model = -1;
        QColor colour;
        int overflowed = 0;
    };
    std::vector<Line> lines;
    std::vector<QCPItemStraightLine *> gpuLines;
    QSharedPointer<QCPAxisTickerText> gpuTicker = QSharedPointer<QCPAxisTickerText>::create();
    // Each marker's label and the point it labels, in plot coordinates.
    struct MarkerLabel
    {
        QCPItemText *item = nullptr;
        double key = 0.0;
        double value = 0.0;
    };
    std::vector<MarkerLabel> markerLabels;
    // GPU tick labels dropped at the last layout because they came too close to another.
    std::set<std::size_t> crowdedGpus;
    int relayoutsLeft = 1;
    QStringList invalid; // sentences about models that were left out
    double minBytes = 0.0;
    double maxBytes = 0.0;
    Retranslator texts; // the controls and axis labels; rebuild() writes the rest
};

const std::vector<FootprintChart::GpuMemory> &FootprintChart::gpuMemories()
{
    static const std::vector<GpuMemory> sizes{
        {24, QStringLiteral("RTX 4090")},
        {40, QStringLiteral("A100 40GB")},
        {80, QStringLiteral("A100 80GB, H100")},
        {141, QStringLiteral("H200")},
    };
    return sizes;
}

FootprintChart::FootprintChart(QWidget *parent) : QWidget(parent), d(std::make_unique<Private>())
{
    m_gpuVisible.assign(gpuMemories().size(), false);

    auto *layout = new QVBoxLayout(this);
    // Two short columns rather than one long row, so the chart fits beside other panels.
    auto *controls = new QGridLayout;
    controls->setHorizontalSpacing(16);
    controls->setVerticalSpacing(2);
    d->logBytes = new QCheckBox(this);
    d->logBytes->setObjectName(QStringLiteral("logBytes"));
    d->logBytes->setChecked(m_logBytes);
    d->logContext = new QCheckBox(this);
    d->logContext->setObjectName(QStringLiteral("logContext"));
    d->logContext->setChecked(m_logContext);
    controls->addWidget(d->logBytes, 0, 0);
    controls->addWidget(d->logContext, 1, 0);
    auto *gpuTitle = new QLabel(this);
    controls->addWidget(gpuTitle, 0, 1);
    d->texts.add([this, gpuTitle] {
        d->logBytes->setText(tr("&Logarithmic bytes axis"));
        d->logBytes->setToolTip(tr("Bytes on a logarithmic axis: every mechanism's line stays readable, and a "
                                   "constant ratio between two caches is a constant gap"));
        d->logContext->setText(tr("Log&arithmic context axis"));
        d->logContext->setToolTip(tr("Context length on a logarithmic axis (1K to 1M tokens), or linear"));
        gpuTitle->setText(tr("GPU memory:"));
        gpuTitle->setToolTip(tr("Lines at common GPU memory sizes, and where each cache alone fills them"));
    });
    for (std::size_t i = 0; i < gpuMemories().size(); ++i) {
        const GpuMemory &g = gpuMemories()[i];
        auto *box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("gpu%1").arg(g.gib));
        d->texts.add([box, &g] {
            box->setText(tr("%1 GiB (%2)").arg(g.gib).arg(g.devices));
            box->setToolTip(tr("A line at %1 GiB (%2 bytes), the memory of the %3, and where each cache alone fills it")
                                .arg(g.gib)
                                .arg(QLocale().toString(qlonglong(g.bytes())))
                                .arg(g.devices));
        });
        controls->addWidget(box, int(i % 2), 2 + int(i / 2));
        d->gpuBoxes.push_back(box);
        connect(box, &QCheckBox::toggled, this, [this, i](bool on) { setGpuLineVisible(int(i), on); });
    }
    controls->setColumnStretch(4, 1);
    layout->addLayout(controls);

    d->plot = new QCustomPlot(this);
    d->plot->setObjectName(QStringLiteral("footprintPlot"));
    d->plot->setMinimumSize(320, 240);
    layout->addWidget(d->plot, 1);

    d->fill = new QLabel(this);
    d->fill->setWordWrap(true);
    d->fill->setTextFormat(Qt::PlainText);
    d->fill->hide();
    layout->addWidget(d->fill);
    d->problems = new QLabel(this);
    d->problems->setWordWrap(true);
    d->problems->setTextFormat(Qt::PlainText);
    d->problems->hide();
    layout->addWidget(d->problems);
    d->units = new QLabel(this);
    d->units->setWordWrap(true);
    d->units->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(d->units);

    QCustomPlot *plot = d->plot;
    d->texts.add([plot] {
        plot->xAxis->setLabel(tr("Context length (tokens per sequence; K = 1024)"));
        plot->yAxis->setLabel(tr("KV cache size"));
    });
    // The legend goes above the axes, in columns: inside it would hide lines at some size.
    placeLegendAbove(plot, 2, QMargins(12, 6, 12, 0), 16);

    plot->yAxis2->setTicker(d->gpuTicker);
    plot->yAxis2->setSubTicks(false);
    plot->yAxis2->grid()->setVisible(false);
    plot->yAxis2->setTickLength(0, 4);
    connect(plot, &QCustomPlot::afterLayout, this, [this] { afterLayout(); });

    connect(d->logBytes, &QCheckBox::toggled, this, &FootprintChart::setLogScale);
    connect(d->logContext, &QCheckBox::toggled, this, &FootprintChart::setLogContext);

    applyAxes();
    rebuild();
}

FootprintChart::~FootprintChart()
{
    // The plot outlives d (children go in ~QWidget): cut what reaches d from it.
    d->plot->disconnect(this);
}

std::vector<core::ModelShape> FootprintChart::shapesForConfig(const core::Config &config, std::int64_t layers)
{
    std::vector<core::ModelShape> shapes;
    for (const core::Config &c : compareConfigs(config)) {
        core::ModelShape m = core::modelShapeOf(c, layers);
        m.name = mechanismAcronym(c.mechanism).toStdString();
        m.source = "current shape";
        shapes.push_back(std::move(m));
    }
    return shapes;
}

void FootprintChart::setModels(std::vector<core::ModelShape> models)
{
    m_models = std::move(models);
    rebuild();
}

void FootprintChart::setBits(core::KvBits bits)
{
    m_bits = bits;
    rebuild();
}

void FootprintChart::setBatch(std::int64_t batch)
{
    m_batch = std::max<std::int64_t>(batch, 1);
    rebuild();
}

void FootprintChart::setContextRange(std::int64_t from, std::int64_t to)
{
    m_from = std::max<std::int64_t>(from, 1);
    m_to = std::max(to, m_from + 1);
    rebuild();
}

void FootprintChart::setLogScale(bool on)
{
    if (on == m_logBytes)
        return;
    m_logBytes = on;
    {
        const QSignalBlocker blocker(d->logBytes);
        d->logBytes->setChecked(on);
    }
    applyAxes();
    Q_EMIT logScaleChanged(on);
}

void FootprintChart::setLogContext(bool on)
{
    if (on == m_logContext)
        return;
    m_logContext = on;
    {
        const QSignalBlocker blocker(d->logContext);
        d->logContext->setChecked(on);
    }
    applyAxes();
    Q_EMIT logContextChanged(on);
}

void FootprintChart::setGpuLineVisible(int gpu, bool visible)
{
    if (gpu < 0 || gpu >= int(m_gpuVisible.size()) || m_gpuVisible[std::size_t(gpu)] == visible)
        return;
    m_gpuVisible[std::size_t(gpu)] = visible;
    {
        const QSignalBlocker blocker(d->gpuBoxes[std::size_t(gpu)]);
        d->gpuBoxes[std::size_t(gpu)]->setChecked(visible);
    }
    rebuildMarkers();
    applyAxes();
}

bool FootprintChart::isGpuLineVisible(int gpu) const
{
    return gpu >= 0 && gpu < int(m_gpuVisible.size()) && m_gpuVisible[std::size_t(gpu)];
}

void FootprintChart::rebuild()
{
    QCustomPlot *plot = d->plot;
    plot->clearGraphs();
    d->lines.clear();
    d->invalid.clear();
    d->minBytes = std::numeric_limits<double>::infinity();
    d->maxBytes = 0.0;

    // Colour by mechanism when each line is a different one (the compare view's colours);
    // otherwise by position, with dashes once the colours repeat.
    std::set<core::Mechanism> mechanisms;
    for (const auto &m : m_models)
        mechanisms.insert(m.mechanism);
    const bool byMechanism = mechanisms.size() == m_models.size();

    const std::vector<std::int64_t> contexts = sampleContexts(m_from, m_to);
    core::FootprintRequest request;
    request.batch = m_batch;
    request.bits = m_bits;
    for (std::size_t i = 0; i < m_models.size(); ++i) {
        const core::ModelShape &model = m_models[i];
        const QString name =
            model.name.empty() ? mechanismAcronym(model.mechanism) : QString::fromStdString(model.name);
        if (const auto errors = core::validateModel(model); !errors.empty()) {
            d->invalid << tr("%1 is left out: %2").arg(name, QString::fromStdString(errors.front().message));
            continue;
        }
        Private::Line line;
        line.model = int(i);
        line.colour = byMechanism ? mechanismColor(model.mechanism) : seriesColor(int(i));
        QVector<double> keys;
        QVector<double> values;
        keys.reserve(qsizetype(contexts.size()));
        values.reserve(qsizetype(contexts.size()));
        std::int64_t perToken = -1;
        for (const std::int64_t t : contexts) {
            request.context = t;
            try {
                const core::Footprint f = core::computeFootprint(model, request);
                perToken = f.bytesPerToken;
                keys << double(t);
                values << double(f.totalBytes);
            } catch (const core::FootprintOverflow &) {
                ++line.overflowed; // too large for 64 bits: not drawn, and said so below
            } catch (const std::exception &e) {
                d->invalid << tr("%1 is left out: %2").arg(name, QString::fromUtf8(e.what()));
                keys.clear();
                values.clear();
                break;
            }
        }
        if (keys.isEmpty() && line.overflowed == 0)
            continue;

        // "MHA, 32 KV heads: 512 KiB per token" or "Llama 2 70B (GQA, 8 KV heads): ...".
        const QString mech = mechanismAcronym(model.mechanism);
        const QString shape = cacheShape(model);
        QString legend = name == mech ? tr("%1, %2").arg(mech, shape) : tr("%1 (%2, %3)").arg(name, mech, shape);
        if (perToken >= 0)
            legend = tr("%1: %2 per token").arg(legend, formatBytes(double(perToken)));

        line.graph = plot->addGraph();
        line.graph->setName(legend);
        QPen pen(line.colour, 2.5);
        if (!byMechanism && int(i) >= kSeriesColorCount)
            pen.setStyle(Qt::DashLine);
        line.graph->setPen(pen);
        line.graph->setData(keys, values, true);
        for (const double v : std::as_const(values)) {
            d->minBytes = std::min(d->minBytes, v);
            d->maxBytes = std::max(d->maxBytes, v);
        }

        line.markers = plot->addGraph();
        line.markers->removeFromLegend();
        line.markers->setLineStyle(QCPGraph::lsNone);
        line.markers->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(line.colour, 2.0), palette().brush(QPalette::Base), 9));
        d->lines.push_back(line);
    }

    QStringList problems = d->invalid;
    for (const auto &line : d->lines) {
        if (line.overflowed > 0)
            problems << (line.overflowed == 1
                             ? tr("%1: one context length is not drawn, its bytes do not fit in 64 bits.")
                                   .arg(line.graph->name())
                             : tr("%1: %2 context lengths are not drawn, their bytes do not fit in 64 bits.")
                                   .arg(line.graph->name())
                                   .arg(line.overflowed));
    }
    d->problems->setText(problems.join(QLatin1Char('\n')));
    d->problems->setVisible(!problems.isEmpty());
    d->units->setText(
        tr("%1-bit elements, batch %2. Bytes in binary units (1 GiB = 2^30 bytes). GPU sizes are the nominal "
           "capacities read as GiB; a program can use a little less, and the weights and activations need room too.")
            .arg(QString::fromStdString(m_bits.text()))
            .arg(m_batch));
    if (d->lines.empty())
        d->minBytes = d->maxBytes = 0.0;
    updateLegendColumns();
    rebuildMarkers();
    applyAxes();
}

void FootprintChart::rebuildMarkers()
{
    QCustomPlot *plot = d->plot;
    for (auto *item : d->gpuLines)
        plot->removeItem(item);
    for (const auto &label : d->markerLabels)
        plot->removeItem(label.item);
    d->gpuLines.clear();
    d->markerLabels.clear();
    d->crowdedGpus.clear();
    d->relayoutsLeft = 1;
    m_markers.clear();

    const QColor text = palette().color(QPalette::Text);
    QColor lineColour = text;
    lineColour.setAlphaF(0.55f);
    QFont smallBold = font();
    smallBold.setPointSizeF(smallBold.pointSizeF() * 0.9);
    smallBold.setBold(true);
    // The line's colour, a shade towards the text colour so that thin glyphs stay readable.
    const bool lightBase = palette().color(QPalette::Base).lightness() >= 128;

    for (auto &line : d->lines)
        line.markers->data()->clear();
    QStringList fills;
    for (std::size_t g = 0; g < gpuMemories().size(); ++g) {
        if (!m_gpuVisible[g])
            continue;
        const GpuMemory &gpu = gpuMemories()[g];
        const double y = double(gpu.bytes());
        auto *hline = new QCPItemStraightLine(plot);
        hline->point1->setCoords(1.0, y); // x > 0: valid on a logarithmic axis as well
        hline->point2->setCoords(2.0, y);
        hline->setPen(QPen(lineColour, 1.5, Qt::DashLine));
        hline->setSelectable(false);
        d->gpuLines.push_back(hline);

        QStringList where;
        for (auto &line : d->lines) {
            const core::ModelShape &model = m_models[std::size_t(line.model)];
            Marker marker;
            marker.model = line.model;
            marker.gpu = int(g);
            marker.budgetBytes = gpu.bytes();
            marker.context = core::maxContextForBudget(model, m_bits, m_batch, gpu.bytes());
            marker.inRange = marker.context >= m_from && marker.context <= m_to;
            m_markers.push_back(marker);
            const QString mech =
                model.name.empty() ? mechanismAcronym(model.mechanism) : QString::fromStdString(model.name);
            where << tr("%1 %2").arg(mech, marker.context > 0 ? formatTokens(double(marker.context)) : tr("none"));
            if (!marker.inRange)
                continue;
            line.markers->addData(double(marker.context), y);
            auto *tokens = new QCPItemText(plot);
            tokens->position->setCoords(double(marker.context), y);
            // Where it goes is decided after each layout (placeMarkerLabels), clear of the rest.
            tokens->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
            tokens->setPadding(QMargins(6, 3, 6, 3));
            tokens->setText(formatTokens(double(marker.context)));
            tokens->setColor(lightBase ? line.colour.darker(130) : line.colour.lighter(120));
            tokens->setFont(smallBold);
            tokens->setSelectable(false);
            tokens->setClipToAxisRect(true);
            d->markerLabels.push_back({tokens, double(marker.context), y});
        }
        fills << tr("The cache alone fills %1 GiB at %2 tokens per sequence.")
                     .arg(gpu.gib)
                     .arg(where.join(QStringLiteral(", ")));
    }
    if (fills.isEmpty() || d->lines.empty()) {
        d->fill->clear();
        d->fill->hide();
    } else {
        d->fill->setText(fills.join(QLatin1Char('\n')));
        d->fill->show();
    }
}

void FootprintChart::applyAxes()
{
    QCustomPlot *plot = d->plot;
    styleLineChart(plot, {plot->xAxis, plot->yAxis, plot->yAxis2}, palette(), font());

    plot->xAxis->setScaleType(m_logContext ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (m_logContext) {
        plot->xAxis->setTicker(d->logContextTicker);
        plot->xAxis->setRange(double(m_from), double(m_to));
    } else {
        plot->xAxis->setTicker(d->contextTicker);
        plot->xAxis->setRange(0.0, double(m_to));
    }

    double lo = d->minBytes;
    double hi = d->maxBytes;
    for (std::size_t g = 0; g < gpuMemories().size(); ++g) {
        if (m_gpuVisible[g]) {
            lo = lo > 0.0 ? std::min(lo, double(gpuMemories()[g].bytes())) : double(gpuMemories()[g].bytes());
            hi = std::max(hi, double(gpuMemories()[g].bytes()));
        }
    }
    if (!(hi > 0.0)) {
        lo = 1024.0;
        hi = 1024.0 * 1024.0;
    }
    plot->yAxis->setScaleType(m_logBytes ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (m_logBytes) {
        plot->yAxis->setTicker(d->logBytesTicker);
        plot->yAxis->setRange(std::max(lo, 1.0) / 1.5, hi * 1.5);
    } else {
        plot->yAxis->setTicker(d->bytesTicker);
        plot->yAxis->setRange(0.0, hi * 1.06);
    }
    d->relayoutsLeft = 1;

    // The GPU sizes are named on a right-hand axis, outside the data, where no label can hide a line.
    QCPAxis *right = plot->yAxis2;
    right->setScaleType(plot->yAxis->scaleType());
    right->setRange(plot->yAxis->range());
    d->gpuTicker->clear();
    bool anyGpu = false;
    for (std::size_t g = 0; g < gpuMemories().size(); ++g) {
        if (!m_gpuVisible[g])
            continue;
        anyGpu = true;
        if (!d->crowdedGpus.count(g))
            d->gpuTicker->addTick(double(gpuMemories()[g].bytes()), tr("%1 GiB").arg(gpuMemories()[g].gib));
    }
    right->setVisible(anyGpu);
    replotIfSized(plot);
}

void FootprintChart::updateLegendColumns()
{
    // Four entries in one row where they fit, else two columns.
    QCPLegend *legend = d->plot->legend;
    int widest = 0;
    for (int i = 0; i < legend->itemCount(); ++i)
        widest = std::max(widest, legend->item(i)->minimumOuterSizeHint().width());
    const int fit = (d->plot->width() - 16 + legend->columnSpacing()) / std::max(widest + legend->columnSpacing(), 1);
    const int wrap = fit >= 4 ? 4 : (fit >= 2 ? 2 : 1);
    if (wrap != legend->wrap()) {
        legend->setWrap(wrap);
        legend->setFillOrder(legend->fillOrder(), true); // re-flows the entries already there
    }
}

void FootprintChart::afterLayout()
{
    QCustomPlot *plot = d->plot;
    const QRectF area = plot->axisRect()->rect();

    // GPU labels closer than a line of text to a larger size's would overlap: the smaller one
    // loses its label (its line, markers and the sentence below stay). Vertical positions do
    // not depend on the right-hand labels, so one more layout settles it.
    std::set<std::size_t> crowded;
    const double minGap = QFontMetricsF(plot->yAxis2->tickLabelFont()).height();
    double lastPixel = std::numeric_limits<double>::infinity();
    for (std::size_t g = gpuMemories().size(); g-- > 0;) {
        if (!m_gpuVisible[g])
            continue;
        const double pixel = plot->yAxis2->coordToPixel(double(gpuMemories()[g].bytes()));
        if (std::abs(pixel - lastPixel) < minGap)
            crowded.insert(g);
        else
            lastPixel = pixel;
    }
    if (crowded != d->crowdedGpus && d->relayoutsLeft > 0) {
        --d->relayoutsLeft;
        d->crowdedGpus = crowded;
        d->gpuTicker->clear();
        for (std::size_t g = 0; g < gpuMemories().size(); ++g) {
            if (m_gpuVisible[g] && !crowded.count(g))
                d->gpuTicker->addTick(double(gpuMemories()[g].bytes()), tr("%1 GiB").arg(gpuMemories()[g].gib));
        }
        replotIfSized(plot, QCustomPlot::rpQueuedReplot);
    }

    // Marker labels: the first of four places around the marker that stays inside the plot and
    // clear of the markers and the labels placed before; none fits: no label (the sentence
    // below the chart still gives the number).
    QList<QRectF> taken;
    for (const auto &label : d->markerLabels) {
        const QPointF p(plot->xAxis->coordToPixel(label.key), plot->yAxis->coordToPixel(label.value));
        taken << QRectF(p - QPointF(5, 5), QSizeF(10, 10));
    }
    for (const auto &label : d->markerLabels) {
        QCPItemText *item = label.item;
        const QPointF p(plot->xAxis->coordToPixel(label.key), plot->yAxis->coordToPixel(label.value));
        const QFontMetricsF fm(item->font());
        const QMargins pad = item->padding();
        const QSizeF size(fm.horizontalAdvance(item->text()) + pad.left() + pad.right(),
                          fm.height() + pad.top() + pad.bottom());
        // Below right first: the line that crosses here runs up and to the right.
        const std::pair<Qt::Alignment, QPointF> places[] = {
            {Qt::AlignLeft | Qt::AlignTop, p},
            {Qt::AlignRight | Qt::AlignBottom, p - QPointF(size.width(), size.height())},
            {Qt::AlignRight | Qt::AlignTop, p - QPointF(size.width(), 0)},
            {Qt::AlignLeft | Qt::AlignBottom, p - QPointF(0, size.height())},
        };
        bool placed = false;
        for (const auto &[alignment, topLeft] : places) {
            QRectF box(topLeft, size);
            // The markers' own squares overlap every box by a corner: test a box shrunk past them.
            const QRectF core = box.adjusted(pad.left(), pad.top(), -pad.right(), -pad.bottom());
            const bool inside = area.contains(box);
            const bool clear =
                std::none_of(taken.cbegin(), taken.cend(), [&](const QRectF &r) { return r.intersects(core); });
            if (inside && clear) {
                item->setPositionAlignment(alignment);
                taken << core;
                placed = true;
                break;
            }
        }
        item->setVisible(placed);
    }
}

void FootprintChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        rebuild();
    }
    if (event->type() == QEvent::LanguageChange) {
        d->texts.retranslate();
        applyAxes(); // the GPU ticks
        rebuild();   // the legend, the markers and the sentences under the chart
    }
    QWidget::changeEvent(event);
}

void FootprintChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // About one context label per 70 pixels (1K ... 1M is eleven of them), one bytes label per 40.
    const int xTicks = std::clamp(d->plot->width() / 70, 2, 10);
    const int yTicks = std::clamp(d->plot->height() / 45, 3, 10);
    d->logContextTicker->setTickCount(xTicks);
    d->contextTicker->setTickCount(std::min(xTicks, 8));
    d->logBytesTicker->setTickCount(yTicks);
    d->bytesTicker->setTickCount(std::min(yTicks, 8));
    d->relayoutsLeft = 1;
    updateLegendColumns();
    replotIfSized(d->plot, QCustomPlot::rpQueuedReplot);
}

int FootprintChart::graphCount() const
{
    return int(d->lines.size());
}

QString FootprintChart::graphName(int graph) const
{
    return graph >= 0 && graph < graphCount() ? d->lines[std::size_t(graph)].graph->name() : QString();
}

int FootprintChart::graphModel(int graph) const
{
    return graph >= 0 && graph < graphCount() ? d->lines[std::size_t(graph)].model : -1;
}

int FootprintChart::pointCount(int graph) const
{
    return graph >= 0 && graph < graphCount() ? d->lines[std::size_t(graph)].graph->dataCount() : 0;
}

std::optional<double> FootprintChart::valueAt(int graph, std::int64_t context) const
{
    if (graph < 0 || graph >= graphCount())
        return std::nullopt;
    const auto series = d->lines[std::size_t(graph)].graph->data();
    const auto it = series->findBegin(double(context), false);
    if (it == series->constEnd() || it->key != double(context))
        return std::nullopt;
    return it->value;
}

QByteArray FootprintChart::csv() const
{
    // One row per sampled context, one column of bytes per line (empty where a point overflowed).
    std::vector<double> contexts;
    for (int g = 0; g < graphCount(); ++g) {
        const auto series = d->lines[std::size_t(g)].graph->data();
        for (auto it = series->constBegin(); it != series->constEnd(); ++it)
            contexts.push_back(it->key);
    }
    std::sort(contexts.begin(), contexts.end());
    contexts.erase(std::unique(contexts.begin(), contexts.end()), contexts.end());
    QByteArray out = "context_tokens";
    for (int g = 0; g < graphCount(); ++g) {
        QByteArray name = graphName(g).toUtf8();
        name.replace('"', "\"\"");
        out += ",\"" + name + " bytes\"";
    }
    out += '\n';
    for (double c : contexts) {
        out += QByteArray::number(qint64(c));
        for (int g = 0; g < graphCount(); ++g) {
            out += ',';
            if (const auto v = valueAt(g, std::int64_t(c)))
                out += QByteArray::number(qint64(*v));
        }
        out += '\n';
    }
    return out;
}

std::vector<std::pair<double, double>> FootprintChart::markerPoints(int graph) const
{
    std::vector<std::pair<double, double>> points;
    if (graph < 0 || graph >= graphCount())
        return points;
    const auto series = d->lines[std::size_t(graph)].markers->data();
    for (auto it = series->constBegin(); it != series->constEnd(); ++it)
        points.emplace_back(it->key, it->value);
    return points;
}

bool FootprintChart::isBytesAxisLogarithmic() const
{
    return d->plot->yAxis->scaleType() == QCPAxis::stLogarithmic;
}

bool FootprintChart::isContextAxisLogarithmic() const
{
    return d->plot->xAxis->scaleType() == QCPAxis::stLogarithmic;
}

QString FootprintChart::fillText() const
{
    return d->fill->text();
}

QString FootprintChart::problemText() const
{
    return d->problems->text();
}

void FootprintChart::showTrace(const std::shared_ptr<const core::Trace> &, const core::Config &config)
{
    if (m_pageModel) {
        setModels({*m_pageModel});
        return;
    }
    if (config.mechanism == core::Mechanism::Bahdanau || config.dModel <= 0)
        return;
    setModels(shapesForConfig(config, 1));
}

} // namespace attnscope::widgets
