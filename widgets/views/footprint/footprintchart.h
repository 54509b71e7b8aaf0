// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/footprint/footprint.h"
#include "core/footprint/model.h"
#include "core/params/config.h"
#include "widgets/views/page.h"

#include <QString>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace attnscope::widgets {

class FootprintSettings;

// KV-cache bytes against context length, one line per model (or per mechanism of one shape),
// from the footprint engine (core::computeFootprint). The bytes axis switches between linear
// and logarithmic (base 2, binary units); the context axis between log2 (1K, 2K, ... 1M) and
// linear. Optional horizontal lines mark common GPU memory sizes, and on each model's line a
// marker shows the context at which the cache alone fills that memory
// (core::maxContextForBudget), ignoring the weights and activations that also need room.
//
// Units: bytes in binary units (KiB = 2^10, MiB = 2^20, GiB = 2^30 bytes); contexts in tokens
// per sequence with K = 1024 and M = 2^20, as context lengths are usually quoted (4K, 128K).
class FootprintChart : public QWidget, public Page
{
    Q_OBJECT

public:
    // A GPU memory size for the optional lines: the vendor's nominal capacity ("80 GB") taken
    // as GiB, because GPU memory is built from binary-sized chips; what a program can use is
    // a little less.
    struct GpuMemory
    {
        std::int64_t gib = 0;
        QString devices; // "A100 80GB, H100"
        [[nodiscard]] std::int64_t bytes() const { return gib << 30; }
    };
    // RTX 4090 24 GB, A100 40 GB, A100 80 GB / H100 80 GB, H200 141 GB.
    [[nodiscard]] static const std::vector<GpuMemory> &gpuMemories();

    // A marker where a model's cache fills one GPU memory size.
    struct Marker
    {
        int model = -1;               // index into models()
        int gpu = -1;                 // index into gpuMemories()
        std::int64_t context = 0;     // core::maxContextForBudget(), tokens per sequence
        std::int64_t budgetBytes = 0; // the memory, in bytes
        bool inRange = false;         // within the context axis, and so drawn
    };

    explicit FootprintChart(QWidget *parent = nullptr);
    ~FootprintChart() override;

    // Follows the settings the footprint dock edits (widgets/models/footprintsettings.h): the
    // model shown, the compared one and the overlays (else the current shape's mechanisms), the
    // KV bits, batch, source tokens and target context, and the memory plan. With a plan each
    // line is the memory of one GPU, weights and cache, against the GPU's memory and what the
    // reserve leaves of it; the model shown is stacked by part (weights, each layer kind's
    // cache). The settings outlive the chart. setModels(), setBits() and setBatch() are for a
    // chart without settings.
    void setSettings(FootprintSettings *settings);
    [[nodiscard]] FootprintSettings *settings() const { return m_settings; }

    // One line per model; the legend names its model (or mechanism) and bytes per token.
    // Models whose shape core::validateModel() rejects are left out, and said so below the chart.
    void setModels(std::vector<core::ModelShape> models);
    [[nodiscard]] const std::vector<core::ModelShape> &models() const { return m_models; }
    void setBits(core::KvBits bits);
    [[nodiscard]] core::KvBits bits() const { return m_bits; }
    // Sequences per batch (>= 1; smaller values are taken as 1).
    void setBatch(std::int64_t batch);
    [[nodiscard]] std::int64_t batch() const { return m_batch; }
    // Context lengths drawn, in tokens (default 1K .. 1M); from >= 1, to > from.
    void setContextRange(std::int64_t from, std::int64_t to);
    [[nodiscard]] std::pair<std::int64_t, std::int64_t> contextRange() const { return {m_from, m_to}; }

    // Logarithmic bytes axis (default on) and log2 context axis (default on).
    void setLogScale(bool on);
    [[nodiscard]] bool isLogScale() const { return m_logBytes; }
    void setLogContext(bool on);
    [[nodiscard]] bool isLogContext() const { return m_logContext; }
    void setGpuLineVisible(int gpu, bool visible);
    [[nodiscard]] bool isGpuLineVisible(int gpu) const;

    // The MHA, GQA, MQA and MLA variants of a compute configuration's shape with `layers`
    // layers, as the compare view builds them (widgets::compareConfigs); named "MHA", ...
    [[nodiscard]] static std::vector<core::ModelShape> shapesForConfig(const core::Config &config, std::int64_t layers);

