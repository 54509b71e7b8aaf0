// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"

#include <cstdint>
#include <optional>

namespace attnscope::core {

// KV-cache elements per token and per layer that a decoder must keep for a configuration,
// in the convention of DeepSeek-V2's Table 1 (elements, whatever the precision):
//   mha 2 n_h d_h,  gqa 2 n_g d_h,  mqa 2 d_h,  sdpa 2 d_k,  mla d_c + d_h^R
// (MLA caches the latent and the shared RoPE key whichever path computes the attention).
// Bahdanau's encoder-decoder keeps no KV cache (it re-reads the annotations): 0, and
// annotationElementsPerSourceToken() gives what it keeps per source token (2n).
// std::nullopt when the product does not fit in 64 bits.
[[nodiscard]] std::optional<std::int64_t> kvCacheElementsPerToken(const Config &config);

// MLA: elements per token and layer a cache of decompressed keys and values would hold,
// n_h (d_h + d_h^R) + n_h d_h: what MLA saves over caching the naive path's K and V.
[[nodiscard]] std::optional<std::int64_t> mlaDecompressedElementsPerToken(const Config &config);

// Bahdanau: elements kept per source token (the annotation h_j, width 2n).
[[nodiscard]] std::optional<std::int64_t> annotationElementsPerSourceToken(const Config &config);

} // namespace attnscope::core
