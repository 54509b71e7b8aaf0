// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Time limits of the tests: bounds only, never expected to be reached, scaled for the sanitizer
// build as the program's own (core/support/timescale.h).

#include "core/support/timescale.h"

namespace attnscope::testing {

using core::kSanitized;
using core::scaledMs;

// A generous bound on one wait for a computation that takes milliseconds.
inline constexpr int kWaitMs = scaledMs(60000);

} // namespace attnscope::testing
