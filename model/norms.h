// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace/tensor.h"

namespace attnscope::model {

// RMSNorm (LlamaRMSNorm, DeepSeek's kv_a_layernorm and q_a_layernorm, Qwen3's per-head q/k norms)
// of every row of x over consecutive blocks of w.cols() columns: x / sqrt(mean(x^2) + eps) * w,
// the mean in double. A block as wide as x is the whole row.
[[nodiscard]] core::Matrix rmsNormBlocks(const core::Matrix &x, const core::RowVector &w, double eps);

// y += b on every row; an empty b (no bias) leaves y as it is.
void addBias(core::Matrix &y, const core::RowVector &b);

} // namespace attnscope::model
