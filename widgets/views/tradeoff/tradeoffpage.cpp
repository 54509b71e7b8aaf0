// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/views/tradeoff/tradeoffpage.h"

#include "widgets/common/labels.h"
#include "widgets/common/palette.h"
#include "widgets/common/plotutil.h"
#include "widgets/common/retranslator.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace attnscope::widgets {

namespace {

// The metric in running text: "held-out loss", "copying accuracy", ...
QString metricInText(TradeoffMetric metric)
{
    switch (metric) {
    case TradeoffMetric::HeldOutLoss: return TradeoffPage::tr("held-out loss");
    case TradeoffMetric::Copying: return TradeoffPage::tr("copying accuracy");
    case TradeoffMetric::Agreement: return TradeoffPage::tr("agreement accuracy");
    case TradeoffMetric::Structured: return TradeoffPage::tr("structured accuracy");
    }
    return {};
}

QString valueText(double value)
{
    return QLocale().toString(value, 'f', 3);
}

} // namespace

struct TradeoffPage::Private
{
    QComboBox *metric = nullptr;
    QComboBox *axis = nullptr;
    QWidget *controls = nullptr;
    QCustomPlot *plot = nullptr;
    QLabel *reading = nullptr;
    QTableView *table = nullptr;
    QLabel *note = nullptr;
    QLabel *error = nullptr;
    // One graph of one point per model, and its label, in the table's order.
    std::vector<QCPGraph *> points;
    std::vector<QCPItemText *> labels;
    Retranslator texts;
};

TradeoffPage::TradeoffPage(QWidget *parent) : QWidget(parent), d(std::make_unique<Private>())
{
    m_table = new TradeoffTableModel(this);
    build(m_table->loadShipped());
}

TradeoffPage::TradeoffPage(std::vector<model::TeachingResults> results, const QString &error, QWidget *parent)
    : QWidget(parent), d(std::make_unique<Private>())
{
    m_table = new TradeoffTableModel(this);
    m_table->setResults(std::move(results));
    build(error);
}

TradeoffPage::~TradeoffPage()
{
    // The plot outlives d (children go in ~QWidget): cut what reaches d from it.
    d->plot->disconnect(this);
}

