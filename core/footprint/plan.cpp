// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/footprint/plan.h"

#include "core/footprint/largestfitting.h"

#include "core/support/checkedmath.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace attnscope::core {

namespace {

constexpr std::int64_t kInt64Max = std::numeric_limits<std::int64_t>::max();

std::int64_t need(std::optional<std::int64_t> value, const std::string &what)
{
    if (!value)
        throw FootprintOverflow(what + " does not fit in 64 bits; reduce the sizes, the context or the batch.");
    return *value;
}

std::int64_t ceilDiv(std::int64_t a, std::int64_t b)
{
    return a / b + (a % b != 0 ? 1 : 0);
}

// Layers i in [0, n) with i % period == offset.
std::int64_t periodic(std::int64_t n, std::int64_t period, std::int64_t offset)
{
    return n > offset ? (n - offset - 1) / period + 1 : 0;
}

std::string str(std::int64_t v)
{
    return std::to_string(v);
}

// The cache one rank holds, share by share.
struct RankCache
{
    std::int64_t perLayerElements = 0; // per token and layer on one rank
    std::int64_t kvHeadsPerRank = 0;
    std::int64_t replication = 1;
    std::int64_t sequences = 0;
    std::vector<CacheShare> shares;
    std::int64_t bytes = 0;
    std::int64_t scaleBytes = 0;
};

RankCache rankCache(const ModelShape &m, const PlanRequest &r)
{
    RankCache c;
    const Footprint f = computeFootprint(m, r.cache);
    if (!f.decodeCache)
        return c;
    const std::int64_t n = r.gpus;
    c.sequences = r.cache.batch;
    if (m.mechanism == Mechanism::Mla) {
        // Every rank needs every head's keys, and they all come from the one latent: tensor
        // parallelism splits the heads, not the latent, so each rank holds all of it.
        c.perLayerElements = f.elementsPerTokenPerLayer;
        c.replication = r.dataParallelAttention ? 1 : n;
        if (r.dataParallelAttention)
            c.sequences = ceilDiv(r.cache.batch, n);
    } else {
        const std::int64_t kv = m.mechanism == Mechanism::Mqa ? 1 : m.nKvHeads;
        c.kvHeadsPerRank = kv >= n ? kv / n : 1;
        c.replication = kv >= n ? 1 : n / kv;
        c.perLayerElements = need(checkedMul(c.kvHeadsPerRank, m.dHead + m.valueDim()), "the KV elements per rank");
    }
    CheckedSum bytes;
    CheckedSum scales;
    for (const CacheShare &s : f.shares) {
        CacheShare out = s;
        out.tokens = s.tokens == 0 ? 0 : need(checkedMul(ceilDiv(s.tokens, r.blockSize), r.blockSize), "the paged tokens");
        out.elementsPerToken = s.tokens == 0 ? 0 : need(checkedMul(s.layers, c.perLayerElements), "the KV elements per rank");
        out.totalElements = need(checkedProduct({out.elementsPerToken, out.tokens, c.sequences}), "the cache per GPU");
        out.totalBytes = bytesFor(out.totalElements, r.cache.bits, "the cache bytes per GPU");
        bytes.add(out.totalBytes);
        if (r.kvScaleGroup > 0 && out.totalElements > 0) {
            // One 16-bit scale per group of elements of each layer's token.
            const std::int64_t groups = ceilDiv(c.perLayerElements, r.kvScaleGroup);
            scales.add({s.layers, groups, out.tokens, c.sequences, 2});
        }
        c.shares.push_back(out);
    }
    c.scaleBytes = need(scales.value(), "the cache scales per GPU");
    c.bytes = need(CheckedSum().add(bytes.value()).add(c.scaleBytes).value(), "the cache per GPU");
    return c;
}

// One Mamba mixer's parameters (Jamba's JambaMambaMixer), E = expand x d_model wide inside.
std::int64_t mambaMixerParameters(const WeightShape &w, std::int64_t d)
{
    const std::int64_t e = need(checkedMul(w.mambaExpand, d), "the Mamba width");
    const std::int64_t dtRank = w.mambaDtRank > 0 ? w.mambaDtRank : ceilDiv(d, 16);
    // in_proj (x and the gate z), the depthwise conv1d with its bias, x_proj (dt, B and C),
    // dt_proj with its bias, A_log, D and out_proj.
    CheckedSum p;
    p.add({d, 2, e}).add({e, w.mambaDConv}).add({w.mambaConvBias ? e : 0});
    p.add({e, need(checkedAdd(dtRank, 2 * w.mambaDState), "the Mamba x_proj")});
    p.add({dtRank, e}).add({e});
    p.add({e, w.mambaDState}).add({e});
    p.add({e, d});
    if (w.mambaProjBias)
        p.add({2, e}).add({d}); // in_proj's and out_proj's biases
    return need(p.value(), "the Mamba mixer parameters");
}

} // namespace

