// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace/trace.h"

#include <vector>

namespace attnscope::core {

// One step as the step player shows it: a step of the trace, or the same step of every head
// folded into one (the views draw the heads side by side).
struct FoldedStep
{
    // Indices into Trace::steps(): one, or one per head in head order.
    std::vector<int> steps;
    [[nodiscard]] bool isFolded() const { return steps.size() > 1; }
};

// Folds per-head repetition: where the trace records a run of steps for head 0, then the
// same kinds of steps for head 1, 2, ... (recordHeadSteps, recordAbsorbedHeadSteps), each
// step of the run becomes one folded step holding every head's index. Every other step (and
// a run that does not repeat exactly, head by head) stands alone. Order is kept.
[[nodiscard]] std::vector<FoldedStep> foldHeadSteps(const std::vector<Step> &steps);

// The folded step that holds trace step `traceIndex`; -1 when none does.
[[nodiscard]] int foldedIndexOf(const std::vector<FoldedStep> &folded, int traceIndex);

} // namespace attnscope::core
