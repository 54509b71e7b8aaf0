// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/views/footprint/footprintchart.h"
#include "widgets/views/footprint/footprintchart_p.h"

#include "widgets/common/labels.h"
#include "widgets/common/coretext.h"
#include "widgets/common/plotutil.h"
#include "widgets/common/retranslator.h"
#include "widgets/common/richlegend_p.h"
#include "widgets/views/footprint/footprintaxes_p.h"
#include "widgets/views/footprint/footprintseries_p.h"

#include "widgets/common/palette.h"
#include "widgets/models/compareset.h"
#include "widgets/models/footprintsettings.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <functional>
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

// The colours of the stacked parts (Okabe and Ito's colour-blind safe set): weights grey,
// full attention blue, windows green, cross-attention orange.
QColor bandColor(const footprint::Band &band)
{
    switch (band.part) {
    case footprint::Band::Part::Weights: return QColor(0x99, 0x99, 0x99);
    case footprint::Band::Part::Full: return QColor(0x00, 0x72, 0xb2);
    case footprint::Band::Part::Window: return QColor(0x00, 0x9e, 0x73);
    case footprint::Band::Part::Cross: return QColor(0xe6, 0x9f, 0x00);
    }
    return {};
}

QString bandLabel(const footprint::Band &band)
{
    switch (band.part) {
    case footprint::Band::Part::Weights: return FootprintChart::tr("weights per GPU");
    case footprint::Band::Part::Full:
        return FootprintChart::tr("full attention, %n layer(s)", nullptr, int(band.layers));
    case footprint::Band::Part::Window:
        return FootprintChart::tr("window of %1 tokens, %n layer(s)", nullptr, int(band.layers))
            .arg(QLocale().toString(qlonglong(band.window)));
    case footprint::Band::Part::Cross:
        return FootprintChart::tr("cross-attention, %n layer(s)", nullptr, int(band.layers));
    }
    return {};
}

} // namespace

// struct FootprintChart::Private: footprintchart_p.h

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
    // Two short rows (the axes, the GPU sizes) rather than one long one, so that the chart fits
    // beside the parameters and a dock in every language.
    auto *axes = new QHBoxLayout;
    axes->setSpacing(16);
    auto *gpus = new QHBoxLayout;
    gpus->setSpacing(12);
    d->logBytes = new QCheckBox(this);
    d->logBytes->setObjectName(QStringLiteral("logBytes"));
    d->logBytes->setChecked(m_logBytes);
    d->logContext = new QCheckBox(this);
    d->logContext->setObjectName(QStringLiteral("logContext"));
    d->logContext->setChecked(m_logContext);
    axes->addWidget(d->logBytes);
    axes->addWidget(d->logContext);
    axes->addStretch(1);
    auto *gpuTitle = d->gpuTitle = new QLabel(this);
    gpus->addWidget(gpuTitle);
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
            // The devices in the tool tip: four short boxes fit in one row beside a dock.
            box->setText(tr("%1 GiB").arg(g.gib));
            box->setToolTip(tr("A line at %1 GiB (%2 bytes), the memory of the %3, and where each cache alone fills it")
                                .arg(g.gib)
                                .arg(QLocale().toString(qlonglong(g.bytes())))
                                .arg(g.devices));
        });
        gpus->addWidget(box);
        d->gpuBoxes.push_back(box);
        connect(box, &QCheckBox::toggled, this, [this, i](bool on) { setGpuLineVisible(int(i), on); });
    }
    gpus->addStretch(1);
    layout->addLayout(axes);
    layout->addLayout(gpus);

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
    d->texts.add([plot] { plot->xAxis->setLabel(tr("Context length (tokens per sequence; K = 1024)")); });
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
    m_labels.assign(m_models.size(), QString());
    m_compared.assign(m_models.size(), false);
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

void FootprintChart::setSettings(FootprintSettings *settings)
{
    if (m_settings)
        disconnect(m_settings, nullptr, this, nullptr);
    m_settings = settings;
    if (m_settings)
        connect(m_settings, &FootprintSettings::changed, this, &FootprintChart::followSettings);
    followSettings();
}