ParameterCount countParameters(const ModelShape &m)
{
    const WeightShape &w = m.weights;
    if (w.vocab < 1)
        throw std::invalid_argument("vocab_size: not known, so the weights cannot be counted; give the config.json "
                                    "with its vocab_size.");
    FootprintRequest one;
    one.context = 1;
    const Footprint f = computeFootprint(m, one);
    ParameterCount p;
    const std::int64_t d = m.dModel;
    const std::int64_t matrices = w.gatedMlp ? 3 : 2;
    p.embeddings = need(CheckedSum().add({w.vocab, d}).add({w.positions, d}).value(), "the embeddings");
    p.outputHead = w.tiedEmbeddings ? 0 : need(checkedMul(w.vocab, d), "the output head");
    p.attention = f.attentionParameters;
    p.mlpLayers = need(checkedAdd(m.layers, m.encoderLayers), "the layers");
    if (w.experts > 0) {
        const std::int64_t period = std::max<std::int64_t>(1, w.expertPeriod);
        const std::int64_t offset = std::clamp<std::int64_t>(w.expertOffset, 0, period - 1);
        const std::int64_t first = std::min(w.denseLayers, m.layers);
        p.moeLayers = periodic(m.layers, period, offset) - periodic(first, period, offset);
    }
    const std::int64_t expertWidth = w.expertIntermediate > 0 ? w.expertIntermediate : w.intermediate;
    const std::int64_t sharedWidth = w.sharedIntermediate > 0 ? w.sharedIntermediate : expertWidth;
    p.denseMlp = need(checkedProduct({p.mlpLayers - p.moeLayers, matrices, d, w.intermediate}), "the dense MLPs");
    p.routedExperts = need(checkedProduct({p.moeLayers, w.experts, matrices, d, expertWidth}), "the routed experts");
    p.sharedExperts =
        need(checkedProduct({p.moeLayers, w.sharedExperts, matrices, d, sharedWidth}), "the shared experts");
    p.routers = need(checkedProduct({p.moeLayers, d, w.experts}), "the routers");
    if (w.mambaExpand > 0) {
        p.mixerLayers = m.layersOfKind(LayerKind::NoCache);
        p.mixers = need(checkedMul(p.mixerLayers, mambaMixerParameters(w, d)), "the Mamba mixers");
    }
    p.norms = need(checkedProduct({need(checkedAdd(need(checkedMul(2, p.mlpLayers), "the norms"), 1), "the norms"), d}),
                   "the norms");
    p.total = need(CheckedSum()
                       .add(p.embeddings)
                       .add(p.outputHead)
                       .add(p.attention)
                       .add(p.denseMlp)
                       .add(p.routedExperts)
                       .add(p.sharedExperts)
                       .add(p.routers)
                       .add(p.mixers)
                       .add(p.norms)
                       .value(),
                   "the parameters");
    p.active = p.total;
    p.visionTowerNotCounted = w.visionTower;
    if (w.experts > 0 && w.activeExperts > 0 && w.activeExperts < w.experts)
        p.active -= p.moeLayers * (w.experts - w.activeExperts) * matrices * d * expertWidth; // <= routedExperts
    return p;
}

std::string validatePlan(const ModelShape &m, const PlanRequest &r)
{
    const std::string n = str(r.gpus);
    if (r.gpus < 1)
        return "--gpus " + n + ": at least 1 GPU.";
    if (r.blockSize < 1)
        return "--block-size " + str(r.blockSize) + ": a block holds at least 1 token.";
    if (m.nHeads % r.gpus != 0)
        return "--gpus " + n + ": the " + str(m.nHeads) + " query heads do not split evenly over " + n
            + " GPUs; tensor parallelism gives every GPU the same number of heads.";
    if (r.dataParallelAttention && m.mechanism != Mechanism::Mla)
        return "--dp-attention: data-parallel attention is for MLA models, whose latent every GPU would otherwise "
               "hold in full; this model's KV heads split over the GPUs.";
    if (m.mechanism != Mechanism::Mla) {
        const std::int64_t kv = m.mechanism == Mechanism::Mqa ? 1 : m.nKvHeads;
        if (kv >= r.gpus && kv % r.gpus != 0)
            return "--gpus " + n + ": the " + str(kv) + " KV heads do not split evenly over " + n + " GPUs.";
        if (kv < r.gpus && r.gpus % kv != 0)
            return "--gpus " + n + ": " + str(kv) + " KV heads cannot be replicated evenly over " + n
                + " GPUs; give a multiple of " + str(kv) + ".";
    }
    return {};
}

