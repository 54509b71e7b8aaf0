// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/footprint/footprint.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace attnscope::core {

// The parameters of a model's weights, part by part (biases, and norms other than two per
// layer and a final one, are not counted). Needs ModelShape::weights (vocab >= 1).
struct ParameterCount
{
    std::int64_t embeddings = 0;    // vocab x d_model, plus learned positions x d_model
    std::int64_t outputHead = 0;    // vocab x d_model; 0 when tied to the embeddings (counted once)
    std::int64_t attention = 0;     // every attention layer's projections (Footprint::attentionParameters)
    std::int64_t denseMlp = 0;      // dense MLPs: (3 gated | 2) x d_model x intermediate per layer
    std::int64_t routedExperts = 0; // every routed expert of every MoE layer
    std::int64_t sharedExperts = 0; // the shared experts of every MoE layer
    std::int64_t routers = 0;       // d_model x experts per MoE layer
    std::int64_t mixers = 0;        // the Mamba mixers of the layers without a KV cache (WeightShape)
    std::int64_t norms = 0;         // 2 per layer (attention and MLP) and a final one, d_model each
    std::int64_t total = 0;
    std::int64_t active = 0;        // per token: total less the routed experts a token does not use
    std::int64_t moeLayers = 0;
    std::int64_t mlpLayers = 0;     // layers with an MLP: decoder layers, and encoder layers
    std::int64_t mixerLayers = 0;   // layers whose Mamba mixer is counted in mixers
    bool visionTowerNotCounted = false; // the model has a vision tower (WeightShape::visionTower), not in total
};
// Throws std::invalid_argument when the shape has no weights (vocab 0), FootprintOverflow.
[[nodiscard]] ParameterCount countParameters(const ModelShape &model);

// How the memory of N GPUs is planned: tensor parallelism of degree N over every weight matrix
// and over the KV heads.
struct PlanRequest
{
    FootprintRequest cache;             // context, batch, KV bits, source tokens
    std::int64_t gpus = 1;              // tensor-parallel degree
    std::int64_t gpuBytes = 0;          // memory of one GPU
    std::int64_t reserveBytes = 0;      // per GPU, kept for activations, the runtime and fragmentation
    KvBits weightBits;                  // 16, 8, 4 ...
    std::int64_t weightScaleGroup = 0;  // one 16-bit scale per this many weights (0: scales not counted)
    std::int64_t kvScaleGroup = 0;      // one 16-bit scale per this many cached elements (0: none)
    std::int64_t blockSize = 16;        // paged allocation: each sequence's tokens round up to whole blocks
    bool dataParallelAttention = false; // MLA only: each rank holds the latent of its own sequences
};

// The figures per GPU (rank) for a request. Every byte count is exact (checked 64-bit).
struct MemoryPlan
{
    ParameterCount parameters;
    std::int64_t weightBytes = 0;       // all weights, with their scales when counted
    std::int64_t weightScaleBytes = 0;  // of which scales
    std::int64_t weightBytesPerGpu = 0; // ceil(weightBytes / gpus); with data-parallel attention the
                                        // attention weights are whole on every GPU
    // The KV heads each rank holds (grouped attention): n_g / N, or 1 when n_g < N (replicated
    // N / n_g times). MLA: the whole latent on every rank.
    std::int64_t kvHeadsPerRank = 0;
    std::int64_t kvReplication = 1;      // how many ranks hold each KV head (MLA: N, or 1 with DP attention)
    std::int64_t sequencesPerRank = 0;   // batch, or ceil(batch / N) with data-parallel attention
    std::int64_t cacheBytesPerGpu = 0;   // paged, with scales
    std::int64_t cacheScaleBytesPerGpu = 0;
    std::vector<CacheShare> sharesPerGpu; // per layer kind, per GPU, paged (bytes without scales)
    std::int64_t leftBytesPerGpu = 0;    // gpu - reserve - weights - cache; negative: does not fit
    std::int64_t maxContext = 0;         // at the batch (kUnbounded: any); 0: not one token
    std::int64_t maxBatch = 0;           // at the context
};

// Checks the request against the model: one sentence naming the flag, the value and the rule
// (e.g. "--gpus 3: the 8 KV heads do not split evenly over 3 GPUs; ..."), or empty.
[[nodiscard]] std::string validatePlan(const ModelShape &model, const PlanRequest &request);

// Throws std::invalid_argument with validatePlan's sentence, FootprintOverflow.
[[nodiscard]] MemoryPlan planMemory(const ModelShape &model, const PlanRequest &request);

// The cache one GPU holds for a request, layer kind by layer kind (paged; share bytes without
// the scales), without the weights or the budget answers: what a chart samples at each context.
struct GpuCache
{
    std::int64_t bytes = 0;      // with the scales
    std::int64_t scaleBytes = 0;
    std::vector<CacheShare> shares;
};
// Throws FootprintOverflow, and std::invalid_argument for an invalid model (as computeFootprint).
[[nodiscard]] GpuCache cachePerGpu(const ModelShape &model, const PlanRequest &request);

// The cache bytes one GPU holds for a request, or std::nullopt when they do not fit in 64 bits.
[[nodiscard]] std::optional<std::int64_t> cacheBytesPerGpu(const ModelShape &model, const PlanRequest &request);

} // namespace attnscope::core
