// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mechanisms/bahdanau.h"
#include "core/mechanisms/grouped.h"
#include "core/mechanisms/latent.h"
#include "core/params/config.h"
#include "core/trace/trace.h"

#include <memory>

namespace attnscope::core {

// Builds the seeded inputs and weights of a configuration and runs its mechanism, recording
// every tensor and step in a Trace. The config must have passed validate(); an invalid one
// throws std::invalid_argument with the validation sentences.
//
// Tensor names (row-vector convention Y = X W, W shaped [in, out]):
//  sdpa:         X, [X_enc], W_Q, W_K, W_V, Q, K, V, scores, mask (causal), weights, output
//  mha/gqa/mqa:  as sdpa plus head_outputs [H, T, d_h], heads_out [T, H d_h], W_O;
//                scores and weights are [H, T_q, T_k]
//  mla:          X, W_DQ + W_UQ (or W_Q), W_QR, W_DKV, W_UK, W_UV, W_KR, W_O, [c_Q], q_C, q_R,
//                c_KV, k_R, naive: k_C, v_C; absorbed: q_lat and o_lat [H, T, d_c];
//                scores, mask, weights [H, T, T], head_outputs, heads_out, output
//  bahdanau:     X_src, Y_emb, gru_fwd.*, gru_bwd.*, gru_dec.* (W_z U_z W_r U_r W_h U_h), W_s,
//                W_a, U_a, v_a, h_fwd, h_bwd, annotations, S_prev, S, scores, weights, context
//                (recorded by core::bahdanauTrace, bahdanau.h)
[[nodiscard]] Trace compute(const Config &config);
[[nodiscard]] std::shared_ptr<const Trace> computeShared(const Config &config);

// The seeded weights of a configuration, exposed so tests can rebuild or permute them.
[[nodiscard]] GroupedWeights groupedWeights(const Config &config);
[[nodiscard]] LatentWeights latentWeights(const Config &config);
[[nodiscard]] BahdanauWeights bahdanauWeights(const Config &config);
[[nodiscard]] LatentShape latentShape(const Config &config);

// The seeded input sequences: X [tokens, d_model] and, for cross attention, X_enc
// [source_tokens, d_model]; Bahdanau uses X_src [source_tokens, d_model] and Y_emb
// [tokens, d_model].
[[nodiscard]] Matrix seededInput(const Config &config, const char *name, std::int64_t rows);

} // namespace attnscope::core
