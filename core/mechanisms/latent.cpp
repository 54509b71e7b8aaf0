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

    LatentHeadsResult heads = latentAttentionProjected(r.qC, r.qR, r.cKV, r.kR, w.wuk, w.wuv, n, path, scale);
    r.kC = std::move(heads.kC);
    r.vC = std::move(heads.vC);
    r.qLat = std::move(heads.qLat);
    r.oLat = std::move(heads.oLat);
    r.scores = std::move(heads.scores);
    r.weights = std::move(heads.weights);
    r.headsOut = std::move(heads.headsOut);
    r.output = r.headsOut * w.wo;
    return r;
}

LatentHeadsResult latentAttentionProjected(const Matrix &qC, const Matrix &qR, const Matrix &cKV, const Matrix &kR,
                                           const Matrix &wuk, const Matrix &wuv, std::int64_t nHeads, MlaPath path,
                                           float scale, bool record)
{
    const std::int64_t n = nHeads;
    if (n < 1 || qC.cols() % n != 0 || qR.cols() % n != 0 || wuv.cols() % n != 0)
        throw std::invalid_argument("latentAttentionProjected: widths are not multiples of the heads");
    const std::int64_t dh = qC.cols() / n;
    const std::int64_t dr = qR.cols() / n;
    const std::int64_t dv = wuv.cols() / n;
    const std::int64_t dc = cKV.cols();
    if (qR.rows() != qC.rows() || kR.rows() != cKV.rows() || kR.cols() != dr || cKV.rows() < qC.rows()
        || wuk.rows() != dc || wuv.rows() != dc || wuk.cols() != n * dh)
        throw std::invalid_argument("latentAttentionProjected: shapes do not match the heads");
    if (scale == 0.0f)
        scale = 1.0f / std::sqrt(static_cast<float>(dh + dr));
    const std::int64_t offset = cKV.rows() - qC.rows();
    LatentHeadsResult r;
    r.headsOut.resize(qC.rows(), n * dv);
    if (path == MlaPath::Naive) { // every cached token's keys and values decompressed
        r.kC = cKV * wuk;
        r.vC = cKV * wuv;
    }
    // The RoPE part of every head's score uses the one shared key k_R.
    for (std::int64_t h = 0; h < n; ++h) {
        const auto qCh = qC.middleCols(h * dh, dh);
        Matrix scores = qR.middleCols(h * dr, dr) * kR.transpose();
        Matrix qLat;
        if (path == MlaPath::Naive) {
            scores += qCh * r.kC.middleCols(h * dh, dh).transpose();
        } else {
            qLat = qCh * wuk.middleCols(h * dh, dh).transpose(); // [T_q, d_c]: W_UK absorbed into the query
            scores += qLat * cKV.transpose();
        }
        scores *= scale;
        Matrix masked = scores;
        applyCausalMask(masked, offset);
        Matrix weights = softmaxRows(masked);
        if (path == MlaPath::Naive) {
            r.headsOut.middleCols(h * dv, dv) = weights * r.vC.middleCols(h * dv, dv);
        } else {
            Matrix oLat = weights * cKV; // [T_q, d_c]: attention over the cached latent
            r.headsOut.middleCols(h * dv, dv) = oLat * wuv.middleCols(h * dv, dv);
            if (record)
                r.oLat.push_back(std::move(oLat));
        }
        if (record) {
            if (path == MlaPath::Absorbed)
                r.qLat.push_back(std::move(qLat));
            r.scores.push_back(std::move(scores));
            r.weights.push_back(std::move(weights));
        }
    }
    return r;
}

} // namespace attnscope::core
