// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace/tensor.h"

#include <vector>

namespace attnscope::core {

// Multi-head attention with grouped keys and values: one implementation of MHA
// (n_kv_heads == n_heads, Vaswani et al. 2017), GQA (Ainslie et al. 2023) and MQA
// (n_kv_heads == 1, Shazeer 2019). Query head i reads KV head i / (n_heads / n_kv_heads);
// heads are contiguous column blocks of width d_h.
struct GroupedWeights
{
    Matrix wq; // [d_model, n_heads * d_h]
    Matrix wk; // [d_model, n_kv_heads * d_h]
    Matrix wv; // [d_model, n_kv_heads * d_h]
    Matrix wo; // [n_heads * d_h, d_model]
};

struct GroupedResult
{
    Matrix q;                    // [T_q, n_heads * d_h]
    Matrix k;                    // [T_k, n_kv_heads * d_h]
    Matrix v;                    // [T_k, n_kv_heads * d_h]
    std::vector<Matrix> scores;  // n_heads x [T_q, T_k], scaled, before the mask
    std::vector<Matrix> weights; // n_heads x [T_q, T_k]
    Matrix headsOut;             // [T_q, n_heads * d_h]
    Matrix output;               // [T_q, d_model]
};

// x: queries' input [T_q, d_model]; xKv: keys' and values' input [T_k, d_model] (x itself
// for self-attention). causal needs T_q == T_k.
[[nodiscard]] GroupedResult groupedAttention(const GroupedWeights &w, const Matrix &x, const Matrix &xKv,
                                             std::int64_t nHeads, std::int64_t nKvHeads, std::int64_t dHead,
                                             bool causal);

// Grouped attention on already projected tensors, for callers that transform Q and K between the
// projection and the scores (biases, RoPE, per-head norms) or keep K and V in a cache.
// q: [T_q, n_heads * d_h]; k, v: [T_k, n_kv_heads * d_h], T_k >= T_q. With causal, query i sees
// keys j <= i + (T_k - T_q): the last query is aligned with the last key, so T_q new tokens can
// attend to T_k - T_q cached ones before them. scale 0 means 1/sqrt(d_h). window W > 0 (causal
// only) is sliding-window attention: each query sees itself and the W - 1 keys before it.
struct GroupedHeadsResult
{
    std::vector<Matrix> scores;  // n_heads x [T_q, T_k], scaled, before the mask, when recorded
    std::vector<Matrix> weights; // n_heads x [T_q, T_k] when recorded, else empty
    Matrix headsOut;             // [T_q, n_heads * d_h]
};
[[nodiscard]] GroupedHeadsResult groupedAttentionProjected(const Matrix &q, const Matrix &k, const Matrix &v,
                                                           std::int64_t nHeads, std::int64_t nKvHeads,
                                                           std::int64_t dHead, bool causal, float scale = 0.0f,
                                                           bool recordWeights = true, std::int64_t window = 0);

// The same attention for decoding: q [T_q, n_heads * d_h] (the last T_q positions) against
// k, v [T_k, n_kv_heads * d_h] read in place (a KV cache's rows; no copy, no recorded weights),
// causal, optionally with a sliding window, scale 1/sqrt(d_h); fp32 scores, softmax and weighted
// sum as groupedAttentionProjected computes them, one OpenMP task per head and query (threads 0:
// every core; small problems run on one). Returns the heads' outputs [T_q, n_heads * d_h].
[[nodiscard]] Matrix groupedAttentionDecode(const Matrix &q, const Eigen::Ref<const Matrix> &k,
                                            const Eigen::Ref<const Matrix> &v, std::int64_t nHeads,
                                            std::int64_t nKvHeads, std::int64_t dHead, std::int64_t window = 0,
                                            int threads = 0);

// KV head read by query head `head`.
[[nodiscard]] constexpr std::int64_t kvHeadOf(std::int64_t head, std::int64_t nHeads, std::int64_t nKvHeads)
{
    return head / (nHeads / nKvHeads);
}

} // namespace attnscope::core
