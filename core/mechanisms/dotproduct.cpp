// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mechanisms/dotproduct.h"

#include "core/mechanisms/softmax.h"

#include <cmath>
#include <stdexcept>

namespace attnscope::core {

DotProductResult scaledDotProduct(const Matrix &q, const Matrix &k, const Matrix &v, bool causal, float scale)
{
    if (q.cols() != k.cols() || k.rows() != v.rows())
        throw std::invalid_argument("scaledDotProduct: Q, K and V shapes do not match");
    if (scale == 0.0f)
        scale = 1.0f / std::sqrt(static_cast<float>(q.cols()));
    DotProductResult r;
    r.scores = (q * k.transpose()) * scale;
    Matrix masked = r.scores;
    if (causal)
        applyCausalMask(masked);
    r.weights = softmaxRows(masked);
    r.output = r.weights * v;
    return r;
}

} // namespace attnscope::core
