// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/views/timings/timingsview.h"

#include "widgets/common/coretext.h"
#include "widgets/common/labels.h"
#include "widgets/common/richname.h"
#include "widgets/models/timingsmodel.h"
#include "widgets/views/timings/timingschart_p.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace attnscope::widgets {

using core::Measurement;
using core::Mechanism;
using timings::formatSeconds;
using timings::formatTokens;
using timings::significant;

namespace {

constexpr int kMaxContext = 1 << 24;
const std::int64_t kSweepMaxChoices[] = {8192, 16384, 32768, 65536, 131072};

enum Column {
    RunColumn,
    BackendColumn,
    OperationColumn,
    TokensColumn,
    MedianColumn,
    GbpsColumn,
    ShareColumn,
    GflopsColumn,
    RooflineColumn,
    ColumnCount
};

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString shapeDescription(const TimingShape &s)
{
    const QString acronym = mechanismAcronym(s.mechanism);
    switch (s.mechanism) {
    case Mechanism::Sdpa: return TimingsView::tr("SDPA, timed as one head of width %1").arg(s.dHead);
    case Mechanism::Mla:
        return TimingsView::tr("MLA, %1 heads × d_h %2, latent d_c %3, RoPE d_h^R %4")
            .arg(s.nHeads)
            .arg(s.dHead)
            .arg(s.dLatent)
            .arg(s.dRope);
    case Mechanism::Mqa: return TimingsView::tr("MQA, %1 heads × d_h %2, one KV head").arg(s.nHeads).arg(s.dHead);
    default:
        return TimingsView::tr("%1, %2 heads × d_h %3, %4 KV heads")
            .arg(acronym)
            .arg(s.nHeads)
            .arg(s.dHead)
            .arg(s.nKvHeads);
    }
}

void setErrorPalette(QLabel *label)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xda, 0x44, 0x53)); // KDE's "negative text"
    label->setPalette(p);
}

} // namespace

struct TimingsView::Private
{
    std::unique_ptr<TimingsChart> chart;
};

