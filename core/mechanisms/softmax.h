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
// A sliding window W > 0 also hides the keys more than W - 1 positions back: query i sees
// i + offset - W < j <= i + offset (itself and the W - 1 keys before it).
void applyCausalMask(Matrix &scores, std::int64_t offset = 0, std::int64_t window = 0);

} // namespace attnscope::core