void FootprintChart::followSettings()
{
    if (!m_settings) {
        m_target = 0;
        m_plan = false;
        rebuild();
        return;
    }
    const core::FootprintRequest &r = m_settings->request();
    m_bits = r.bits;
    m_batch = r.batch;
    m_target = r.context;
    m_plan = m_settings->planEnabled();
    // The context axis spans 1K .. 1M, and the target where it lies beyond.
    std::int64_t from = std::int64_t{1} << 10;
    std::int64_t to = std::int64_t{1} << 20;
    while (from > 1 && from > m_target)
        from /= 2;
    while (to < m_target && to < (std::int64_t{1} << 40))
        to *= 2;
    m_from = from;
    m_to = to;
    m_models.clear();
    m_labels.clear();
    m_compared.clear();
    const std::vector<FootprintEntry> entries = m_settings->chartModels();
    if (entries.empty()) {
        m_models = m_traceShapes;
        m_labels.assign(m_models.size(), QString());
        m_compared.assign(m_models.size(), false);
    }
    for (const FootprintEntry &e : entries) {
        m_models.push_back(e.model);
        m_labels.push_back(e.label);
        m_compared.push_back(!m_settings->comparedKey().isEmpty() && e.key == m_settings->comparedKey()
                             && e.key != m_settings->modelKey());
    }
    rebuild();
}

void FootprintChart::rebuild()
{
    QCustomPlot *plot = d->plot;
    plot->clearGraphs();
    d->lines.clear();
    d->bands.clear();
    d->invalid.clear();
    d->minBytes = std::numeric_limits<double>::infinity();
    d->maxBytes = 0.0;

    // Colour by mechanism when each line is a different one (the compare view's colours);
    // otherwise by position, with dashes once the colours repeat.
    std::set<core::Mechanism> mechanisms;
    for (const auto &m : m_models)
        mechanisms.insert(m.mechanism);
    const bool byMechanism = mechanisms.size() == m_models.size();

    std::vector<std::int64_t> contexts = sampleContexts(m_from, m_to);
    // The lines pass through the target context exactly: the chart's figure there is the command line's.
    if (m_target >= m_from && m_target <= m_to) {
        const auto at = std::lower_bound(contexts.begin(), contexts.end(), m_target);
        if (at == contexts.end() || *at != m_target)
            contexts.insert(at, m_target);
    }
    for (std::size_t i = 0; i < m_models.size(); ++i) {
        const core::ModelShape &model = m_models[i];
        const QString label = i < m_labels.size() ? m_labels[i] : QString();
        const QString name = !label.isEmpty()      ? label
                             : model.name.empty() ? mechanismAcronym(model.mechanism)
                                                  : QString::fromStdString(model.name);
        if (const auto errors = core::validateModel(model); !errors.empty()) {
            d->invalid << tr("%1 is left out: %2").arg(name, translateCoreText(QString::fromStdString(errors.front().message)));
            continue;
        }
        footprint::SeriesRequest request;
        request.cache.batch = m_batch;
        request.cache.bits = m_bits;
        request.cache.context = std::max<std::int64_t>(m_target, 1);
        const bool compared = i < m_compared.size() && m_compared[i];
        if (m_settings) {
            request.cache = m_settings->request();
            if (compared)
                request.cache.bits = m_settings->compareBits();
            if (model.crossLayers == 0)
                request.cache.sourceTokens.reset();
            if (m_plan) {
                // The sentence of a model that cannot be planned; the plan itself is made once, below.
                if (const QString refusal = m_settings->planRefusal(model, compared); !refusal.isEmpty()) {
                    d->invalid << tr("%1 is left out: %2").arg(name, refusal);
                    continue;
                }
                request.plan = m_settings->planRequestFor(model);
            }
        }
        const footprint::Series series = footprint::computeSeries(model, request, contexts);
        if (!series.error.isEmpty()) {
            d->invalid << tr("%1 is left out: %2").arg(name, series.error);
            continue;
        }
        if (!series.decodeCache) {
            d->invalid << tr("%1 keeps no decode cache: an encoder-only model reads its whole input at once and generates no "
                                 "tokens.")
                              .arg(name);
            continue;
        }
        if (series.keys.isEmpty() && series.overflowed == 0)
            continue;

        Private::Line line;
        line.model = int(i);
        line.colour = byMechanism ? mechanismColor(model.mechanism) : seriesColor(int(i));
        line.overflowed = series.overflowed;
        line.plan = series.plan;
        line.targetBytes = series.targetBytes;

        // "MHA, 32 KV heads: 512 KiB per token" or "Llama 2 70B (GQA, 8 KV heads): ...".
        const QString mech = mechanismAcronym(model.mechanism);
        const QString shape = cacheShape(model);
        QString legend = name == mech ? tr("%1, %2").arg(mech, shape) : tr("%1 (%2, %3)").arg(name, mech, shape);
        if (series.bytesPerToken >= 0)
            legend = compared ? tr("%1: %2 per token at %3 bits")
                                    .arg(legend, formatBytes(double(series.bytesPerToken)),
                                         QString::fromStdString(request.cache.bits.text()))
                              : tr("%1: %2 per token").arg(legend, formatBytes(double(series.bytesPerToken)));

        // The first model's parts, stacked under its line: each band fills down to the one below,
        // and the line on top is drawn in the text's colour, apart from the bands' colours.
        if (i == 0 && !series.bands.empty()) {
            line.colour = palette().color(QPalette::Text);
            QCPGraph *below = nullptr;
            QVector<double> base(series.keys.size(), 0.0);
            for (const footprint::Band &band : series.bands) {
                QVector<double> top = base;
                for (qsizetype k = 0; k < top.size() && k < band.values.size(); ++k)
                    top[k] += band.values[k];
                QCPGraph *g = plot->addGraph();
                const QColor colour = bandColor(band);
                g->setPen(QPen(colour.darker(115), 1.0));
                QColor fill = colour;
                fill.setAlphaF(0.35f);
                g->setBrush(fill);
                if (below)
                    g->setChannelFillGraph(below);
                g->setName(bandLabel(band));
                g->setData(series.keys, top, true);
                d->bands.push_back({g, band.values});
                below = g;
                base = top;
            }
        }

        line.graph = plot->addGraph();
        line.graph->setName(legend);
        QPen pen(line.colour, 2.5);
        if (!byMechanism && int(i) >= kSeriesColorCount)
            pen.setStyle(Qt::DashLine);
        line.graph->setPen(pen);
        line.graph->setData(series.keys, series.totals, true);
        for (const double v : std::as_const(series.totals)) {
            d->minBytes = std::min(d->minBytes, v);
            d->maxBytes = std::max(d->maxBytes, v);
        }
        for (const Private::Band &band : d->bands)
            for (const double v : band.values)
                if (v > 0.0)
                    d->minBytes = std::min(d->minBytes, v);

        line.markers = plot->addGraph();
        line.markers->removeFromLegend();
        line.markers->setLineStyle(QCPGraph::lsNone);
        line.markers->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(line.colour, 2.0), palette().brush(QPalette::Base), 9));
        d->lines.push_back(line);
    }
    useRichLegend(plot); // d_c, d_h^R with sub- and superscripts in the legend

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
    d->units->setText(unitsText());
    // With a plan the GPU is the plan's: the common sizes' boxes step aside.
    for (QCheckBox *box : d->gpuBoxes)
        box->setVisible(!m_plan);
    d->gpuTitle->setVisible(!m_plan);
    if (d->lines.empty())
        d->minBytes = d->maxBytes = 0.0;
    updateLegendColumns();
    rebuildMarkers();
    rebuildTarget();
    applyAxes();
    updateStatus();
}