TimingsView::TimingsView(TimingsModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), d(std::make_unique<Private>())
{
    auto *layout = new QVBoxLayout(this);

    m_shape = new QLabel(this);
    m_shape->setObjectName(QStringLiteral("shape"));
    m_shape->setWordWrap(true);
    m_shape->setTextFormat(Qt::RichText); // d_c, d_h^R with sub- and superscripts; shapeText() is plain
    m_shape->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The controls, two to a row so that the panel fits beside the animation.
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("source"));
    m_source->addItem(QString(), -1);
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_source->setMinimumContentsLength(14);
    auto *sourceLabel = new QLabel(this);
    sourceLabel->setBuddy(m_source);
    grid->addWidget(sourceLabel, 0, 0);
    grid->addWidget(m_source, 0, 1, 1, 3);

    m_context = new QSpinBox(this);
    m_context->setObjectName(QStringLiteral("context"));
    m_context->setRange(1, kMaxContext);
    m_context->setGroupSeparatorShown(true);
    m_context->setAccelerated(true);
    auto *contextLabel = new QLabel(this);
    contextLabel->setBuddy(m_context);
    grid->addWidget(contextLabel, 1, 0);
    grid->addWidget(m_context, 1, 1);

    m_dtype = new QComboBox(this);
    m_dtype->setObjectName(QStringLiteral("dtype"));
    // Type names, the same in every language.
    m_dtype->addItem(QStringLiteral("f32"), int(core::DType::F32));
    m_dtype->addItem(QStringLiteral("f16"), int(core::DType::F16));
    m_dtype->addItem(QStringLiteral("bf16"), int(core::DType::Bf16));
    auto *dtypeLabel = new QLabel(this);
    dtypeLabel->setBuddy(m_dtype);
    grid->addWidget(dtypeLabel, 1, 2);
    grid->addWidget(m_dtype, 1, 3);

    m_threads = new QSpinBox(this);
    m_threads->setObjectName(QStringLiteral("threads"));
    m_threads->setRange(1, TimingsModel::maxThreads());
    auto *threadsLabel = new QLabel(this);
    threadsLabel->setBuddy(m_threads);
    grid->addWidget(threadsLabel, 2, 0);
    grid->addWidget(m_threads, 2, 1);

    m_live = new QCheckBox(this);
    m_live->setObjectName(QStringLiteral("live"));
    grid->addWidget(m_live, 2, 2, 1, 2);

    m_sweepMax = new QComboBox(this);
    m_sweepMax->setObjectName(QStringLiteral("sweepMax"));
    for (std::int64_t tokens : kSweepMaxChoices)
        m_sweepMax->addItem(formatTokens(double(tokens)), qlonglong(tokens));
    auto *sweepLabel = new QLabel(this);
    sweepLabel->setBuddy(m_sweepMax);
    grid->addWidget(sweepLabel, 3, 0);
    grid->addWidget(m_sweepMax, 3, 1);
    auto *buttons = new QHBoxLayout;
    m_sweep = new QPushButton(this);
    m_sweep->setObjectName(QStringLiteral("sweep"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    buttons->addWidget(m_sweep);
    buttons->addWidget(m_cancel);
    grid->addLayout(buttons, 3, 2, 1, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setMaximumWidth(160);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_status, 1);

    m_backends = new QLabel(this);
    m_backends->setObjectName(QStringLiteral("backends"));
    m_backends->setWordWrap(true);
    m_backends->setTextFormat(Qt::RichText);
    m_backends->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_texts.add([=, this] {
        m_shape->setToolTip(tr("The attention shape that is timed: one layer, batch 1"));
        m_source->setItemText(0, tr("Current parameters"));
        m_source->setToolTip(tr("Time the shape of the parameters on the left, or one layer of a model preset (also "
                                "chosen from the Model menu)"));
        sourceLabel->setText(tr("Shap&e:"));
        m_context->setToolTip(tr("Tokens in the KV cache that decode reads for one new token. Prefill is timed on a "
                                 "prompt of at most %1 tokens, since a longer one takes seconds per repetition.")
                                  .arg(groupedNumber(TimingsModel::kMaxPrefillTokens)));
        contextLabel->setText(tr("Conte&xt:"));
        m_dtype->setToolTip(tr("Storage type of the cached keys and values. The arithmetic is fp32 in every case; "
                               "16-bit elements halve the bytes that decode reads."));
        dtypeLabel->setText(tr("Cache t&ype:"));
        m_threads->setToolTip(tr("CPU threads the measurements use. The default, all %1 cores as in `attnscope "
                                 "bench`, measures the machine's full rate; the window may stutter meanwhile, and "
                                 "fewer threads leave it a core. A change measures the bandwidth again.")
                                  .arg(TimingsModel::maxThreads()));
        threadsLabel->setText(tr("Th&reads:"));
        m_live->setText(tr("L&ive"));
        m_live->setToolTip(tr("Time decode and prefill of the shape on every available backend again whenever it or "
                              "a setting changes (after a short pause), while this panel is visible"));
        m_sweepMax->setToolTip(tr("Longest context of the sweep, which times decode at %1, 1K, 2K, … tokens for MHA, "
                                  "GQA, MQA and MLA (both paths) with the shape's heads and head width. Points whose "
                                  "buffers would need more than half of this machine's memory are skipped and "
                                  "listed.")
                                   .arg(TimingsModel::kSweepFrom));
        sweepLabel->setText(tr("Sweep &up to:"));
        m_sweep->setText(tr("Swee&p"));
        m_sweep->setToolTip(tr("Time decode against the context length for MHA, GQA, MQA, MLA absorbed and MLA naive "
                               "on every available backend, and draw it below"));
        m_cancel->setText(tr("Ca&ncel"));
        m_cancel->setToolTip(tr("Stop the running measurement after its current repetition; what was measured stays"));
        m_progress->setFormat(tr("%v of %m"));
        m_progress->setToolTip(tr("Measurements done of those the running job makes"));
        m_status->setToolTip(tr("What the measuring thread does"));
        m_backends->setToolTip(tr("Where attention can run here. The bandwidth (a streaming read of 256 MiB) and the "
                                  "fp32 matrix-product rate of each are measured before its first timing; they set "
                                  "the roofline."));
    });

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setErrorPalette(m_problems);
    m_problems->hide();

    layout->addWidget(m_shape);
    layout->addLayout(grid);
    layout->addLayout(progressRow);
    layout->addWidget(m_backends);
    layout->addWidget(m_problems);

    // The table above, the chart below; the user moves the line between them.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("timingsSplitter"));
    splitter->setChildrenCollapsible(false);
    m_table = new QTableWidget(0, ColumnCount, splitter);
    m_table->setObjectName(QStringLiteral("results"));
    for (int c = 0; c < ColumnCount; ++c)
        m_table->setHorizontalHeaderItem(c, new QTableWidgetItem);
    m_texts.add([this] {
        const QString headers[] = {tr("Run"),  tr("Backend"), tr("Operation"), tr("Tokens"),  tr("Median"),
                                   tr("GB/s"), tr("% BW"),    tr("GFLOP/s"),   tr("Roofline")};
        const QString headerTips[] = {
            tr("Live: the current shape; sweep: the context sweep"),
            tr("Where it ran"),
            tr("What was timed (MLA decode in the absorbed or the naive order)"),
            tr("The cache length (decode) or the prompt length (prefill)"),
            tr("Median time of one call over the repetitions (the tooltip gives the spread)"),
            tr("Bytes the operation must move (the cache, queries, outputs, MLA's weights) ÷ median time"),
            tr("Share of the measured bandwidth achieved: decode's figure of merit, near 100% when it streams the "
               "cache at the machine's rate (above 100% when the cache fits in the processor's caches)"),
            tr("Floating-point operations per second (2 per multiply-add)"),
            tr("The time the operation cannot beat: max(bytes ÷ bandwidth, FLOPs ÷ matrix-product rate)"),
        };
        for (int c = 0; c < ColumnCount; ++c) {
            QTableWidgetItem *item = m_table->horizontalHeaderItem(c);
            item->setText(headers[c]);
            item->setToolTip(headerTips[c]);
        }
        m_table->setToolTip(tr("Every measurement shown: live ones first, then the sweep's"));
    });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(true);
    // The table fits the dock's width: headers wrap, and where the columns' contents are wider
    // than the dock every column shrinks in proportion and its cells elide (the tooltips hold
    // the full texts). No sideways scrolling.
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::Alignment::fromInt(Qt::AlignCenter | Qt::TextWordWrap));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setMinimumSectionSize(24);
    m_table->viewport()->installEventFilter(this); // after the table has laid out its viewport
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setMinimumHeight(90);

    auto *chart = new QWidget(splitter);
    auto *chartLayout = new QVBoxLayout(chart);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(2);
    m_chartTitle = new QLabel(chart);
    m_chartTitle->setObjectName(QStringLiteral("chartTitle"));
    m_chartTitle->setWordWrap(true);
    m_chartTitle->setTextFormat(Qt::PlainText);
    d->chart = std::make_unique<TimingsChart>(chart);
    // The caption sits below the splitter, in a layout that honours a wrapped label's height;
    // inside the splitter the plot's minimum height let it overlap the chart on short windows.
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("caption"));
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_texts.add([this] {
        d->chart->plot()->setToolTip(
            tr("Median decode time against the context length, both on logarithmic axes; dotted: "
               "the roofline bound of each line"));
        m_caption->setText(tr("Decode reads the whole KV cache once per new token, so its time grows linearly with "
                              "the context. GQA, MQA and MLA absorbed cache fewer bytes per token and read less; MLA "
                              "naive reads decompressed keys and values, as much as MHA or more. Dotted: the "
                              "roofline (bytes ÷ measured bandwidth)."));
    });
    chartLayout->addWidget(m_chartTitle);
    chartLayout->addWidget(d->chart->plot(), 1);
    splitter->addWidget(m_table);
    splitter->addWidget(chart);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_caption);

    m_texts.add([this] { d->chart->retranslate(); });

    if (m_model) {
        TimingsModel *m = m_model;
        connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_model)
                return;
            const int index = m_source->currentData().toInt();
            if (index < 0)
                m_model->setModelShape(std::nullopt);
            else if (index < int(m_presets.size()))
                m_model->setModelShape(m_presets[std::size_t(index)]);
            else if (m_imported)
                m_model->setModelShape(*m_imported);
        });
        connect(m_context, &QSpinBox::valueChanged, m, [m](int tokens) { m->setContext(tokens); });
        connect(m_dtype, &QComboBox::currentIndexChanged, this, [this] {
            if (m_model)
                m_model->setDType(core::DType(m_dtype->currentData().toInt()));
        });
        connect(m_threads, &QSpinBox::valueChanged, m, [m](int threads) { m->setThreads(threads); });
        connect(m_live, &QCheckBox::toggled, m, [m](bool live) { m->setLive(live); });
        connect(m_sweepMax, &QComboBox::currentIndexChanged, this, [this] {
            if (m_model)
                m_model->setSweepMax(m_sweepMax->currentData().toLongLong());
        });
        connect(m_sweep, &QPushButton::clicked, m, [m] { m->startSweep(); });
        connect(m_cancel, &QPushButton::clicked, m, [m] { m->cancel(); });

        connect(m, &TimingsModel::backendsChanged, this, &TimingsView::updateBackends);
        connect(m, &TimingsModel::shapeChanged, this, [this] {
            syncSource();
            updateShape();
            updateButtons();
        });
        connect(m, &TimingsModel::settingsChanged, this, &TimingsView::syncSettings);
        connect(m, &TimingsModel::busyChanged, this, &TimingsView::updateButtons);
        connect(m, &TimingsModel::jobStarted, this, &TimingsView::updateButtons);
        connect(m, &TimingsModel::jobFinished, this, &TimingsView::updateButtons);
        connect(m, &TimingsModel::progressChanged, this, &TimingsView::updateProgress);
        connect(m, &TimingsModel::statusChanged, this,
                [this] { m_status->setText(m_model ? m_model->statusText() : QString()); });
        connect(m, &TimingsModel::liveResultsChanged, this, &TimingsView::rebuildTable);
        connect(m, &TimingsModel::sweepResultsChanged, this, [this] {
            rebuildTable();
            rebuildChart();
        });
        connect(m, &TimingsModel::problemsChanged, this, &TimingsView::updateProblems);
    }

    syncSettings();
    syncSource();
    updateBackends();
    updateShape();
    updateProblems();
    updateProgress();
    updateButtons();
    rebuildTable();
    applyChartStyle();
    rebuildChart();
}

