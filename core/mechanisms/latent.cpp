// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mechanisms/latent.h"

#include "core/mechanisms/rope.h"
#include "core/mechanisms/softmax.h"

#include <cmath>
#include <stdexcept>

namespace attnscope::core {

LatentResult latentAttention(const LatentWeights &w, const LatentShape &shape, const Matrix &x, MlaPath path)
{
    const std::int64_t n = shape.nHeads;
    const std::int64_t dh = shape.dHead;
    const std::int64_t dr = shape.dRope;
    const bool queryLatent = w.wdq.size() > 0;
    if (n < 1 || dh < 1 || dr < 2 || dr % 2 != 0)
        throw std::invalid_argument("latentAttention: bad head shape");
    if (w.wuk.cols() != n * dh || w.wuv.cols() != n * dh || w.wkr.cols() != dr || w.wqr.cols() != n * dr
        || w.wo.rows() != n * dh || (queryLatent ? w.wuq.cols() : w.wq.cols()) != n * dh)
        throw std::invalid_argument("latentAttention: weight shapes do not match the heads");

    LatentResult r;
    const float scale = 1.0f / std::sqrt(static_cast<float>(dh + dr));
    if (queryLatent) {
        r.cQ = x * w.wdq;
        r.qC = r.cQ * w.wuq;
        r.qR = applyRopeBlocks(r.cQ * w.wqr, dr, shape.ropeBase, shape.ropeLayout);
    } else {
        r.qC = x * w.wq;
        r.qR = applyRopeBlocks(x * w.wqr, dr, shape.ropeBase, shape.ropeLayout);
    }
    r.cKV = x * w.wdkv;
    r.kR = applyRope(x * w.wkr, shape.ropeBase, shape.ropeLayout);

    const std::int64_t T = x.rows();
    r.headsOut.resize(T, n * dh);
    if (path == MlaPath::Naive) {
        r.kC = r.cKV * w.wuk;
        r.vC = r.cKV * w.wuv;
    }
    // The RoPE part of every head's score uses the one shared key k_R.
    for (std::int64_t h = 0; h < n; ++h) {
        const auto qCh = r.qC.middleCols(h * dh, dh);
        const auto qRh = r.qR.middleCols(h * dr, dr);
        Matrix scores;
        if (path == MlaPath::Naive) {
            scores = (qCh * r.kC.middleCols(h * dh, dh).transpose() + qRh * r.kR.transpose()) * scale;
        } else {
            Matrix qLat = qCh * w.wuk.middleCols(h * dh, dh).transpose(); // [T, d_c]
            scores = (qLat * r.cKV.transpose() + qRh * r.kR.transpose()) * scale;
            r.qLat.push_back(std::move(qLat));
        }
        Matrix masked = scores;
        applyCausalMask(masked);
        Matrix weights = softmaxRows(masked);
        if (path == MlaPath::Naive) {
            r.headsOut.middleCols(h * dh, dh) = weights * r.vC.middleCols(h * dh, dh);
        } else {
            Matrix oLat = weights * r.cKV; // [T, d_c]: attention over the cached latent
            r.headsOut.middleCols(h * dh, dh) = oLat * w.wuv.middleCols(h * dh, dh);
            r.oLat.push_back(std::move(oLat));
        }
        r.scores.push_back(std::move(scores));
        r.weights.push_back(std::move(weights));
    }
    r.output = r.headsOut * w.wo;
    return r;
}

} // namespace attnscope::core
