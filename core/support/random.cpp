// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/random.h"

#include <cmath>
#include <random>

namespace attnscope::core {

namespace {

std::uint64_t fnv1a64(std::string_view s)
{
    std::uint64_t h = 14695981039346656037ULL;
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    return h;
}

std::uint64_t splitmix64(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

} // namespace

std::uint64_t SeededInit::streamSeed(std::uint64_t seed, std::string_view name)
{
    return splitmix64(seed ^ fnv1a64(name));
}

Matrix SeededInit::uniform(std::string_view name, std::int64_t rows, std::int64_t cols, float bound) const
{
    std::mt19937_64 engine(streamSeed(m_seed, name));
    Matrix m(rows, cols);
    constexpr float kScale = 1.0f / 16777216.0f; // 2^-24
    for (std::int64_t i = 0; i < m.size(); ++i) {
        const float u = static_cast<float>(engine() >> 40) * kScale;
        m.data()[i] = bound * (2.0f * u - 1.0f);
    }
    return m;
}

Matrix SeededInit::input(std::string_view name, std::int64_t rows, std::int64_t cols) const
{
    return uniform(name, rows, cols, std::sqrt(3.0f));
}

Matrix SeededInit::weight(std::string_view name, std::int64_t in, std::int64_t out) const
{
    return uniform(name, in, out, std::sqrt(3.0f / static_cast<float>(in)));
}

} // namespace attnscope::core
