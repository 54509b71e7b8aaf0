// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace/tensor.h"

#include <string>

namespace attnscope::core {

// A gated recurrent unit as in Bahdanau et al. (2014), appendix A (biases omitted, as
// there), in the row-vector convention:
//   z  = sigmoid(x W_z + h U_z)              update gate
//   r  = sigmoid(x W_r + h U_r)              reset gate
//   h~ = tanh(x W_h + (r o h) U_h)           candidate
//   h' = (1 - z) o h + z o h~
// W_* are [input, n], U_* are [n, n].
struct GruWeights
{
    Matrix wz, uz, wr, ur, wh, uh;

    [[nodiscard]] std::int64_t inputSize() const { return wz.rows(); }
    [[nodiscard]] std::int64_t hiddenSize() const { return uz.rows(); }
};

// One step: x [1, input], h [1, n] -> [1, n].
[[nodiscard]] RowVector gruStep(const GruWeights &w, const RowVector &x, const RowVector &h);

// Runs over the rows of xs [T, input] from h0 = 0; forward (t = 0..T-1) or backward
// (t = T-1..0). Row t of the result is the state after reading row t: [T, n].
[[nodiscard]] Matrix gruSequence(const GruWeights &w, const Matrix &xs, bool backward);

} // namespace attnscope::core