void TradeoffPage::build(const QString &error)
{
    auto *layout = new QVBoxLayout(this);

    d->error = new QLabel(this);
    d->error->setObjectName(QStringLiteral("tradeoffError"));
    styleAsError(d->error);
    layout->addWidget(d->error);

    d->controls = new QWidget(this);
    auto *controls = new QHBoxLayout(d->controls);
    controls->setContentsMargins(0, 0, 0, 0);
    auto *metricLabel = new QLabel(d->controls);
    d->metric = new QComboBox(d->controls);
    d->metric->setObjectName(QStringLiteral("metric"));
    metricLabel->setBuddy(d->metric);
    auto *axisLabel = new QLabel(d->controls);
    d->axis = new QComboBox(d->controls);
    d->axis->setObjectName(QStringLiteral("cacheAxis"));
    axisLabel->setBuddy(d->axis);
    for (int i = 0; i < 4; ++i)
        d->metric->addItem(QString());
    d->axis->addItem(QString());
    d->axis->addItem(QString());
    // Not as wide as their longest item: the page's minimum width is what docks leave it (issue 15).
    for (QComboBox *box : {d->metric, d->axis}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }
    // The boxes share the room there is.
    controls->addWidget(metricLabel);
    controls->addWidget(d->metric, 1);
    controls->addSpacing(16);
    controls->addWidget(axisLabel);
    controls->addWidget(d->axis, 2);
    controls->addStretch(1);
    layout->addWidget(d->controls);
    d->texts.add([this, metricLabel, axisLabel] {
        metricLabel->setText(tr("Quality (&y):"));
        d->metric->setItemText(0, tr("Held-out loss"));
        d->metric->setItemText(1, tr("Copying accuracy"));
        d->metric->setItemText(2, tr("Agreement accuracy"));
        d->metric->setItemText(3, tr("Structured accuracy"));
        d->metric->setToolTip(tr("The measured quality on the vertical axis"));
        axisLabel->setText(tr("Cache (&x):"));
        d->axis->setItemText(0, tr("Elements per token and layer"));
        d->axis->setItemText(1, tr("Bytes per token, all layers (16-bit)"));
        d->axis->setToolTip(tr("What the horizontal axis counts of the KV cache"));
    });

    d->plot = new QCustomPlot(this);
    d->plot->setObjectName(QStringLiteral("tradeoffPlot"));
    d->plot->setMinimumSize(320, 220);
    layout->addWidget(d->plot, 3);

    d->reading = new QLabel(this);
    d->reading->setObjectName(QStringLiteral("tradeoffReading"));
    d->reading->setWordWrap(true);
    d->reading->setTextFormat(Qt::PlainText);
    d->reading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(d->reading);

    d->table = new QTableView(this);
    d->table->setObjectName(QStringLiteral("tradeoffTable"));
    d->table->setModel(m_table);
    d->table->verticalHeader()->hide();
    d->table->setWordWrap(false);
    d->table->setSelectionBehavior(QAbstractItemView::SelectRows);
    d->table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Every number in full; the heads, last, take what is left and end in "…" when it is not
    // enough (their tool tip has them all).
    d->table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    d->table->horizontalHeader()->setSectionResizeMode(TradeoffTableModel::Heads, QHeaderView::Stretch);
    d->table->horizontalHeader()->setMinimumSectionSize(60);
    d->table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    d->table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout->addWidget(d->table);

    d->note = new QLabel(this);
    d->note->setWordWrap(true);
    d->note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(d->note);

    connect(d->metric, &QComboBox::currentIndexChanged, this,
            [this](int i) { setMetric(static_cast<TradeoffMetric>(std::clamp(i, 0, 3))); });
    connect(d->axis, &QComboBox::currentIndexChanged, this,
            [this](int i) { setCacheAxis(i == 1 ? CacheAxis::BytesPerToken : CacheAxis::ElementsPerLayer); });
    connect(d->plot, &QCustomPlot::afterLayout, this, [this] { placeLabels(); });

    const bool ok = error.isEmpty() && m_table->rowCount() > 0;
    d->error->setText(ok ? QString() : error);
    d->error->setVisible(!ok);
    for (QWidget *w : {d->controls, static_cast<QWidget *>(d->plot), static_cast<QWidget *>(d->reading),
                       static_cast<QWidget *>(d->table), static_cast<QWidget *>(d->note)})
        w->setVisible(ok);
    if (!ok)
        layout->addStretch(1);
    rebuild();
    fitTable();
}

double TradeoffPage::cacheValue(const model::TeachingResults &r) const
{
    return m_axis == CacheAxis::ElementsPerLayer ? double(r.kvElementsPerTokenPerLayer)
                                                 : double(r.kvBytesPerToken(TradeoffTableModel::bytesPerElement()));
}

void TradeoffPage::setMetric(TradeoffMetric metric)
{
    if (metric == m_metric)
        return;
    m_metric = metric;
    {
        const QSignalBlocker blocker(d->metric);
        d->metric->setCurrentIndex(int(metric));
    }
    rebuild();
}

void TradeoffPage::setCacheAxis(CacheAxis axis)
{
    if (axis == m_axis)
        return;
    m_axis = axis;
    {
        const QSignalBlocker blocker(d->axis);
        d->axis->setCurrentIndex(axis == CacheAxis::BytesPerToken ? 1 : 0);
    }
    rebuild();
}

