// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/views/compare/compareview.h"
#include "widgets/common/labels.h"
#include "widgets/common/plotutil.h"
#include "widgets/common/coretext.h"
#include "widgets/common/richlegend_p.h"
#include "widgets/common/richname.h"

#include "widgets/common/heatmapview.h"
#include "widgets/common/palette.h"
#include "widgets/models/comparemodel.h"
#include "widgets/models/compareset.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QSpinBox>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace attnscope::widgets {

namespace {

// Three significant figures, without switching to exponents for ordinary sizes.
QString formatDifference(double v)
{
    if (v == 0.0)
        return QStringLiteral("0");
    if (std::abs(v) >= 0.001)
        return QString::number(v, 'f', 3);
    return QString::number(v, 'g', 3);
}

// The Table 1 formula per layer, in the symbols the footprint view uses.
QString kvFormula(core::Mechanism m)
{
    switch (m) {
    case core::Mechanism::Mha: return QStringLiteral("2 n_h d_h");
    case core::Mechanism::Gqa: return QStringLiteral("2 n_g d_h");
    case core::Mechanism::Mqa: return QStringLiteral("2 d_h");
    case core::Mechanism::Mla: return QStringLiteral("d_c + d_h^R");
    default: return QString();
    }
}

} // namespace

struct CompareView::Cell
{
    QLabel *swatch = nullptr;
    QLabel *title = nullptr;
    QString plainTitle; // the title in our plain notation; the label shows it as rich text
    HeatmapView *map = nullptr;
    QLabel *difference = nullptr;
};

struct CompareView::BarChart
{
    QLabel *title = nullptr;
    QCustomPlot *plot = nullptr;
    QLabel *caption = nullptr;
    QList<QCPBars *> bars;
    QList<QCPItemText *> values;
    QSharedPointer<QCPAxisTickerText> ticker; // the positions (its labels are not drawn)
    RichTickLabels *tickLabels = nullptr;     // the labels, d_h^R with sub- and superscripts
    bool formulas = true;                     // tick labels with the Table 1 formula under the name

    void setTicks(bool withFormulas)
    {
        formulas = withFormulas;
        ticker->clear();
        QMap<double, QString> labels;
        for (int i = 0; i < CompareView::mechanismCount(); ++i) {
            const core::Mechanism m = CompareView::mechanismAt(i);
            const QString label =
                withFormulas ? mechanismAcronym(m) + QLatin1Char('\n') + kvFormula(m) : mechanismAcronym(m);
            ticker->addTick(i, label);
            labels.insert(i, label);
        }
        tickLabels->setLabels(labels);
    }
    // The formulas only where each fits under its bar; the names always do.
    void afterLayout()
    {
        const QFont font = tickLabels->font();
        double widest = 0;
        for (int i = 0; i < CompareView::mechanismCount(); ++i)
            widest = std::max(widest, richNameRunsSize(kvFormula(CompareView::mechanismAt(i)), font).width());
        const double perBar = plot->axisRect()->width() / plot->xAxis->range().size();
        const bool fit = perBar >= widest + QFontMetricsF(font).averageCharWidth() * 2;
        if (fit != formulas) {
            setTicks(fit);
            replotIfSized(plot, QCustomPlot::rpQueuedReplot);
        }
    }
};

