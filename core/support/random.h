// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace/tensor.h"

#include <cstdint>
#include <string_view>

namespace attnscope::core {

// Reproducible tensors from a seed, identical on every platform and compiler.
//
// Each tensor has its own stream so that adding a tensor never changes another one:
//   stream seed = splitmix64(seed XOR fnv1a64(name))
//   engine      = std::mt19937_64(stream seed)            (fully specified by the standard)
//   u           = (engine() >> 40) * 2^-24                 (24 random bits, exact in float)
//   value       = bound * (2u - 1)                         uniform in [-bound, bound)
// filled in row-major order. std::uniform_real_distribution is avoided on purpose: its
// output is implementation-defined.
//
// Scaling (LeCun uniform): input sequences use bound sqrt(3), so every entry has variance 1;
// a weight [in, out] uses bound sqrt(3 / in), variance 1/in, so every projection of a
// unit-variance input again has unit variance. Scaled dot-product scores q.k / sqrt(d_k)
// then have variance about 1 -- exactly the regime the 1/sqrt(d_k) scale is designed for,
// and attention maps that are neither flat nor one-hot.
class SeededInit
{
public:
    explicit SeededInit(std::uint64_t seed) : m_seed(seed) {}

    [[nodiscard]] Matrix uniform(std::string_view name, std::int64_t rows, std::int64_t cols, float bound) const;
    [[nodiscard]] Matrix input(std::string_view name, std::int64_t rows, std::int64_t cols) const;
    [[nodiscard]] Matrix weight(std::string_view name, std::int64_t in, std::int64_t out) const;

    [[nodiscard]] std::uint64_t seed() const { return m_seed; }

    static std::uint64_t streamSeed(std::uint64_t seed, std::string_view name);

private:
    std::uint64_t m_seed;
};

} // namespace attnscope::core
