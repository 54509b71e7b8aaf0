// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace/tensor.h"

namespace attnscope::core {

// Row-wise softmax. Each row has its maximum subtracted before exponentiation, so logits
// of any finite size are safe. Entries equal to -infinity (masked) get exactly zero weight;
// a row that is entirely masked gets all zeros rather than NaN.
[[nodiscard]] Matrix softmaxRows(const Matrix &logits);

// Sets every entry above the diagonal shifted by `offset` to -infinity: query i may see
// keys j <= i + offset. offset = T_k - T_q aligns the last query with the last key.
void applyCausalMask(Matrix &scores, std::int64_t offset = 0);

} // namespace attnscope::core