CompareView::CompareView(QWidget *parent)
    : QWidget(parent), m_model(new CompareModel(this)), m_bars(std::make_unique<BarChart>())
{
    connect(m_model, &CompareModel::setChanged, this, &CompareView::onSetChanged);
    connect(m_model, &CompareModel::failed, this, &CompareView::onFailed);
    connect(m_model, &CompareModel::busyChanged, this, &CompareView::busyChanged);

    auto *layout = new QVBoxLayout(this);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    layout->addWidget(m_note);

    auto *controls = new QHBoxLayout;
    auto *headLabel = new QLabel(this);
    m_head = new QSpinBox(this);
    m_head->setObjectName(QStringLiteral("compareHead"));
    m_head->setRange(0, 0);
    headLabel->setBuddy(m_head);
    m_texts.add([this, headLabel] {
        headLabel->setText(tr("&Query head:"));
        m_head->setToolTip(tr("The query head whose attention weights all four maps show"));
    });
    controls->addWidget(headLabel);
    controls->addWidget(m_head);
    m_status = new QLabel(this);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    controls->addSpacing(12);
    controls->addWidget(m_status, 1);
    layout->addLayout(controls);

    auto *body = new QHBoxLayout;
    layout->addLayout(body, 1);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(12);
    body->addLayout(grid, 5);
    for (int i = 0; i < mechanismCount(); ++i) {
        auto cell = std::make_unique<Cell>();
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        auto *header = new QHBoxLayout;
        cell->swatch = new QLabel(this);
        QPixmap swatch(12, 12);
        swatch.fill(mechanismColor(mechanismAt(i)));
        cell->swatch->setPixmap(swatch);
        cell->title = new QLabel(this);
        QFont bold = cell->title->font();
        bold.setBold(true);
        cell->title->setFont(bold);
        cell->title->setWordWrap(true);
        cell->title->setTextFormat(Qt::RichText); // d_c, d_h^R with sub- and superscripts
        header->addWidget(cell->swatch, 0, Qt::AlignVCenter);
        header->addWidget(cell->title, 1);
        box->addLayout(header);
        cell->map = new HeatmapView(this);
        cell->map->setObjectName(QStringLiteral("compareMap%1").arg(i));
        cell->map->setDataRange(0.0, 1.0); // probabilities: one colour scale for the four
        // Four maps and the bars beside the parameters and a dock (issue 15): smaller than a
        // heatmap's usual minimum; they grow with the room there is.
        cell->map->setMinimumSize(160, 160);
        m_texts.add([map = cell->map] { map->setColorScaleLabel(tr("Weight")); });
        box->addWidget(cell->map, 1);
        cell->difference = new QLabel(this);
        cell->difference->setAlignment(Qt::AlignCenter);
        cell->difference->setWordWrap(true);
        box->addWidget(cell->difference);
        grid->addLayout(box, i / 2, i % 2);
        m_cells.push_back(std::move(cell));
    }
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);

    auto *barBox = new QVBoxLayout;
    body->addLayout(barBox, 2);
    m_bars->title = new QLabel(this);
    QFont bold = m_bars->title->font();
    bold.setBold(true);
    m_bars->title->setFont(bold);
    m_bars->title->setWordWrap(true);
    m_bars->title->setAlignment(Qt::AlignCenter);
    barBox->addWidget(m_bars->title);
    m_bars->plot = new QCustomPlot(this);
    m_bars->plot->setObjectName(QStringLiteral("compareBars"));
    m_bars->plot->setMinimumSize(160, 160);
    barBox->addWidget(m_bars->plot, 1);
    m_bars->caption = new QLabel(this);
    m_bars->caption->setWordWrap(true);
    m_bars->caption->setForegroundRole(QPalette::PlaceholderText);
    m_texts.add([this] {
        m_bars->title->setText(tr("KV cache per token and layer (elements)"));
        m_bars->caption->setText(
            tr("What a decoder keeps per token in every layer (DeepSeek-V2, Table 1), whatever the precision: "
               "bytes are elements × bits / 8. MLA caches its latent and the shared RoPE key."));
    });
    barBox->addWidget(m_bars->caption);

    QCustomPlot *plot = m_bars->plot;
    m_bars->ticker = QSharedPointer<QCPAxisTickerText>::create();
    plot->xAxis->setTicker(m_bars->ticker);
    m_bars->tickLabels = new RichTickLabels(plot->xAxis);
    plot->xAxis->setRange(-0.6, mechanismCount() - 0.4);
    plot->xAxis->grid()->setVisible(false);
    plot->xAxis->setTickLength(0, 0);
    plot->xAxis->setSubTicks(false);
    // The title above names the quantity and its unit; an axis label would repeat it.
    plot->yAxis->setSubTicks(false);
    plot->yAxis->setRange(0.0, 1.0);
    for (int i = 0; i < mechanismCount(); ++i) {
        const core::Mechanism m = mechanismAt(i);
        auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
        bars->setName(mechanismAcronym(m));
        bars->setWidth(0.6);
        bars->setPen(QPen(mechanismColor(m).darker(130)));
        bars->setBrush(mechanismColor(m));
        m_bars->bars << bars;
        auto *value = new QCPItemText(plot);
        value->position->setType(QCPItemPosition::ptPlotCoords);
        value->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        value->setClipToAxisRect(false);
        value->setPadding(QMargins(0, 0, 0, 3));
        value->setVisible(false);
        m_bars->values << value;
    }
    m_bars->setTicks(true);
    connect(plot, &QCustomPlot::afterLayout, this, [this] { m_bars->afterLayout(); });

    connect(m_head, &QSpinBox::valueChanged, this, [this] { showHead(); });

    applyPalette();
    setBaseConfig(core::Config());
}

// The model (a child) waits for a running computation; its result goes nowhere.
CompareView::~CompareView()
{
    // The plot outlives m_bars (children go in ~QWidget): cut what reaches it.
    m_bars->plot->disconnect(this);
}

core::Mechanism CompareView::mechanismAt(int index)
{
    return kCompareMechanisms.at(std::size_t(std::clamp(index, 0, mechanismCount() - 1)));
}

void CompareView::setBaseConfig(const core::Config &base)
{
    m_model->setBaseConfig(base);
    m_status->setText(tr("Computing…"));
}