QString FootprintChart::unitsText() const
{
    QString text;
    if (m_plan && m_settings) {
        const core::PlanRequest r = m_settings->planRequest();
        text = tr("Memory of one GPU of %1 GiB, %2 GPUs tensor-parallel: weights at %3 bits and the KV cache of batch "
                  "%4 at %5-bit elements, paged in blocks of %6 tokens.")
                   .arg(QLocale().toString(m_settings->gpuGib(), 'g', 6))
                   .arg(r.gpus)
                   .arg(QString::fromStdString(r.weightBits.text()))
                   .arg(m_batch)
                   .arg(QString::fromStdString(m_bits.text()))
                   .arg(r.blockSize);
        if (r.reserveBytes > 0)
            text += QLatin1Char(' ')
                    + tr("The dotted line leaves %1 GiB per GPU for activations and the runtime.")
                          .arg(QLocale().toString(m_settings->reserveGib(), 'g', 6));
        return text + QLatin1Char(' ') + tr("Bytes in binary units (1 GiB = 2^30 bytes).");
    }
    return tr("%1-bit elements, batch %2. Bytes in binary units (1 GiB = 2^30 bytes). GPU sizes are the nominal "
              "capacities read as GiB; a program can use a little less, and the weights and activations need room "
              "too.")
        .arg(QString::fromStdString(m_bits.text()))
        .arg(m_batch);
}

