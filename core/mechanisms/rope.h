// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"
#include "core/trace/tensor.h"

#include <cstdint>
#include <vector>

namespace attnscope::core {

// Rotary position embedding (Su et al., RoFormer) of rows x[t, 0..d) at positions
// firstPosition + t. Pair j (0 <= j < d/2) is rotated by angle p * theta_j with
// theta_j = base^(-2j/d). The layouts differ only in which two coordinates form pair j:
//  - Interleaved: (2j, 2j+1), as in RoFormer and DeepSeek's reference code;
//  - Half:        (j, j + d/2), as in Hugging Face's Llama (rotate_half).
// (a, b) -> (a cos - b sin, a sin + b cos). d must be even.
//
// x: [T, d]. Returns [T, d].
[[nodiscard]] Matrix applyRope(const Matrix &x, double base, RopeLayout layout, std::int64_t firstPosition = 0);

// Applies RoPE independently to each of the column blocks of width d of x: [T, n * d].
[[nodiscard]] Matrix applyRopeBlocks(const Matrix &x, std::int64_t d, double base, RopeLayout layout);

// The default inverse frequencies theta_j = base^(-2j/d), j = 0..d/2-1 (d even).
[[nodiscard]] std::vector<double> ropeInverseFrequencies(double base, std::int64_t d);

// applyRope with explicit inverse frequencies (scaled RoPE: llama3, YaRN): pair j is rotated by
// p * invFreq[j], and cos and sin are multiplied by attentionFactor (YaRN's mscale; 1 otherwise).
// x: [T, 2 * invFreq.size()]. With ropeInverseFrequencies(base, d) and factor 1 it equals applyRope.
[[nodiscard]] Matrix applyRopeFrequencies(const Matrix &x, const std::vector<double> &invFreq, RopeLayout layout,
                                          std::int64_t firstPosition = 0, double attentionFactor = 1.0);

// The column permutation that maps the interleaved layout onto the half layout:
// column perm[k] of an interleaved tensor is column k of the half one. Applying it to the
// output columns of W_QR and W_KR turns an interleaved model into an identical half model.
[[nodiscard]] std::vector<std::int64_t> interleavedToHalfPermutation(std::int64_t d);

} // namespace attnscope::core
