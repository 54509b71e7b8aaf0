// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sanitizer build (CMake option ATTNSCOPE_SANITIZE, docs/sanitizers.md) runs several times
// slower than a release build. Its time limits, which are bounds never expected to be reached,
// are multiplied by the factor CMake defines there, so that the code past them is checked too.

namespace attnscope::core {

#ifdef ATTNSCOPE_TIME_SCALE
inline constexpr int kTimeScale = ATTNSCOPE_TIME_SCALE;
#else
inline constexpr int kTimeScale = 1;
#endif

#ifdef ATTNSCOPE_SANITIZED
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif

// A time limit of `ms` milliseconds in this build.
constexpr int scaledMs(int ms)
{
    return ms * kTimeScale;
}

} // namespace attnscope::core
