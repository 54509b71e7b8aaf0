// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/footprint/footprint.h"
#include "core/footprint/model.h"
#include "core/footprint/plan.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace attnscope::widgets {

// One model the footprint views can show: a preset or an imported config.json.
struct FootprintEntry
{
    core::ModelShape model;
    QString key;   // the preset's id, or the imported file's absolute path: unique among the entries
    QString label; // what pickers and the chart's legend call it: the preset's name, or the file's name
};

// What `attnscope footprint` computes for one model under the settings: the cache, and the
// memory plan when a GPU memory is set and the model's weights are known. `error` is the
// sentence shown instead (an invalid shape, a size beyond 64 bits, a plan the model refuses).
struct FootprintFigures
{
    std::optional<core::Footprint> footprint;
    std::optional<core::MemoryPlan> plan;
    QString error;     // the cache could not be computed
    QString planError; // the cache was, the plan was not (no weights, a refused request)
};

// The settings the footprint dock edits and the footprint chart draws, observed by both (and by
// the window's status bar), so that the chart always shows what the dock says: the model shown,
// the models laid over it on the chart, the compared model, the cache request (context, batch,
// KV bits, source tokens) and the memory plan (GPUs, GPU memory, reserve, weight bits, block
// size, data-parallel attention). Every setter emits changed() when the value changes.
//
// The plan is on when gpuGib() > 0. Its request is the command line's (cli/footprintcommand):
// `attnscope footprint --gpu-gib X --gpus N ...` gives the same figures.
class FootprintSettings : public QObject
{
    Q_OBJECT

public:
    explicit FootprintSettings(QObject *parent = nullptr);

    // The models the pickers offer: presets first, then imported configs in import order.
    void setPresets(std::vector<core::ModelShape> presets);
    // Adds (or replaces, by absolute path) an imported config; returns its key.
    QString addImported(const core::ModelShape &model, const QString &path);
    [[nodiscard]] const std::vector<FootprintEntry> &entries() const { return m_entries; }
    [[nodiscard]] const FootprintEntry *entry(const QString &key) const;

    // The model shown (none: the chart shows the current shape's mechanisms).
    void setModel(const std::optional<core::ModelShape> &model, const QString &key = QString());
    [[nodiscard]] const std::optional<core::ModelShape> &model() const { return m_model; }
    [[nodiscard]] QString modelKey() const { return m_modelKey; }

    // More models on the chart, by entry key, in order; unknown keys are ignored.
    void setOverlays(const QStringList &keys);
    [[nodiscard]] const QStringList &overlays() const { return m_overlays; }
    // The compared model by entry key (empty: none) and its KV bits. False for an unknown key.
    bool setCompared(const QString &key);
    [[nodiscard]] QString comparedKey() const { return m_comparedKey; }
    [[nodiscard]] const core::ModelShape *compared() const;
    void setCompareBits(core::KvBits bits);
    [[nodiscard]] core::KvBits compareBits() const { return m_compareBits; }

    // The cache request.
    void setKvBits(core::KvBits bits);
    void setContext(std::int64_t tokens);
    void setBatch(std::int64_t sequences);
    void setSourceTokens(std::optional<std::int64_t> tokens); // none: equal to the context
    [[nodiscard]] const core::FootprintRequest &request() const { return m_request; }

    // The memory plan: GPU memory in GiB (0: no plan), GPUs, reserve in GiB, weight bits,
    // block size, data-parallel attention (MLA). Scale groups follow the command line's
    // defaults (weights: 128 below 8 bits; cache: 64 below 8 bits).
    void setGpuGib(double gib);
    void setGpus(std::int64_t gpus);
    void setReserveGib(double gib);
    void setWeightBits(core::KvBits bits);
    void setBlockSize(std::int64_t tokens);
    void setDataParallelAttention(bool on);
    // Scale groups (0: not counted); none: the command line's default for the bits.
    void setScaleGroups(std::optional<std::int64_t> weights, std::optional<std::int64_t> cache);
    [[nodiscard]] double gpuGib() const { return m_gpuGib; }
    [[nodiscard]] double reserveGib() const { return m_reserveGib; }
    [[nodiscard]] bool planEnabled() const { return m_gpuGib > 0.0; }
    // The plan request for these settings (gpuBytes 0 when the plan is off).
    [[nodiscard]] core::PlanRequest planRequest() const;

    // Everything at once, as the command line would give it (one changed()).
    void setRequest(const core::FootprintRequest &request, const std::optional<core::PlanRequest> &plan);

    // The figures of a model under these settings (the compared model: at compareBits()).
    [[nodiscard]] FootprintFigures figures(const core::ModelShape &model, bool compared = false) const;
    // Why a model cannot be planned under these settings (no weights, a request the model refuses),
    // in one sentence, without planning it; empty when it can, or when the plan is off.
    [[nodiscard]] QString planRefusal(const core::ModelShape &model, bool compared = false) const;
    // The plan request a model can use: dataParallelAttention only for MLA.
    [[nodiscard]] core::PlanRequest planRequestFor(const core::ModelShape &model) const;

    // The models the chart draws: the model shown, the compared one, then the overlays (each once).
    [[nodiscard]] std::vector<FootprintEntry> chartModels() const;

Q_SIGNALS:
    void changed();
    void entriesChanged();

private:
    std::vector<FootprintEntry> m_entries;
    std::optional<core::ModelShape> m_model;
    QString m_modelKey;
    QStringList m_overlays;
    QString m_comparedKey;
    core::KvBits m_compareBits;
    core::FootprintRequest m_request;
    double m_gpuGib = 0.0;
    std::int64_t m_gpus = 1;
    double m_reserveGib = 0.0;
    core::KvBits m_weightBits;
    std::int64_t m_blockSize = 16;
    bool m_dpAttention = false;
    std::optional<std::int64_t> m_weightScaleGroup;
    std::optional<std::int64_t> m_kvScaleGroup;
};

// The bytes of a size in GiB, rounded down.
[[nodiscard]] std::int64_t gibBytes(double gib);

} // namespace attnscope::widgets
