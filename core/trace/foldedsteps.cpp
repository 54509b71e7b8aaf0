// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trace/foldedsteps.h"

#include <algorithm>

namespace attnscope::core {

std::vector<FoldedStep> foldHeadSteps(const std::vector<Step> &steps)
{
    const int count = static_cast<int>(steps.size());
    std::vector<FoldedStep> out;
    int i = 0;
    while (i < count) {
        const Step &s = steps[std::size_t(i)];
        if (s.head != 0 || s.row >= 0) {
            out.push_back({{i}});
            ++i;
            continue;
        }
        // The run of per-head steps from here, and its period: where head 1 starts.
        int end = i;
        while (end < count && steps[std::size_t(end)].head >= 0 && steps[std::size_t(end)].row < 0)
            ++end;
        int period = 0;
        while (i + period < end && steps[std::size_t(i + period)].head == 0)
            ++period;
        const int length = end - i;
        const int heads = period > 0 ? length / period : 0;
        bool repeats = heads > 1 && length % period == 0;
        for (int h = 0; repeats && h < heads; ++h)
            for (int k = 0; repeats && k < period; ++k) {
                const Step &a = steps[std::size_t(i + k)];
                const Step &b = steps[std::size_t(i + h * period + k)];
                repeats = b.head == h && b.kind == a.kind && b.output == a.output;
            }
        if (!repeats) {
            for (int k = i; k < end; ++k)
                out.push_back({{k}});
            i = end;
            continue;
        }
        for (int k = 0; k < period; ++k) {
            FoldedStep folded;
            for (int h = 0; h < heads; ++h)
                folded.steps.push_back(i + h * period + k);
            out.push_back(std::move(folded));
        }
        i = end;
    }
    return out;
}

int foldedIndexOf(const std::vector<FoldedStep> &folded, int traceIndex)
{
    for (std::size_t i = 0; i < folded.size(); ++i)
        if (std::find(folded[i].steps.begin(), folded[i].steps.end(), traceIndex) != folded[i].steps.end())
            return static_cast<int>(i);
    return -1;
}

} // namespace attnscope::core
