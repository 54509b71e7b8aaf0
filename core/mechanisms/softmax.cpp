// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mechanisms/softmax.h"

#include <cmath>
#include <limits>

namespace attnscope::core {

Matrix softmaxRows(const Matrix &logits)
{
    Matrix out(logits.rows(), logits.cols());
    for (Eigen::Index i = 0; i < logits.rows(); ++i) {
        const float rowMax = logits.row(i).maxCoeff();
        if (!std::isfinite(rowMax)) { // every entry masked
            out.row(i).setZero();
            continue;
        }
        float sum = 0.0f;
        for (Eigen::Index j = 0; j < logits.cols(); ++j) {
            const float x = logits(i, j);
            // exp(-inf) is 0 already; written out so masked weights are exactly zero.
            const float e = std::isinf(x) && x < 0 ? 0.0f : std::exp(x - rowMax);
            out(i, j) = e;
            sum += e;
        }
        out.row(i) /= sum;
    }
    return out;
}

void applyCausalMask(Matrix &scores, std::int64_t offset, std::int64_t window)
{
    constexpr float kMasked = -std::numeric_limits<float>::infinity();
    for (Eigen::Index i = 0; i < scores.rows(); ++i) {
        for (Eigen::Index j = i + offset + 1; j < scores.cols(); ++j)
            if (j >= 0)
                scores(i, j) = kMasked;
        if (window > 0)
            for (Eigen::Index j = 0; j <= i + offset - window && j < scores.cols(); ++j)
                scores(i, j) = kMasked;
    }
}

} // namespace attnscope::core