TimingsView::~TimingsView()
{
    if (m_model)
        m_model->setActive(false);
}

QSize TimingsView::sizeHint() const
{
    return QSize(480, 760);
}

void TimingsView::setPresets(std::vector<core::ModelShape> presets)
{
    m_presets = std::move(presets);
    const QSignalBlocker blocker(m_source);
    while (m_source->count() > 1)
        m_source->removeItem(m_source->count() - 1);
    for (std::size_t i = 0; i < m_presets.size(); ++i)
        m_source->addItem(presetText(m_presets[i]), int(i));
    syncSource();
}

QString TimingsView::presetText(const core::ModelShape &model)
{
    return tr("%1, one layer")
        .arg(model.name.empty() ? (model.id.empty() ? tr("imported model") : qs(model.id)) : qs(model.name));
}

// The picker follows the model: the Model menu sets presets and imported models there.
void TimingsView::syncSource()
{
    if (!m_model)
        return;
    const QSignalBlocker blocker(m_source);
    const auto &shape = m_model->modelShape();
    if (!shape) {
        m_source->setCurrentIndex(0);
        return;
    }
    for (std::size_t i = 0; i < m_presets.size(); ++i) {
        if (!shape->id.empty() && m_presets[i].id == shape->id) {
            m_source->setCurrentIndex(m_source->findData(int(i)));
            return;
        }
    }
    // Not a preset: an imported model gets the last entry.
    m_imported = shape;
    const int importedData = int(m_presets.size());
    int at = m_source->findData(importedData);
    const QString text = presetText(*shape);
    if (at < 0) {
        m_source->addItem(text, importedData);
        at = m_source->count() - 1;
    } else {
        m_source->setItemText(at, text);
    }
    m_source->setCurrentIndex(at);
}

