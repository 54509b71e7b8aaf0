// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"
#include "core/trace/tensor.h"

#include <vector>

namespace attnscope::core {

// Multi-head latent attention, DeepSeek-V2 (2024), section 2.1 and appendix C, without
// normalisation layers. With n heads of width d_h, RoPE width d_R, KV latent rank d_c and
// query latent rank d_c' (0 = no query compression):
//   c_Q  = X W_DQ                      [T, d_c']          (only when d_c' > 0)
//   q_C  = c_Q W_UQ   or  X W_Q        [T, n d_h]
//   q_R  = RoPE(c_Q W_QR or X W_QR)    [T, n d_R]         RoPE per head block
//   c_KV = X W_DKV                     [T, d_c]           cached
//   k_R  = RoPE(X W_KR)                [T, d_R]           cached, shared by all heads
//   naive:    k_C = c_KV W_UK, v_C = c_KV W_UV            [T, n d_h]
//             score_i = [q_C,i ; q_R,i] [k_C,i ; k_R]^T * s
//             o_i = softmax(score_i) v_C,i
//   absorbed: q_lat_i = q_C,i W_UK,i^T                    [T, d_c]  (W_UK,i = columns of head i)
//             score_i = (q_lat_i c_KV^T + q_R,i k_R^T) * s
//             o_i = (softmax(score_i) c_KV) W_UV,i
//   s = 1/sqrt(d_h + d_R); causal. output = [o_1 .. o_n] W_O.
// Both paths use the same weights and agree up to float rounding.
struct LatentWeights
{
    Matrix wdq;  // [d_model, d_c']     (empty when d_c' == 0)
    Matrix wuq;  // [d_c', n d_h]       (empty when d_c' == 0)
    Matrix wq;   // [d_model, n d_h]    (empty when d_c' > 0)
    Matrix wqr;  // [d_c' or d_model, n d_R]
    Matrix wdkv; // [d_model, d_c]
    Matrix wuk;  // [d_c, n d_h]
    Matrix wuv;  // [d_c, n d_h]
    Matrix wkr;  // [d_model, d_R]
    Matrix wo;   // [n d_h, d_model]
};

struct LatentShape
{
    std::int64_t nHeads = 0;
    std::int64_t dHead = 0;
    std::int64_t dRope = 0;
    double ropeBase = 10000.0;
    RopeLayout ropeLayout = RopeLayout::Interleaved;
};

struct LatentResult
{
    Matrix cQ;                   // [T, d_c'] (empty without query compression)
    Matrix qC;                   // [T, n d_h]
    Matrix qR;                   // [T, n d_R], after RoPE
    Matrix cKV;                  // [T, d_c]
    Matrix kR;                   // [T, d_R], after RoPE
    Matrix kC;                   // naive only: [T, n d_h]
    Matrix vC;                   // naive only: [T, n d_h]
    std::vector<Matrix> qLat;    // absorbed only: n x [T, d_c]
    std::vector<Matrix> oLat;    // absorbed only: n x [T, d_c]
    std::vector<Matrix> scores;  // n x [T, T], scaled, before the mask
    std::vector<Matrix> weights; // n x [T, T]
    Matrix headsOut;             // [T, n d_h]
    Matrix output;               // [T, d_model]
};

// x: [T, d_model]. Projects, applies RoPE, then runs latentAttentionProjected.
[[nodiscard]] LatentResult latentAttention(const LatentWeights &w, const LatentShape &shape, const Matrix &x,
                                           MlaPath path);

// The attention half of MLA on already projected tensors, for callers that keep c_KV and k_R in
// a cache or transform the query between projection and scores (DeepSeek's normalisations and
// YaRN-scaled RoPE: model/deepseek.cpp). The same code serves latentAttention().
//   qC [T_q, n d_h], qR [T_q, n d_R] (after RoPE), cKV [T_k, d_c], kR [T_k, d_R] (after RoPE),
//   wuk [d_c, n d_h], wuv [d_c, n d_v] (heads as contiguous column blocks); T_k >= T_q.
// Causal with the last query aligned to the last key: query i sees keys j <= i + T_k - T_q, so
// T_q new tokens attend to the cached ones before them. scale 0 means 1/sqrt(d_h + d_R).
// record keeps every head's scores, weights and (absorbed) q_lat, o_lat; the output is always set.
struct LatentHeadsResult
{
    Matrix kC;                   // naive only: [T_k, n d_h]
    Matrix vC;                   // naive only: [T_k, n d_v]
    std::vector<Matrix> qLat;    // absorbed, recorded: n x [T_q, d_c]
    std::vector<Matrix> oLat;    // absorbed, recorded: n x [T_q, d_c]
    std::vector<Matrix> scores;  // recorded: n x [T_q, T_k], scaled, before the mask
    std::vector<Matrix> weights; // recorded: n x [T_q, T_k]
    Matrix headsOut;             // [T_q, n d_v]
};
[[nodiscard]] LatentHeadsResult latentAttentionProjected(const Matrix &qC, const Matrix &qR, const Matrix &cKV,
                                                         const Matrix &kR, const Matrix &wuk, const Matrix &wuv,
                                                         std::int64_t nHeads, MlaPath path, float scale = 0.0f,
                                                         bool record = true);

} // namespace attnscope::core