void TradeoffPage::rebuild()
{
    QCustomPlot *plot = d->plot;
    plot->clearGraphs();
    plot->clearItems();
    d->points.clear();
    d->labels.clear();
    styleLineChart(plot, {plot->xAxis, plot->yAxis}, palette(), font());

    const auto &results = m_table->results();
    const bool lightBase = palette().color(QPalette::Base).lightness() >= 128;
    QFont bold = font();
    bold.setBold(true);
    double xMax = 0.0;
    double yMin = std::numeric_limits<double>::infinity();
    double yMax = -yMin;
    std::vector<std::pair<double, double>> drawn;
    for (const auto &r : results) {
        const QColor colour = mechanismColor(r.mechanism);
        const double x = cacheValue(r);
        const double y = tradeoffValue(r, m_metric);
        // A point on one drawn before (GQA and MLA cache the same and may score the same) is a
        // smaller disc inside it, so that both colours show.
        const auto same = std::count(drawn.begin(), drawn.end(), std::make_pair(x, y));
        drawn.emplace_back(x, y);
        xMax = std::max(xMax, x);
        yMin = std::min(yMin, y);
        yMax = std::max(yMax, y);
        QCPGraph *g = plot->addGraph();
        g->setName(mechanismAcronym(r.mechanism));
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(colour, 3.0),
                                           QBrush(colour.lighter(lightBase ? 150 : 80)),
                                           std::max(13.0 - 6.0 * double(same), 4.0)));
        g->addData(x, y);
        d->points.push_back(g);

        auto *label = new QCPItemText(plot);
        label->position->setCoords(x, y);
        label->setText(tr("%1 %2").arg(mechanismAcronym(r.mechanism), valueText(y)));
        label->setColor(lightBase ? colour.darker(130) : colour.lighter(120));
        label->setFont(bold);
        label->setPadding(QMargins(10, 2, 10, 2));
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->setClipToAxisRect(true);
        label->setSelectable(false);
        d->labels.push_back(label);
    }

    // Accuracies on their whole scale, so that 0.9 and 1.0 look as close as they are; the loss
    // around its values, with room for the labels.
    if (results.empty()) {
        plot->xAxis->setRange(0.0, 1.0);
        plot->yAxis->setRange(0.0, 1.0);
    } else {
        plot->xAxis->setRange(0.0, xMax * 1.25);
        if (lowerIsBetter(m_metric)) {
            const double pad = std::max((yMax - yMin) * 0.15, 0.05);
            plot->yAxis->setRange(std::max(0.0, yMin - pad), yMax + pad);
        } else {
            plot->yAxis->setRange(-0.06, 1.08);
        }
    }
    updateTexts();
    replotIfSized(plot);
}