void TimingsView::syncSettings()
{
    if (!m_model)
        return;
    const QSignalBlocker b1(m_context), b2(m_dtype), b3(m_threads), b4(m_live), b5(m_sweepMax);
    m_context->setValue(int(std::min<std::int64_t>(m_model->context(), kMaxContext)));
    m_dtype->setCurrentIndex(m_dtype->findData(int(m_model->dtype())));
    m_threads->setValue(m_model->threads());
    m_live->setChecked(m_model->isLive());
    int sweepIndex = m_sweepMax->findData(qlonglong(m_model->sweepMax()));
    if (sweepIndex < 0) {
        m_sweepMax->addItem(formatTokens(double(m_model->sweepMax())), qlonglong(m_model->sweepMax()));
        sweepIndex = m_sweepMax->count() - 1;
    }
    m_sweepMax->setCurrentIndex(sweepIndex);
}

void TimingsView::updateBackends()
{
    if (!m_model)
        return;
    QStringList lines;
    for (const TimingsModel::BackendInfo &b : m_model->backends()) {
        QString line = QStringLiteral("<b>%1</b>: ").arg(b.name.toHtmlEscaped());
        if (!b.available) {
            line += tr("unavailable, %1").arg(translateCoreText(b.reason)).toHtmlEscaped();
            line = QStringLiteral("<span style=\"color:%1\">%2</span>")
                       .arg(palette().color(QPalette::PlaceholderText).name(), line);
        } else {
            line += translateCoreText(b.device).toHtmlEscaped();
            if (b.roofline)
                line += QStringLiteral("<br>&nbsp;&nbsp;")
                    + tr("measured %1 GB/s read, %2 GFLOP/s fp32 matrix product")
                          .arg(significant(b.roofline->bandwidthGBps), significant(b.roofline->peakGflops))
                          .toHtmlEscaped();
            else
                line += QStringLiteral("<br>&nbsp;&nbsp;")
                    + tr("bandwidth not measured yet (before the first timing)").toHtmlEscaped();
        }
        lines << line;
    }
    m_backends->setText(lines.join(QStringLiteral("<br>")));
}