void FootprintChart::updateStatus()
{
    QString status;
    if (d->lines.empty() && m_settings && m_settings->model() && m_settings->model()->encoderOnly)
        status = tr("%1: no decode cache (encoder-only)")
                     .arg(QString::fromStdString(m_settings->model()->name.empty() ? m_settings->model()->id
                                                                                   : m_settings->model()->name));
    if (!d->lines.empty() && m_target > 0) {
        const Private::Line &line = d->lines.front();
        const core::ModelShape &model = m_models[std::size_t(line.model)];
        const QString name = std::size_t(line.model) < m_labels.size() && !m_labels[std::size_t(line.model)].isEmpty()
                                 ? m_labels[std::size_t(line.model)]
                                 : QString::fromStdString(model.name.empty() ? model.id : model.name);
        if (line.plan) {
            const core::MemoryPlan &p = *line.plan;
            const QString left = p.leftBytesPerGpu >= 0
                                     ? tr("%1 left").arg(formatBytes(double(p.leftBytesPerGpu)))
                                     : tr("%1 short").arg(formatBytes(double(-p.leftBytesPerGpu)));
            status = tr("%1 per GPU at %2 × %3: weights %4 + KV cache %5, %6; largest batch %7")
                         .arg(name, formatTokens(double(m_target)), QLocale().toString(qlonglong(m_batch)),
                              formatBytes(double(p.weightBytesPerGpu)), formatBytes(double(p.cacheBytesPerGpu)), left,
                              QLocale().toString(qlonglong(p.maxBatch)));
        } else if (m_settings && line.targetBytes >= 0) {
            status = tr("%1: KV cache %2 at %3 × %4, %5-bit")
                         .arg(name, formatBytes(double(line.targetBytes)), formatTokens(double(m_target)),
                              QLocale().toString(qlonglong(m_batch)), QString::fromStdString(m_bits.text()));
        }
    }
    if (status != m_status) {
        m_status = status;
        Q_EMIT figuresChanged();
    }
}

void FootprintChart::applyAxes()
{
    QCustomPlot *plot = d->plot;
    styleLineChart(plot, {plot->xAxis, plot->yAxis, plot->yAxis2}, palette(), font());
    plot->yAxis->setLabel(m_plan ? tr("Memory per GPU (weights and KV cache)") : tr("KV cache size"));

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
    for (const auto &budget : d->budgets) {
        lo = lo > 0.0 && std::isfinite(lo) ? std::min(lo, budget.bytes) : budget.bytes;
        hi = std::max(hi, budget.bytes);
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
    const bool anyGpu = !d->budgets.empty();
    for (std::size_t g = 0; g < d->budgets.size(); ++g)
        if (!d->crowdedGpus.count(g))
            d->gpuTicker->addTick(d->budgets[g].bytes, d->budgets[g].tick);
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
        out += ",\"" + name + (m_plan ? " bytes per GPU\"" : " bytes\"");
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
    if (config.mechanism != core::Mechanism::Bahdanau && config.dModel > 0)
        m_traceShapes = shapesForConfig(config, 1);
    if (m_settings) {
        followSettings();
        return;
    }
    if (m_pageModel) {
        setModels({*m_pageModel});
        return;
    }
    if (!m_traceShapes.empty())
        setModels(m_traceShapes);
}

int FootprintChart::bandCount() const
{
    return int(d->bands.size());
}

QString FootprintChart::bandName(int band) const
{
    return band >= 0 && band < bandCount() ? d->bands[std::size_t(band)].graph->name() : QString();
}

std::optional<double> FootprintChart::bandValueAt(int band, std::int64_t context) const
{
    if (band < 0 || band >= bandCount())
        return std::nullopt;
    const auto series = d->bands[std::size_t(band)].graph->data();
    const auto it = series->findBegin(double(context), false);
    if (it == series->constEnd() || it->key != double(context))
        return std::nullopt;
    const qsizetype index = it - series->constBegin();
    const QVector<double> &values = d->bands[std::size_t(band)].values;
    return index < values.size() ? std::optional<double>(values[index]) : std::nullopt;
}

std::vector<double> FootprintChart::budgetLines() const
{
    std::vector<double> lines;
    if (m_plan)
        for (const auto &b : d->budgets)
            lines.push_back(b.bytes);
    return lines;
}

QString FootprintChart::statusText() const
{
    return m_status;
}

QString FootprintChart::bytesAxisLabel() const
{
    return d->plot->yAxis->label();
}

} // namespace attnscope::widgets
