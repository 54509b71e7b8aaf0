// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"
#include "core/trace/tensor.h"
#include "model/architecture.h"

#include <cstdint>
#include <vector>

namespace attnscope::model {

class WeightStore;

namespace deepseek {

using core::Matrix;
using core::RowVector;

// DeepSeek's decoupled RoPE (qk_rope_head_dim, interleaved pairs) with YaRN's scaled
// frequencies, its cos/sin factor, and the softmax scale (docs/tiny-models.md, YaRN and MLA).
struct MlaRope
{
    std::vector<double> invFreq;  // [qk_rope_head_dim / 2]
    double attentionFactor = 1.0; // mscale(factor, mscale) / mscale(factor, mscale_all_dim)
    double scale = 1.0;           // (qk_nope + qk_rope)^-1/2 * mscale(factor, mscale_all_dim)^2
};
[[nodiscard]] MlaRope mlaRopeOf(const ModelConfig &config);

// One layer's MLA weights, [in, out] (nn.Linear transposed).
struct MlaWeights
{
    Matrix wq;           // [hidden, H (d_nope + d_rope)] (no query compression)
    Matrix wqA;          // [hidden, q_lora_rank]
    RowVector qANorm;    // [q_lora_rank]
    Matrix wqB;          // [q_lora_rank, H (d_nope + d_rope)]
    Matrix wkvA;         // [hidden, kv_lora_rank + d_rope]
    RowVector kvANorm;   // [kv_lora_rank]
    Matrix wuk;          // [kv_lora_rank, H d_nope]: kv_b_proj's W_UK columns, heads contiguous
    Matrix wuv;          // [kv_lora_rank, H d_v]: kv_b_proj's W_UV columns (kv_b_proj interleaves them per head)
    Matrix wo;           // [H d_v, hidden]
};

struct Expert
{
    Matrix gate, up, down; // [hidden, n], [hidden, n], [n, hidden]
};

struct MoeWeights
{
    Matrix gate;       // [hidden, experts]
    RowVector bias;    // e_score_correction_bias [experts] (noaux_tc only)
    std::vector<Expert> experts;
    Expert shared;     // empty matrices: no shared experts
};

// Layer `layer`'s weights ("model.layers.L."), widened to fp32.
[[nodiscard]] MlaWeights loadMla(const ModelConfig &config, const WeightStore &weights, std::int64_t layer);
[[nodiscard]] MoeWeights loadMoe(const ModelConfig &config, const WeightStore &weights, std::int64_t layer);

// The latent cache rows of h [T, hidden] at positions first..: c_KV [T, kv_lora_rank] after
// kv_a_layernorm, and k_pe [T, d_rope] after RoPE (interleaved pairs, YaRN factor included).
struct MlaLatent
{
    Matrix cKV;
    Matrix kPe;
};
[[nodiscard]] MlaLatent mlaLatent(const ModelConfig &config, const MlaWeights &w, const MlaRope &rope, const Matrix &h,
                                  std::int64_t first, double eps);

// MLA of h [T, hidden] (positions first..) against the whole latent cache cKV [N, d_c], kPe
// [N, d_rope] (N = first + T), causal: the query's projections, norm and YaRN RoPE here, the
// attention itself in core::latentAttentionProjected (the teaching path's code). Naive: k_nope
// and v from kv_b_proj per cached token; absorbed: W_UK folded into the query and W_UV applied
// after the weighted sum of c_KV.
// Returns the output [T, hidden] (after o_proj); weights (when given) receives H x [T, N].
[[nodiscard]] Matrix mlaAttention(const ModelConfig &config, const MlaWeights &w, const MlaRope &rope, const Matrix &h,
                                  const Matrix &cKV, const Matrix &kPe, std::int64_t first, double eps,
                                  core::MlaPath path, std::vector<Matrix> *weights);

// The experts chosen for one token, best first, and their weights.
struct Routing
{
    std::vector<std::int64_t> experts;
    std::vector<double> weights;
};
// DeepSeek's gate for one token x [1, hidden]: V2 softmax (greedy or group_limited_greedy) and
// V3 sigmoid + e_score_correction_bias with group-limited top-k (noaux_tc).
[[nodiscard]] Routing route(const MoeConfig &moe, const MoeWeights &w, const RowVector &x);

// The MoE feed-forward of x [T, hidden]: routed experts weighted and summed, plus the shared
// experts. routing (when given) receives each token's choice.
[[nodiscard]] Matrix moeForward(const MoeConfig &moe, const MoeWeights &w, const Matrix &x,
                                std::vector<Routing> *routing = nullptr);

} // namespace deepseek
} // namespace attnscope::model