void TradeoffPage::updateTexts()
{
    QCustomPlot *plot = d->plot;
    const auto &results = m_table->results();
    switch (m_metric) {
    case TradeoffMetric::HeldOutLoss:
        plot->yAxis->setLabel(tr("Held-out loss, nats per token (lower is better)"));
        break;
    case TradeoffMetric::Copying: plot->yAxis->setLabel(tr("Copying accuracy (higher is better)")); break;
    case TradeoffMetric::Agreement: plot->yAxis->setLabel(tr("Agreement accuracy (higher is better)")); break;
    case TradeoffMetric::Structured: plot->yAxis->setLabel(tr("Structured accuracy (higher is better)")); break;
    }
    plot->xAxis->setLabel(m_axis == CacheAxis::ElementsPerLayer
                              ? tr("KV cache per token and layer (elements)")
                              : tr("KV cache per token, all %1 layers (bytes at 16 bits)")
                                    .arg(distinctNumbers(results, &model::TeachingResults::layers)));

    if (results.empty()) {
        d->reading->clear();
        d->note->clear();
        return;
    }
    // The models that share the smallest or largest value of a quantity, by name.
    const auto extreme = [&](auto value, bool smallest) {
        double best = value(results.front());
        for (const auto &r : results)
            best = smallest ? std::min(best, value(r)) : std::max(best, value(r));
        QStringList names;
        const model::TeachingResults *first = nullptr;
        for (const auto &r : results)
            if (value(r) == best) {
                names << mechanismAcronym(r.mechanism);
                first = first ? first : &r;
            }
        return std::make_pair(first, QLocale().createSeparatedList(names));
    };
    const auto cache = [](const model::TeachingResults &r) { return double(r.kvElementsPerTokenPerLayer); };
    const auto quality = [this](const model::TeachingResults &r) { return tradeoffValue(r, m_metric); };
    const QString what = metricInText(m_metric);
    const auto [small, smallNames] = extreme(cache, true);
    const auto [large, largeNames] = extreme(cache, false);
    const bool lower = lowerIsBetter(m_metric);
    const auto [best, bestNames] = extreme(quality, lower);

    QStringList sentences;
    sentences << tr("Smallest cache: %1 (%2 elements per token and layer), %3 %4.")
                     .arg(smallNames, groupedNumber(small->kvElementsPerTokenPerLayer), what,
                          valueText(quality(*small)));
    sentences << tr("Largest cache: %1 (%2 elements), %3 %4.")
                     .arg(largeNames, groupedNumber(large->kvElementsPerTokenPerLayer), what,
                          valueText(quality(*large)));
    const int tied = int(std::count_if(results.begin(), results.end(),
                                       [&](const auto &r) { return quality(r) == quality(*best); }));
    if (tied == int(results.size()))
        sentences << tr("All of them reach %1 %2.").arg(what, valueText(quality(*best)));
    else if (lower)
        sentences << tr("Lowest %1: %2 (%3 elements), %4.")
                         .arg(what, bestNames, groupedNumber(best->kvElementsPerTokenPerLayer),
                              valueText(quality(*best)));
    else
        sentences << tr("Highest %1: %2 (%3 elements), %4.")
                         .arg(what, bestNames, groupedNumber(best->kvElementsPerTokenPerLayer),
                              valueText(quality(*best)));
    // Whether the largest cache bought the best result here.
    const bool bestBeatsLarge = lower ? quality(*best) < quality(*large) : quality(*best) > quality(*large);
    if (tied == 1 && bestBeatsLarge && best->kvElementsPerTokenPerLayer < large->kvElementsPerTokenPerLayer) {
        const double ratio = double(large->kvElementsPerTokenPerLayer) / double(best->kvElementsPerTokenPerLayer);
        const QString times = QLocale().toString(ratio, 'g', 3);
        sentences << tr("%1 caches %2 times less than %3 and does better on this measure.")
                         .arg(mechanismAcronym(best->mechanism), times, mechanismAcronym(large->mechanism));
    }
    // Sentences follow one another with a space, or none (Chinese): the translation says which.
    QString reading = sentences.takeFirst();
    for (const QString &sentence : std::as_const(sentences))
        reading = tr("%1 %2", "one sentence after another").arg(reading, sentence);
    d->reading->setText(reading);
    double meanParameters = 0.0;
    for (const auto &r : results)
        meanParameters += double(r.parameters) / double(results.size());
    d->note->setText(tr("These are %1-layer models of about %2 parameters, each trained %3 steps on generated text: "
                        "the trade-off measured in miniature, not a forecast for large models.")
                         .arg(distinctNumbers(results, &model::TeachingResults::layers),
                              QLocale().toString(meanParameters / 1e6, 'f', 1) + QStringLiteral(" M"),
                              distinctNumbers(results, &model::TeachingResults::steps)));
}