core::Config CompareView::baseConfig() const
{
    return m_model->baseConfig();
}

bool CompareView::isBusy() const
{
    return m_model->isBusy();
}

void CompareView::onFailed(const QString &message)
{
    m_status->setText(message);
    for (const auto &cell : m_cells) {
        cell->map->clear(message);
        cell->difference->clear();
    }
}

void CompareView::onSetChanged()
{
    m_set = m_model->compareSet();
    showSet();
    Q_EMIT updated();
}

void CompareView::showSet()
{
    const core::Config &mha = m_set->entries.front().config;
    m_status->clear();
    if (mha.input == core::InputSource::Trained)
        m_note->setText(
            tr("The four trained models, alike but for their attention, read the same text (%1 tokens): layer %2 of "
               "each, %3 heads of width %4 over d_model %5. Each learned its own weights, so the maps show how "
               "trained models of each kind attend to this sentence; their outputs are not compared.")
                .arg(mha.tokens)
                .arg(mha.layer)
                .arg(mha.nHeads)
                .arg(mha.dHead)
                .arg(mha.dModel));
    else
        m_note->setText(
            tr("All four run causal self-attention (MLA is defined only for a causal decoder, so the others are made "
               "causal too) on the same input X: seed %1, %2 tokens, d_model %3, %4 heads of width %5. Their weights "
               "are drawn from the same seed but differ wherever their shapes differ, so a difference shows what the "
               "mechanism changes on this one input, not how trained models of each kind compare.")
                .arg(m_set->base.seed)
                .arg(mha.tokens)
                .arg(mha.dModel)
                .arg(mha.nHeads)
                .arg(mha.dHead));
    {
        const QSignalBlocker blocker(m_head);
        m_head->setRange(0, int(std::max<std::int64_t>(mha.nHeads - 1, 0)));
    }
    showHead();
    updateBars();
}

void CompareView::showHead()
{
    if (!m_set)
        return;
    const int h = m_head->value();
    for (std::size_t i = 0; i < m_cells.size() && i < m_set->entries.size(); ++i) {
        const CompareEntry &e = m_set->entries[i];
        const core::Config &c = e.config;
        Cell &cell = *m_cells[i];
        QString title;
        const QString kvHeads = c.nKvHeads == 1 ? tr("1 KV head") : tr("%1 KV heads").arg(c.nKvHeads);
        switch (e.mechanism) {
        case core::Mechanism::Mha: title = tr("MHA — %1, one per query head").arg(kvHeads); break;
        case core::Mechanism::Gqa:
            if (c.nKvHeads == 1 && c.nHeads > 1) {
                // gqaKvHeadsFor() found no group size strictly between 1 and n_h.
                title =
                    tr("GQA — 1 KV head: %1 heads cannot be split into groups, so GQA equals MQA here").arg(c.nHeads);
            } else {
                const std::int64_t group = c.nKvHeads > 0 ? c.nHeads / c.nKvHeads : 1;
                title = tr("GQA — %1; head %2 reads KV head %3")
                            .arg(kvHeads)
                            .arg(h)
                            .arg(h / std::max<std::int64_t>(group, 1));
            }
            break;
        case core::Mechanism::Mqa: title = tr("MQA — 1 KV head, shared by all query heads"); break;
        case core::Mechanism::Mla:
            title = tr("MLA — latent d_c = %1 + RoPE key d_h^R = %2").arg(c.dLatentKv).arg(c.dRope);
            break;
        default: break;
        }
        cell.plainTitle = title;
        cell.title->setText(richName(title));

        if (!e.ok()) {
            cell.map->clear(translateCoreText(QString::fromStdString(e.error)));
            cell.difference->setText(tr("not computed"));
            continue;
        }
        const core::Tensor &w = e.weights; // [n_h, T, T]
        if (w.rank() == 3 && h < w.matrixCount()) {
            const core::Matrix m = w.matrix(h);
            cell.map->setMatrix(m, positionLabels(e.queryLabels, QStringLiteral("t"), m.rows()),
                                positionLabels(e.keyLabels, QStringLiteral("t"), m.cols()), QString(),
                                tr("Query token i"), tr("Key token j"));
        } else {
            cell.map->clear(tr("No weights for head %1.").arg(h));
        }
        if (c.input == core::InputSource::Trained)
            cell.difference->setText(tr("Trained model, layer %1").arg(c.layer));
        else if (e.mechanism == core::Mechanism::Mha)
            cell.difference->setText(tr("Output: reference for the differences"));
        else if (std::isnan(e.maxAbsDifference))
            cell.difference->setText(tr("Output vs MHA: not available"));
        else
            cell.difference->setText(
                tr("Output vs MHA: max |Δ| = %1, mean %2")
                    .arg(formatDifference(e.maxAbsDifference), formatDifference(e.meanAbsDifference)));
    }
}

