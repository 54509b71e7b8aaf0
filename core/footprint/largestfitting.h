// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace attnscope::core {

// The largest n in [1, high] with fits(n), fits being monotone (true, then false); 0 when
// fits(1) is false. A binary search: the budget answers (largest context, largest batch) of the
// footprint and of the memory plan.
template<typename Fits>
[[nodiscard]] std::int64_t largestFitting(std::int64_t high, Fits fits)
{
    if (!fits(1))
        return 0;
    std::int64_t low = 1;
    while (low < high) {
        const std::int64_t mid = low + (high - low) / 2 + 1;
        if (fits(mid))
            low = mid;
        else
            high = mid - 1;
    }
    return low;
}

} // namespace attnscope::core
