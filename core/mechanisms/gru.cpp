// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mechanisms/gru.h"

namespace attnscope::core {

namespace {
RowVector sigmoid(const RowVector &v)
{
    return (1.0f + (-v.array()).exp()).inverse().matrix();
}
} // namespace

RowVector gruStep(const GruWeights &w, const RowVector &x, const RowVector &h)
{
    const RowVector z = sigmoid(x * w.wz + h * w.uz);
    const RowVector r = sigmoid(x * w.wr + h * w.ur);
    const RowVector rh = r.cwiseProduct(h);
    const RowVector candidate = (x * w.wh + rh * w.uh).array().tanh().matrix();
    return ((1.0f - z.array()) * h.array() + z.array() * candidate.array()).matrix();
}

Matrix gruSequence(const GruWeights &w, const Matrix &xs, bool backward)
{
    const std::int64_t T = xs.rows();
    Matrix states(T, w.hiddenSize());
    RowVector h = RowVector::Zero(w.hiddenSize());
    for (std::int64_t k = 0; k < T; ++k) {
        const std::int64_t t = backward ? T - 1 - k : k;
        h = gruStep(w, xs.row(t), h);
        states.row(t) = h;
    }
    return states;
}

} // namespace attnscope::core
