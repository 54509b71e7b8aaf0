// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"
#include "core/trace/trace.h"

namespace attnscope::core {

// How far MLA's two evaluation orders drift apart on the same seeded input and weights:
// naive (k_C = c_KV W_UK, v_C = c_KV W_UV materialised) against absorbed (W_UK folded into
// the query, W_UV applied after the weighted sum). In exact arithmetic both are equal; in
// float32 they differ by rounding only, typically 1e-7 to 1e-6 for the sizes AttnScope shows.
struct PathDifference
{
    double maxAbsOutput = 0.0;  // max |output_naive - output_absorbed| over [T, d_model]
    double maxAbsWeights = 0.0; // max |weights_naive - weights_absorbed| over n x [T, T]
};

// Computes latentAttention() of the config's seeded input and weights along both paths
// (config.mlaPath is ignored). Throws std::invalid_argument when the config is not MLA or
// does not pass validateConfig().
[[nodiscard]] PathDifference mlaPathDifference(const Config &config);

// The same, when one path is already computed: `computed` is compute(config)'s trace (the
// path config.mlaPath names); only the other path is evaluated and compared with its
// "output" and "weights". Half the work of the overload above.
[[nodiscard]] PathDifference mlaPathDifference(const Config &config, const Trace &computed);

// The same comparison of two traces already computed (a trained MLA layer on both paths): their
// "output" and "weights". Throws std::logic_error when their shapes differ.
[[nodiscard]] PathDifference traceDifference(const Trace &a, const Trace &b);

} // namespace attnscope::core