QString TimingsView::backendText(const QString &id) const
{
    if (!m_model)
        return {};
    const TimingsModel::BackendInfo *b = m_model->backend(id);
    if (!b)
        return {};
    if (!b->available)
        return tr("%1: unavailable, %2").arg(b->name, translateCoreText(b->reason));
    QString text = tr("%1: %2").arg(b->name, translateCoreText(b->device));
    if (b->roofline)
        text += QLatin1Char(' ')
            + tr("(measured %1 GB/s read, %2 GFLOP/s fp32 matrix product)")
                  .arg(significant(b->roofline->bandwidthGBps), significant(b->roofline->peakGflops));
    return text;
}

void TimingsView::updateShape()
{
    if (!m_model)
        return;
    const TimingShape s = m_model->shape();
    if (!s.isValid()) {
        m_shape->setText(richName(s.problem));
        m_shape->setProperty("plainText", s.problem);
        return;
    }
    const auto &model = m_model->modelShape();
    const QString source =
        model ? tr("one layer of %1").arg(qs(model->name.empty() ? model->id : model->name)) : tr("current parameters");
    const QString timed = tr("Timed: %1 (%2), batch 1.").arg(shapeDescription(s), source);
    m_shape->setText(richName(timed));
    m_shape->setProperty("plainText", timed);
}

QString TimingsView::shapeText() const
{
    return m_shape->property("plainText").toString();
}

void TimingsView::updateProblems()
{
    if (!m_model)
        return;
    // The shape's own problem is said in the shape line already.
    const QString shapeProblem = m_model->shape().problem;
    QStringList problems;
    for (const QString &p : m_model->liveProblems() + m_model->sweepProblems())
        if (p != shapeProblem && !problems.contains(p))
            problems << p;
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
}

QString TimingsView::problemText() const
{
    return m_problems->text();
}

QString TimingsView::statusText() const
{
    return m_status->text();
}

void TimingsView::updateProgress()
{
    if (!m_model)
        return;
    const int total = m_model->progressTotal();
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(total > 0 ? m_model->progressDone() : 0);
    m_progress->setTextVisible(total > 0);
}

void TimingsView::updateButtons()
{
    if (!m_model)
        return;
    const bool valid = m_model->shape().isValid();
    m_sweep->setEnabled(valid);
    m_cancel->setEnabled(m_model->runningJob() != TimingsModel::Job::None || m_model->isBusy());
    m_status->setText(m_model->statusText());
}

