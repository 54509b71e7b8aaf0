// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace/trace.h"

#include <cstdint>
#include <string>
#include <vector>

namespace attnscope::core {

// The steps every attention trace shares, recorded the same way for seeded computations
// (core/mechanisms/compute.cpp) and for real models' layers (model/layertrace.cpp), so the
// views read one shape of trace.

// Splits [T, H*d] into H matrices [T, d].
[[nodiscard]] std::vector<Matrix> splitHeads(const Matrix &m, std::int64_t heads);

// Per head: scores from scoreInputs, the mask when causal, the softmax into "weights", and the
// weighted sum of weightedInput into weightedOutput. An output named "output" (sdpa) has no head
// index; every multi-head mechanism names its head, even with one.
void recordHeadSteps(Trace &t, std::int64_t heads, const std::vector<std::string> &scoreInputs, bool causal,
                     const std::string &weightedInput, const std::string &weightedOutput);

// MLA's absorbed path per head: q_lat = q_C W_UK^T, scores over c_KV and k_R, mask, softmax,
// o_lat = weights c_KV, head output = o_lat W_UV.
void recordAbsorbedHeadSteps(Trace &t, std::int64_t heads);

// The tensors the last steps show: head_outputs [H, T, d] (from headsOut [T, H*d]), heads_out
// and output.
void recordHeadOutputs(Trace &t, const Matrix &headsOut, std::int64_t heads, const Matrix &output);

// The steps every multi-head mechanism ends with: concat the heads, then W_O.
void recordConcatAndProjection(Trace &t);

} // namespace attnscope::core
