// SPDX-License-Identifier: GPL-3.0-or-later
// Private to the widgets library: what the footprint chart draws for one model, computed from
// the footprint engine without any drawing (so that tests can check it against the engine).
#pragma once

#include "core/footprint/footprint.h"
#include "core/footprint/plan.h"

#include <QString>
#include <QVector>

#include <cstdint>
#include <optional>
#include <vector>

namespace attnscope::widgets::footprint {

// One part of a model's memory, stacked bottom first: the weights per GPU (with a plan), then
// each layer kind's cache (full attention, each window, cross-attention).
struct Band
{
    enum class Part { Weights, Full, Window, Cross };
    Part part = Part::Full;
    std::int64_t window = 0; // Window: W
    std::int64_t layers = 0;
    QVector<double> values;  // bytes of this part at each key
};

// A model's line: at each sampled context, the KV cache of the whole batch (no plan), or the
// memory one GPU holds, weights and cache (plan); and its parts.
struct Series
{
    QVector<double> keys;   // contexts, tokens per sequence
    QVector<double> totals; // bytes
    std::vector<Band> bands; // empty unless the model has two parts or more
    int overflowed = 0;      // contexts left out: their bytes do not fit in 64 bits
    QString error;           // nothing is drawn: the engine's sentence
    std::int64_t bytesPerToken = -1;
    std::int64_t targetBytes = -1; // the whole cache at the request's context (-1: beyond 64 bits)
    bool decodeCache = true; // false for an encoder-only model
    // With a plan: the plan at the target context (largest context and batch, memory left).
    std::optional<core::MemoryPlan> plan;
};

// What the series is computed for: the cache request (its context is the target), and the
// plan request when the plan is on (its cache part is ignored: `cache` is used).
struct SeriesRequest
{
    core::FootprintRequest cache;
    std::optional<core::PlanRequest> plan;
};

[[nodiscard]] Series computeSeries(const core::ModelShape &model, const SeriesRequest &request,
                                   const std::vector<std::int64_t> &contexts);

} // namespace attnscope::widgets::footprint
