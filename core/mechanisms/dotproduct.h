// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace/tensor.h"

namespace attnscope::core {

// Scaled dot-product attention (Vaswani et al., 2017) on already projected tensors:
//   scores  = Q K^T * scale              (scale = 1/sqrt(d_k) by default)
//   weights = softmax_rows(mask(scores))
//   output  = weights V
// Q [T_q, d_k], K [T_k, d_k], V [T_k, d_v]. With causal, query i sees keys j <= i
// (requires T_q == T_k at this level).
struct DotProductResult
{
    Matrix scores;  // [T_q, T_k], scaled, before the mask
    Matrix weights; // [T_q, T_k]
    Matrix output;  // [T_q, d_v]
};

[[nodiscard]] DotProductResult scaledDotProduct(const Matrix &q, const Matrix &k, const Matrix &v, bool causal,
                                                float scale = 0.0f /* 0: 1/sqrt(d_k) */);

} // namespace attnscope::core
