// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"
#include "core/trace/trace.h"
#include "model/forward.h"

#include <cstdint>

namespace attnscope::model {

// One layer's attention on real tokens as a core::Trace with the tensor names and steps the
// teaching views already show for its mechanism (core/mechanisms/compute.cpp), so every view
// works on a trained or downloaded model unchanged:
//   grouped family (gpt2, gpt_bigcode, llama, mistral, qwen2, qwen3):
//     X [T, hidden] (the attention block's input: the normalised hidden state), W_Q, W_K, W_V,
//     W_O [in, out]; Q, K, V = X W + b (Qwen3: after q_norm / k_norm); with RoPE, Q_rot and K_rot
//     (RopeQuery, RopeKey) feed the scores; scores, mask (1 visible, 0 hidden: causal and the
//     layer's sliding window), weights [H, T, T]; head_outputs, heads_out, output (+ b_O).
//   MLA (deepseek_v2/v3): X; W_DQ and c_Q (query latent, after q_a_layernorm) or W_Q; W_UQ;
//     W_QR and q_R (DeepSeek's YaRN RoPE); W_DKV and c_KV (after kv_a_layernorm); W_KR and k_R;
//     W_UK, W_UV; then core::latentAttentionProjected's tensors on the given path.
// The weights equal forward()'s recorded attention for the same layer (tested).
// x: the layer's attention input [T, hidden] (forward() with CaptureOptions::inputs).
[[nodiscard]] core::Trace attentionTrace(const TransformerModel &model, std::int64_t layer, const core::Matrix &x,
                                         core::MlaPath path = core::MlaPath::Absorbed);

// The core::Config that describes that layer to the views: mechanism (mha, gqa, mqa from the KV
// heads; mla), d_model, heads, KV heads, head width (MLA: qk_nope), tokens, causal, MLA ranks.
[[nodiscard]] core::Config layerConfig(const ModelConfig &config, std::int64_t tokens,
                                       core::MlaPath path = core::MlaPath::Absorbed);

} // namespace attnscope::model
