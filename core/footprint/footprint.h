// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/footprint/model.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace attnscope::core {

// A size that does not fit in 64 bits. The message names the quantity and its factors.
class FootprintOverflow : public std::overflow_error
{
public:
    using std::overflow_error::overflow_error;
};

// Bits per element of the cache, exact to a thousandth of a bit: 16, 8, 4, or averages of
// mixed-precision schemes such as 6 or 4.5. Bytes of N elements are ceil(N * bits / 8).
class KvBits
{
public:
    constexpr KvBits() = default;
    static constexpr KvBits fromMilliBits(std::int64_t milliBits) { return KvBits(milliBits); }
    // Parses "16", "6", "4.5", "0.125": a number > 0 and <= 64 with at most three decimals.
    // On failure returns std::nullopt and sets *error to the rule that was broken.
    static std::optional<KvBits> parse(std::string_view text, std::string *error);

    [[nodiscard]] constexpr std::int64_t milliBits() const { return m_milliBits; }
    [[nodiscard]] double bits() const { return static_cast<double>(m_milliBits) / 1000.0; }
    [[nodiscard]] std::string text() const; // "16", "4.5"

    static constexpr std::int64_t kMaxMilliBits = 64000;

private:
    constexpr explicit KvBits(std::int64_t milliBits) : m_milliBits(milliBits) {}
    std::int64_t m_milliBits = 16000;
};

struct FootprintRequest
{
    std::int64_t context = 4096; // tokens per sequence
    std::int64_t batch = 1;      // sequences
    KvBits bits;
    // Encoder-decoder models: source tokens per sequence, whose cross-attention keys and values
    // every decoder layer caches. Not given: equal to the context.
    std::optional<std::int64_t> sourceTokens;

    [[nodiscard]] std::int64_t sources() const { return sourceTokens.value_or(context); }
};

// One kind of layer's part of the cache: all Full layers, all Window layers of one W, the
// NoCache and Shared layers (0 elements), or the cross-attention of an encoder-decoder model.
struct CacheShare
{
    LayerKind kind = LayerKind::Full;
    std::int64_t window = 0;           // Window: W
    std::int64_t layers = 0;           // layers of this kind (Cross: decoder layers with cross-attention)
    std::int64_t tokens = 0;           // tokens each sequence caches: context, min(context, W), source tokens, 0
    std::int64_t elementsPerToken = 0; // per cached token, all layers of this share
    std::int64_t totalElements = 0;    // elementsPerToken x tokens x batch
    std::int64_t totalBytes = 0;       // ceil(totalElements * bits / 8)
};

// Everything the footprint engine says about one model at one precision, context and batch.
// Element counts follow DeepSeek-V2's Table 1 (per token, whatever the precision).
struct Footprint
{
    // False for an encoder-only model: it keeps no decode cache, and every figure below is 0.
    bool decodeCache = true;
    std::int64_t elementsPerTokenPerLayer = 0; // one layer that keeps a cache
    std::int64_t cachingLayers = 0;            // layers that keep a cache: Full and Window
    std::int64_t elementsPerToken = 0;         // per token that every caching layer holds: per layer x caching layers
    std::int64_t bytesPerToken = 0;            // ceil(elementsPerToken * bits / 8)
    // The whole cache at this context, batch and source length, summed share by share (each
    // Window layer holds min(context, W) tokens; cross-attention holds the source tokens).
    std::int64_t totalElements = 0;
    std::int64_t totalBytes = 0; // ceil(totalElements * bits / 8)
    std::int64_t sourceTokens = 0; // encoder-decoder models: the source tokens counted; 0 otherwise
    // Layer by layer kind, in the order Full, Window (by W), Shared, NoCache, Cross; only the kinds
    // the model has. Empty for an encoder-only model.
    std::vector<CacheShare> shares;

    // MLA only: a cache of the decompressed keys and values, n_h (d_h + d_h^R) + n_h d_v
    // per layer, as the naive path would keep it.
    std::int64_t decompressedElementsPerTokenPerLayer = 0;
    std::int64_t decompressedElementsPerToken = 0;
    std::int64_t decompressedBytesPerToken = 0;

    // Encoder-decoder models: the cross-attention cache per source token (2 n_h d_h per
    // decoder layer); the Cross share counts it in the total.
    std::int64_t crossElementsPerSourceTokenPerLayer = 0;
    std::int64_t crossElementsPerSourceToken = 0;
    std::int64_t crossBytesPerSourceToken = 0;

    // Parameters of the attention projections (W_Q, W_K, W_V, W_O; MLA: W_DQ, W_UQ, W_QR,
    // W_DKV, W_KR, W_UK, W_UV, W_O), biases and norms excluded; the total counts every
    // attention layer (decoder self-attention, cross-attention and encoder layers).
    std::int64_t attentionParametersPerLayer = 0;
    std::int64_t attentionParameters = 0;

    // KV heads a GQA model would need for the same cache: n_g, or for MLA
    // (d_c + d_h^R) / (2 d_h).
    double equivalentGqaGroups = 0.0;
};

// Computes the footprint. Throws FootprintOverflow when a figure does not fit in 64 bits,
// std::invalid_argument when validateModel() finds a problem.
[[nodiscard]] Footprint computeFootprint(const ModelShape &model, const FootprintRequest &request);

// ceil(elements * bits / 8), exactly; throws FootprintOverflow naming `what`.
[[nodiscard]] std::int64_t bytesFor(std::int64_t elements, KvBits bits, std::string_view what);

// The Table 1 formula of a mechanism with symbols ("2 n_h d_h l") and with the model's
// numbers ("2 x 32 x 128 x 32"); l counts the layers that keep a cache (Full and Window).
[[nodiscard]] std::string formulaSymbols(Mechanism mechanism);
[[nodiscard]] std::string formulaNumbers(const ModelShape &model);

// 100 * (1 - ours / theirs).
[[nodiscard]] double reductionPercent(std::int64_t ours, std::int64_t theirs);

// The cache bytes of a request, or std::nullopt when they do not fit in 64 bits. Never throws
// on sizes (std::invalid_argument on an invalid model, as computeFootprint).
[[nodiscard]] std::optional<std::int64_t> cacheBytes(const ModelShape &model, const FootprintRequest &request);

// kUnbounded from the budget answers: the cache stops growing (every layer that keeps one has a
// window, and the source length is fixed), so any context fits once the largest window does.
inline constexpr std::int64_t kUnbounded = std::numeric_limits<std::int64_t>::max();

// The longest context (tokens per sequence) whose whole cache, at the request's batch,
// precision and source length (unset: equal to the context), fits in budgetBytes; the
// request's context is ignored. 0 when not even one token fits; kUnbounded when the cache
// stops growing and fits. Layer by layer: windows stop growing at W.
[[nodiscard]] std::int64_t maxContextForBudget(const ModelShape &model, const FootprintRequest &request,
                                               std::int64_t budgetBytes);
// The same for a batch and precision, the source length equal to the context.
[[nodiscard]] std::int64_t maxContextForBudget(const ModelShape &model, KvBits bits, std::int64_t batch,
                                               std::int64_t budgetBytes);
// The largest batch whose cache at the request's context fits in budgetBytes; the request's
// batch is ignored. 0 when not even one sequence fits.
[[nodiscard]] std::int64_t maxBatchForBudget(const ModelShape &model, const FootprintRequest &request,
                                             std::int64_t budgetBytes);

} // namespace attnscope::core
