// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/footprint/model.h"

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

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
};

// Everything the footprint engine says about one model at one precision, context and batch.
// Element counts follow DeepSeek-V2's Table 1 (per token, whatever the precision).
struct Footprint
{
    std::int64_t elementsPerTokenPerLayer = 0;
    std::int64_t elementsPerToken = 0; // all layers
    std::int64_t bytesPerToken = 0;    // ceil(elementsPerToken * bits / 8)
    std::int64_t totalElements = 0;    // elementsPerToken * context * batch
    std::int64_t totalBytes = 0;       // ceil(totalElements * bits / 8)

    // MLA only: a cache of the decompressed keys and values, n_h (d_h + d_h^R) + n_h d_v
    // per layer, as the naive path would keep it.
    std::int64_t decompressedElementsPerTokenPerLayer = 0;
    std::int64_t decompressedElementsPerToken = 0;
    std::int64_t decompressedBytesPerToken = 0;

    // Encoder-decoder models: the cross-attention cache per source token (2 n_h d_h per
    // decoder layer), reported separately from the self-attention cache.
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
// numbers ("2 x 32 x 128 x 32").
[[nodiscard]] std::string formulaSymbols(Mechanism mechanism);
[[nodiscard]] std::string formulaNumbers(const ModelShape &model);

// 100 * (1 - ours / theirs).
[[nodiscard]] double reductionPercent(std::int64_t ours, std::int64_t theirs);

// The longest context (tokens per sequence) whose cache fits in budgetBytes at this batch
// and precision: floor(budget * 8 / (elementsPerToken * bits * batch)). 0 when not even one
// token fits.
[[nodiscard]] std::int64_t maxContextForBudget(const ModelShape &model, KvBits bits, std::int64_t batch,
                                               std::int64_t budgetBytes);

} // namespace attnscope::core