GpuCache cachePerGpu(const ModelShape &model, const PlanRequest &request)
{
    RankCache c = rankCache(model, request);
    return GpuCache{c.bytes, c.scaleBytes, std::move(c.shares)};
}

std::optional<std::int64_t> cacheBytesPerGpu(const ModelShape &model, const PlanRequest &request)
{
    try {
        return rankCache(model, request).bytes;
    } catch (const FootprintOverflow &) {
        return std::nullopt;
    }
}

MemoryPlan planMemory(const ModelShape &m, const PlanRequest &r)
{
    if (const std::string problem = validatePlan(m, r); !problem.empty())
        throw std::invalid_argument(problem);
    MemoryPlan plan;
    plan.parameters = countParameters(m);
    const std::int64_t values = bytesFor(plan.parameters.total, r.weightBits, "the weights");
    plan.weightScaleBytes = r.weightScaleGroup > 0
        ? need(checkedMul(ceilDiv(plan.parameters.total, r.weightScaleGroup), 2), "the weight scales")
        : 0;
    plan.weightBytes = need(checkedAdd(values, plan.weightScaleBytes), "the weights");
    plan.weightBytesPerGpu = ceilDiv(plan.weightBytes, r.gpus);
    if (r.dataParallelAttention) {
        // Each GPU runs the attention of its own sequences, so it holds every attention weight;
        // the rest (the experts above all) stays split.
        const std::int64_t attention = need(
            checkedAdd(bytesFor(plan.parameters.attention, r.weightBits, "the attention weights"),
                       r.weightScaleGroup > 0 ? ceilDiv(plan.parameters.attention, r.weightScaleGroup) * 2 : 0),
            "the attention weights");
        plan.weightBytesPerGpu =
            need(checkedAdd(ceilDiv(plan.weightBytes - attention, r.gpus), attention), "the weights per GPU");
    }

    const RankCache c = rankCache(m, r);
    plan.kvHeadsPerRank = c.kvHeadsPerRank;
    plan.kvReplication = c.replication;
    plan.sequencesPerRank = c.sequences;
    plan.cacheBytesPerGpu = c.bytes;
    plan.cacheScaleBytesPerGpu = c.scaleBytes;
    plan.sharesPerGpu = c.shares;
    __extension__ typedef __int128 I128;
    const I128 left = I128(r.gpuBytes) - r.reserveBytes - plan.weightBytesPerGpu - plan.cacheBytesPerGpu;
    if (left < I128(std::numeric_limits<std::int64_t>::min()) || left > I128(kInt64Max))
        throw FootprintOverflow("the memory left per GPU does not fit in 64 bits.");
    plan.leftBytesPerGpu = static_cast<std::int64_t>(left);

    // The answers: what fits in the memory the weights and the reserve leave.
    const I128 budget = I128(r.gpuBytes) - r.reserveBytes - plan.weightBytesPerGpu;
    if (budget <= 0 || m.encoderOnly) {
        plan.maxContext = m.encoderOnly && budget >= 0 ? kUnbounded : 0;
        plan.maxBatch = plan.maxContext;
        return plan;
    }
    const auto fitsWith = [&](PlanRequest q) {
        const auto bytes = cacheBytesPerGpu(m, q);
        return bytes && I128(*bytes) <= budget;
    };
    PlanRequest q = r;
    const bool grows = m.layersOfKind(LayerKind::Full) > 0 || (m.crossLayers > 0 && !r.cache.sourceTokens);
    std::int64_t high = kInt64Max;
    if (!grows) {
        high = 1;
        for (const LayerSpec &l : m.layerKinds)
            high = std::max(high, l.window);
        high = need(checkedMul(ceilDiv(high, r.blockSize), r.blockSize), "the largest window");
    }
    const auto fitsContext = [&](std::int64_t context) {
        q.cache.context = context;
        return fitsWith(q);
    };
    plan.maxContext = !grows && fitsContext(high) ? kUnbounded : largestFitting(high, fitsContext);
    q = r;
    plan.maxBatch = largestFitting(kInt64Max, [&](std::int64_t batch) {
        q.cache.batch = batch;
        return fitsWith(q);
    });
    return plan;
}

} // namespace attnscope::core
