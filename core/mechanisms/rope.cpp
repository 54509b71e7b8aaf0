// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mechanisms/rope.h"

#include <cmath>
#include <stdexcept>

namespace attnscope::core {

Matrix applyRope(const Matrix &x, double base, RopeLayout layout, std::int64_t firstPosition)
{
    const std::int64_t d = x.cols();
    if (d % 2 != 0)
        throw std::invalid_argument("applyRope: dimension must be even");
    if (d == 0)
        return x;
    return applyRopeFrequencies(x, ropeInverseFrequencies(base, d), layout, firstPosition, 1.0);
}

Matrix applyRopeBlocks(const Matrix &x, std::int64_t d, double base, RopeLayout layout)
{
    if (d <= 0 || x.cols() % d != 0)
        throw std::invalid_argument("applyRopeBlocks: width is not a multiple of the block");
    Matrix out(x.rows(), x.cols());
    for (Eigen::Index b = 0; b < x.cols() / d; ++b)
        out.middleCols(b * d, d) = applyRope(x.middleCols(b * d, d), base, layout);
    return out;
}

std::vector<double> ropeInverseFrequencies(double base, std::int64_t d)
{
    if (d <= 0 || d % 2 != 0)
        throw std::invalid_argument("ropeInverseFrequencies: dimension must be even and positive");
    std::vector<double> inv(static_cast<std::size_t>(d / 2));
    for (std::int64_t j = 0; j < d / 2; ++j)
        inv[static_cast<std::size_t>(j)] = std::pow(base, -2.0 * static_cast<double>(j) / static_cast<double>(d));
    return inv;
}

Matrix applyRopeFrequencies(const Matrix &x, const std::vector<double> &invFreq, RopeLayout layout,
                            std::int64_t firstPosition, double attentionFactor)
{
    const auto half = static_cast<std::int64_t>(invFreq.size());
    if (x.cols() != 2 * half)
        throw std::invalid_argument("applyRopeFrequencies: width is not twice the number of frequencies");
    Matrix out(x.rows(), x.cols());
    for (Eigen::Index t = 0; t < x.rows(); ++t) {
        const double p = static_cast<double>(firstPosition + t);
        for (std::int64_t j = 0; j < half; ++j) {
            // Angles in double, then rounded once: keeps the two layouts bit-identical.
            const double angle = p * invFreq[static_cast<std::size_t>(j)];
            const auto c = static_cast<float>(std::cos(angle) * attentionFactor);
            const auto s = static_cast<float>(std::sin(angle) * attentionFactor);
            const std::int64_t ia = layout == RopeLayout::Interleaved ? 2 * j : j;
            const std::int64_t ib = layout == RopeLayout::Interleaved ? 2 * j + 1 : j + half;
            const float a = x(t, ia);
            const float b = x(t, ib);
            out(t, ia) = a * c - b * s;
            out(t, ib) = a * s + b * c;
        }
    }
    return out;
}

std::vector<std::int64_t> interleavedToHalfPermutation(std::int64_t d)
{
    std::vector<std::int64_t> perm(static_cast<std::size_t>(d));
    const std::int64_t half = d / 2;
    for (std::int64_t j = 0; j < half; ++j) {
        perm[static_cast<std::size_t>(j)] = 2 * j;            // half slot j      <- pair j, first
        perm[static_cast<std::size_t>(j + half)] = 2 * j + 1; // half slot j+d/2  <- pair j, second
    }
    return perm;
}

} // namespace attnscope::core