    // What is drawn, for tests. Graphs are the model lines, in models() order of the models
    // that were valid; valueAt() is the bytes of a graph at a sampled context (every power of
    // two in the range is sampled), nullopt when not sampled or skipped for overflow.
    [[nodiscard]] int graphCount() const;
    [[nodiscard]] QString graphName(int graph) const;
    [[nodiscard]] int graphModel(int graph) const; // index into models()
    [[nodiscard]] int pointCount(int graph) const;
    // The plotted data as CSV: a context column, then bytes per model line.
    [[nodiscard]] QByteArray csv() const override;
    [[nodiscard]] std::shared_ptr<Figure> figure(const FigureOptions &options, QString *why) const override;

    // Page "footprint": the model the window shows (setModel()), else the shape of each trace.
    [[nodiscard]] QWidget *widget() override { return this; }
    void showTrace(const std::shared_ptr<const core::Trace> &trace, const core::Config &config) override;
    bool setModel(const std::optional<core::ModelShape> &model) override
    {
        m_pageModel = model;
        return true;
    }
    [[nodiscard]] std::optional<double> valueAt(int graph, std::int64_t context) const;
    [[nodiscard]] bool isBytesAxisLogarithmic() const; // the axis' scale type, as drawn
    [[nodiscard]] bool isContextAxisLogarithmic() const;
    [[nodiscard]] std::vector<Marker> markers() const { return m_markers; }
    // The markers drawn on a graph: (context, bytes) points, sorted by context.
    [[nodiscard]] std::vector<std::pair<double, double>> markerPoints(int graph) const;
    // Where each visible GPU memory fills, in words; empty when no line is shown.
    [[nodiscard]] QString fillText() const;
    // Points left out because their bytes do not fit in 64 bits, and invalid models, in words.
    [[nodiscard]] QString problemText() const;
    // The stacked parts of the first model (weights per GPU, full attention, a window, cross-
    // attention), bottom first: their names and bytes at a sampled context. None when the model
    // has one part only.
    [[nodiscard]] int bandCount() const;
    [[nodiscard]] QString bandName(int band) const;
    [[nodiscard]] std::optional<double> bandValueAt(int band, std::int64_t context) const;
    // The target context marked on the chart (the settings' context; 0 without settings).
    [[nodiscard]] std::int64_t targetContext() const { return m_target; }
    // The horizontal memory lines drawn with a plan: the GPU's memory and, with a reserve, what
    // is left for weights and cache (bytes). Empty without a plan.
    [[nodiscard]] std::vector<double> budgetLines() const;
    // The first model's figure at the target context, in one line, for the status bar; empty
    // when there is no model.
    [[nodiscard]] QString statusText() const;
    // The axis titles as drawn.
    [[nodiscard]] QString bytesAxisLabel() const;

Q_SIGNALS:
    // The figures drawn changed (statusText() with them).
    void figuresChanged();

    void logScaleChanged(bool on);
    void logContextChanged(bool on);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;

    void rebuild();
    void rebuildMarkers();
    void rebuildTarget();
    void followSettings();
    void updateStatus();
    [[nodiscard]] QString unitsText() const;
    void applyAxes();
    void afterLayout();
    void updateLegendColumns();

    std::vector<core::ModelShape> m_models;
    std::vector<QString> m_labels;     // legend names of m_models (empty: the model's name)
    std::vector<bool> m_compared;      // drawn at the settings' compare bits
    std::vector<core::ModelShape> m_traceShapes; // the current shape's mechanisms, without a model
    FootprintSettings *m_settings = nullptr;
    std::int64_t m_target = 0;
    bool m_plan = false;               // the lines are per-GPU memory with weights
    QString m_status;
    core::KvBits m_bits;
    std::int64_t m_batch = 1;
    std::int64_t m_from = std::int64_t{1} << 10;
    std::int64_t m_to = std::int64_t{1} << 20;
    bool m_logBytes = true;
    bool m_logContext = true;
    std::vector<bool> m_gpuVisible;
    std::vector<Marker> m_markers;
    std::optional<core::ModelShape> m_pageModel; // the page's model, else the current shape
};

} // namespace attnscope::widgets