void CompareView::updateBars()
{
    double top = 0.0;
    for (std::size_t i = 0; i < std::size_t(m_bars->bars.size()); ++i) {
        const CompareEntry *e = m_set && i < m_set->entries.size() ? &m_set->entries[i] : nullptr;
        QCPBars *bars = m_bars->bars[qsizetype(i)];
        QCPItemText *value = m_bars->values[qsizetype(i)];
        bars->data()->clear();
        if (!e || !e->kvElementsPerToken) {
            value->setVisible(false);
            continue;
        }
        const double v = double(*e->kvElementsPerToken);
        bars->addData(double(i), v);
        value->position->setCoords(double(i), v);
        value->setText(QLocale().toString(qlonglong(*e->kvElementsPerToken)));
        value->setVisible(true);
        top = std::max(top, v);
    }
    // Room above the tallest bar for its value.
    m_bars->plot->yAxis->setRange(0.0, top > 0 ? top * 1.18 : 1.0);
    replotIfSized(m_bars->plot);
}

void CompareView::applyPalette()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor mid = pal.color(QPalette::Mid);
    QCustomPlot *plot = m_bars->plot;
    plot->setBackground(pal.brush(QPalette::Base));
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis})
        styleAxis(axis, pal, font(), font());
    m_bars->tickLabels->setFont(font());
    m_bars->tickLabels->setColor(text);
    plot->yAxis->grid()->setPen(QPen(mid, 0, Qt::DotLine));
    QFont valueFont = font();
    valueFont.setBold(true);
    for (auto *value : std::as_const(m_bars->values)) {
        value->setColor(text);
        value->setFont(valueFont);
    }
    replotIfSized(plot);
}

void CompareView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        if (m_set)
            showSet(); // the note, the titles and the differences (a failure's message stays)
        if (isBusy())
            m_status->setText(tr("Computing…"));
    }
    QWidget::changeEvent(event);
}

void CompareView::setHead(int head)
{
    m_head->setValue(head); // clamps; showHead() follows
}

int CompareView::head() const
{
    return m_head->value();
}

int CompareView::headCount() const
{
    return m_set ? int(m_set->entries.front().config.nHeads) : 0;
}

HeatmapView *CompareView::mapView(int index) const
{
    return index >= 0 && index < int(m_cells.size()) ? m_cells[std::size_t(index)]->map : nullptr;
}

QString CompareView::titleText(int index) const
{
    return index >= 0 && index < int(m_cells.size()) ? m_cells[std::size_t(index)]->plainTitle : QString();
}

QString CompareView::differenceText(int index) const
{
    return index >= 0 && index < int(m_cells.size()) ? m_cells[std::size_t(index)]->difference->text() : QString();
}

QString CompareView::noteText() const
{
    return m_note->text();
}

std::vector<double> CompareView::barValues() const
{
    std::vector<double> values;
    for (const QCPBars *bars : std::as_const(m_bars->bars))
        values.push_back(bars->data()->isEmpty() ? 0.0 : bars->data()->constBegin()->value);
    return values;
}

QString CompareView::barTitleText() const
{
    return m_bars->title->text();
}

QString CompareView::kvFormulaText(int index)
{
    return kvFormula(mechanismAt(index));
}

QStringList CompareView::barLabels() const
{
    return m_bars->tickLabels->labels().values();
}

QByteArray CompareView::csv() const
{
    if (!m_set)
        return {};
    QByteArray out = "mechanism,n_heads,n_kv_heads,kv_elements_per_token_per_layer,max_abs_difference_from_mha,"
                     "mean_abs_difference_from_mha,head,weights_row_major\n";
    for (const auto &e : m_set->entries) {
        if (!e.ok())
            continue;
        out += QByteArray(core::mechanismId(e.mechanism).data()) + ',' + QByteArray::number(qint64(e.config.nHeads))
            + ',' + QByteArray::number(qint64(e.config.nKvHeads)) + ','
            + (e.kvElementsPerToken ? QByteArray::number(qint64(*e.kvElementsPerToken)) : QByteArray()) + ','
            + QByteArray::number(e.maxAbsDifference, 'g', 9) + ',' + QByteArray::number(e.meanAbsDifference, 'g', 9)
            + ',' + QByteArray::number(head()) + ",\"";
        const std::int64_t h = std::min<std::int64_t>(head(), e.weights.matrixCount() - 1);
        const core::Matrix w = e.weights.matrix(h);
        for (Eigen::Index i = 0; i < w.size(); ++i) {
            if (i)
                out += ' ';
            out += QByteArray::number(double(w.data()[i]), 'g', 9);
        }
        out += "\"\n";
    }
    return out;
}

} // namespace attnscope::widgets