void TimingsView::rebuildTable()
{
    if (!m_model)
        return;
    m_table->setRowCount(0);
    const auto add = [this](const QString &run, const Measurement &m) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const core::Workload &w = m.workload;
        const TimingsModel::BackendInfo *b = m_model->backend(qs(m.backend));
        const QString cells[] = {
            run,
            b ? b->name : qs(m.backend),
            TimingsModel::operationName(w),
            groupedNumber(w.context),
            formatSeconds(m.seconds.median),
            significant(m.gbps),
            m.bandwidthGbps > 0 ? shareText(m) : QStringLiteral("–"),
            significant(m.gflops),
            rooflineText(m),
        };
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c >= TokensColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(cells[c]); // the full text where a narrow dock elides it
            m_table->setItem(row, c, item);
        }
        if (timingFitsInCache(m))
            m_table->item(row, ShareColumn)
                ->setToolTip(tr("%1 of the measured bandwidth: above 100%, the working set fits in a CPU cache, "
                                "which serves it faster than memory streams")
                                 .arg(shareText(m)));
        if (timingBound(m) == TimingBound::Compute)
            m_table->item(row, RooflineColumn)
                ->setToolTip(tr("Compute-bound: its floating-point operations at the measured matrix-product rate "
                                "take longer than moving its bytes, so the bandwidth is not its limit"));
        else if (timingBound(m) == TimingBound::Memory)
            m_table->item(row, RooflineColumn)
                ->setToolTip(tr("Memory-bound: moving its bytes at the measured bandwidth takes longer than its "
                                "floating-point operations"));
        m_table->item(row, MedianColumn)
            ->setToolTip(
                tr("%1 repetitions: min %2, max %3, median absolute deviation %4")
                    .arg(m.seconds.count)
                    .arg(formatSeconds(m.seconds.min), formatSeconds(m.seconds.max), formatSeconds(m.seconds.mad)));
        m_table->item(row, OperationColumn)
            ->setToolTip(
                tr("%1 cache, %2 bytes moved, %3 floating-point operations")
                    .arg(QLatin1String(core::dtypeId(w.dtype).data()), binaryBytes(m.bytes), groupedNumber(m.flops)));
    };
    for (const Measurement &m : m_model->liveResults())
        add(tr("live"), m);
    for (const Measurement &m : m_model->sweepResults())
        add(tr("sweep"), m);
    // Columns that would say the same on every row make way for the numbers (a narrow dock).
    const auto &live = m_model->liveResults();
    const auto &sweep = m_model->sweepResults();
    m_table->setColumnHidden(RunColumn, live.empty() || sweep.empty());
    bool oneBackend = true;
    const auto firstBackend = !live.empty() ? live.front().backend : (!sweep.empty() ? sweep.front().backend : "");
    for (const auto *list : {&live, &sweep})
        for (const Measurement &m : *list)
            oneBackend = oneBackend && m.backend == firstBackend;
    m_table->setColumnHidden(BackendColumn, oneBackend);
    fitColumns();
}

int TimingsView::rowCount() const
{
    return m_table->rowCount();
}

QString TimingsView::cellText(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text() : QString();
}

void TimingsView::rebuildChart()
{
    d->chart->rebuild(m_model, m_chartTitle);
}

void TimingsView::applyChartStyle()
{
    d->chart->applyStyle(palette(), font());
}

int TimingsView::graphCount() const
{
    return d->chart->graphCount();
}

QString TimingsView::graphName(int graph) const
{
    return d->chart->graphName(graph);
}

int TimingsView::pointCount(int graph) const
{
    return d->chart->pointCount(graph);
}

QString TimingsView::captionText() const
{
    return m_caption->text();
}

void TimingsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_model)
        m_model->setActive(true);
}

void TimingsView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (m_model)
        m_model->setActive(false);
}

void TimingsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        applyChartStyle();
        updateBackends();
    }
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        {
            const QSignalBlocker blocker(m_source);
            for (std::size_t i = 0; i < m_presets.size(); ++i)
                if (const int at = m_source->findData(int(i)); at >= 0)
                    m_source->setItemText(at, presetText(m_presets[i]));
        }
        if (m_model)
            m_model->retranslate(); // the status line
        syncSource();
        updateBackends();
        updateShape();
        updateProblems();
        updateButtons();
        rebuildTable();
        rebuildChart();
    }
    QWidget::changeEvent(event);
}

QByteArray TimingsView::csv() const
{
    return m_model->liveResults().empty() && m_model->sweepResults().empty() ? QByteArray() : m_model->csv();
}

bool TimingsView::isBusy() const
{
    // Exports of the panel wait for its live timings; a hidden panel measures nothing.
    return isVisible() && m_model->isBusy();
}

} // namespace attnscope::widgets