void TradeoffPage::placeLabels()
{
    // Each label at the first of its places (right of its point, left, above, below) that stays
    // inside the axes and clear of the points and of the labels placed before it; points that
    // coincide (every model at agreement 1.000 with the same cache) get their labels around it.
    QCustomPlot *plot = d->plot;
    const QRectF area = plot->axisRect()->rect();
    QList<QRectF> taken;
    for (const QCPGraph *g : d->points) {
        if (g->dataCount() == 0)
            continue;
        const auto it = g->data()->constBegin();
        const QPointF p(plot->xAxis->coordToPixel(it->key), plot->yAxis->coordToPixel(it->value));
        taken << QRectF(p - QPointF(7, 7), QSizeF(14, 14));
    }
    for (std::size_t i = 0; i < d->labels.size(); ++i) {
        QCPItemText *label = d->labels[i];
        const QPointF anchor = point(int(i));
        const QPointF p(plot->xAxis->coordToPixel(anchor.x()), plot->yAxis->coordToPixel(anchor.y()));
        const QFontMetricsF fm(label->font());
        const QMargins pad = label->padding();
        const double w = fm.horizontalAdvance(label->text()) + pad.left() + pad.right();
        const double h = fm.height() + pad.top() + pad.bottom();
        const QRectF places[] = {
            QRectF(p.x(), p.y() - h / 2, w, h),              // right
            QRectF(p.x() - w, p.y() - h / 2, w, h),          // left
            QRectF(p.x() - w / 2, p.y() - h - 6, w, h),      // above
            QRectF(p.x() - w / 2, p.y() + 6, w, h),          // below
            QRectF(p.x() - pad.left(), p.y() - h - 6, w, h), // above right
            QRectF(p.x() - pad.left(), p.y() + 6, w, h),     // below right
        };
        // The first place clear of everything; where none is (a small figure), the one that
        // covers the least of the points and labels already placed and stays inside.
        const QRectF *chosen = nullptr;
        double leastCovered = std::numeric_limits<double>::max();
        for (const QRectF &box : places) {
            // The padding is air: only the text itself must stay clear.
            const QRectF text = box.adjusted(pad.left() - 2, pad.top(), -pad.right() + 2, -pad.bottom());
            double covered = 0.0;
            for (const QRectF &r : std::as_const(taken)) {
                const QRectF overlap = r.intersected(text);
                covered += overlap.isValid() ? overlap.width() * overlap.height() : 0.0;
            }
            const QRectF outside = text.intersected(area);
            covered += text.width() * text.height() - (outside.isValid() ? outside.width() * outside.height() : 0.0);
            if (!area.contains(box))
                covered += 0.5; // padding outside the axes: a place inside wins a tie
            if (covered < leastCovered) {
                leastCovered = covered;
                chosen = &box;
            }
            if (covered == 0.0 && area.contains(box))
                break;
        }
        taken << chosen->adjusted(pad.left() - 2, pad.top(), -pad.right() + 2, -pad.bottom());
        label->setPositionAlignment(Qt::AlignCenter);
        label->position->setPixelPosition(chosen->center());
    }
}

int TradeoffPage::pointCount() const
{
    return int(d->points.size());
}

QPointF TradeoffPage::point(int index) const
{
    if (index < 0 || index >= pointCount() || d->points[std::size_t(index)]->dataCount() == 0)
        return {};
    const auto it = d->points[std::size_t(index)]->data()->constBegin();
    return {it->key, it->value};
}

QString TradeoffPage::pointLabel(int index) const
{
    return index >= 0 && index < int(d->labels.size()) ? d->labels[std::size_t(index)]->text() : QString();
}

QString TradeoffPage::yAxisLabel() const
{
    return d->plot->yAxis->label();
}

QString TradeoffPage::xAxisLabel() const
{
    return d->plot->xAxis->label();
}

QString TradeoffPage::readingText() const
{
    return d->reading->text();
}

QString TradeoffPage::errorText() const
{
    return d->error->text();
}

void TradeoffPage::showTrace(const std::shared_ptr<const core::Trace> &, const core::Config &) {}

QByteArray TradeoffPage::csv() const
{
    return m_table->results().empty() ? QByteArray() : tradeoffCsv(m_table->results());
}

void TradeoffPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        d->texts.retranslate();
        m_table->retranslate();
        rebuild();
    } else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        rebuild();
        fitTable();
    }
    QWidget::changeEvent(event);
}

void TradeoffPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitTable();
    replotIfSized(d->plot, QCustomPlot::rpQueuedReplot);
}

void TradeoffPage::fitTable()
{
    // The table is as tall as its rows (and a scroll bar when its columns are wider than the
    // page): the chart takes the rest.
    QTableView *t = d->table;
    QHeaderView *header = t->horizontalHeader();
    t->resizeRowsToContents();
    int height = header->sizeHint().height() + 2 * t->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        t->setRowHeight(row, t->rowHeight(row) + 6); // air around the two-line cells
        height += t->rowHeight(row);
    }
    if (header->length() > t->width() - 2 * t->frameWidth())
        height += t->horizontalScrollBar()->sizeHint().height();
    t->setFixedHeight(height);
}

} // namespace attnscope::widgets
