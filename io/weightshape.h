// SPDX-License-Identifier: GPL-3.0-or-later
// The fields of a config.json that size the weights (internal to io/; see docs/footprint.md,
// "The memory plan").
#pragma once

#include "core/footprint/model.h"
#include "io/configfields.h"

#include <QString>
#include <QStringList>

namespace attnscope::io {

// Fills m.weights from vocab_size, intermediate_size (n_inner, d_ff, ffn_dim), the MLP's kind,
// tie_word_embeddings and the MoE fields (num_local_experts, n_routed_experts, num_experts,
// moe_intermediate_size, n_shared_experts, shared_expert_intermediate_size, num_experts_per_tok,
// first_k_dense_replace, expert_layer_period/offset) and Jamba's Mamba mixers (mamba_expand,
// mamba_d_state, mamba_d_conv, mamba_dt_rank, mamba_conv_bias, mamba_proj_bias). A T5 config
// without feed_forward_proj has T5Config's ReLU MLP. Leaves vocab 0 when the config gives none.
// Values taken from a class default are appended to *defaulted. Throws FieldError.
void readWeights(const Fields &f, const QString &modelType, core::ModelShape &m, QStringList *defaulted);

} // namespace attnscope::io
