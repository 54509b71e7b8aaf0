// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mechanisms/grouped.h"

#include "core/mechanisms/dotproduct.h"
#include "core/mechanisms/softmax.h"
#include "core/support/gemm.h"

#include <omp.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include <stdexcept>

namespace attnscope::core {

GroupedResult groupedAttention(const GroupedWeights &w, const Matrix &x, const Matrix &xKv, std::int64_t nHeads,
                               std::int64_t nKvHeads, std::int64_t dHead, bool causal)
{
    if (nHeads < 1 || nKvHeads < 1 || nHeads % nKvHeads != 0)
        throw std::invalid_argument("groupedAttention: n_kv_heads must divide n_heads");
    if (w.wq.cols() != nHeads * dHead || w.wk.cols() != nKvHeads * dHead || w.wv.cols() != nKvHeads * dHead
        || w.wo.rows() != nHeads * dHead)
        throw std::invalid_argument("groupedAttention: weight shapes do not match the heads");

    GroupedResult r;
    r.q = x * w.wq;
    r.k = xKv * w.wk;
    r.v = xKv * w.wv;
    r.headsOut.resize(x.rows(), nHeads * dHead);
    r.scores.reserve(static_cast<std::size_t>(nHeads));
    r.weights.reserve(static_cast<std::size_t>(nHeads));
    for (std::int64_t h = 0; h < nHeads; ++h) {
        const std::int64_t g = kvHeadOf(h, nHeads, nKvHeads);
        auto head = scaledDotProduct(r.q.middleCols(h * dHead, dHead), r.k.middleCols(g * dHead, dHead),
                                     r.v.middleCols(g * dHead, dHead), causal);
        r.headsOut.middleCols(h * dHead, dHead) = head.output;
        r.scores.push_back(std::move(head.scores));
        r.weights.push_back(std::move(head.weights));
    }
    r.output = r.headsOut * w.wo;
    return r;
}

GroupedHeadsResult groupedAttentionProjected(const Matrix &q, const Matrix &k, const Matrix &v, std::int64_t nHeads,
                                             std::int64_t nKvHeads, std::int64_t dHead, bool causal, float scale,
                                             bool recordWeights, std::int64_t window)
{
    if (nHeads < 1 || nKvHeads < 1 || dHead < 1 || nHeads % nKvHeads != 0)
        throw std::invalid_argument("groupedAttentionProjected: n_kv_heads must divide n_heads");
    if (q.cols() != nHeads * dHead || k.cols() != nKvHeads * dHead || v.cols() != nKvHeads * dHead
        || k.rows() != v.rows() || k.rows() < q.rows())
        throw std::invalid_argument("groupedAttentionProjected: Q, K and V shapes do not match the heads");
    if (window < 0 || (window > 0 && !causal))
        throw std::invalid_argument("groupedAttentionProjected: a sliding window needs causal attention and W >= 1");
    if (scale == 0.0f)
        scale = 1.0f / std::sqrt(static_cast<float>(dHead));
    const std::int64_t offset = k.rows() - q.rows();
    GroupedHeadsResult r;
    r.headsOut.resize(q.rows(), nHeads * dHead);
    if (recordWeights)
        r.weights.reserve(static_cast<std::size_t>(nHeads));
    for (std::int64_t h = 0; h < nHeads; ++h) {
        const std::int64_t g = kvHeadOf(h, nHeads, nKvHeads);
        // scores = scale Q_h K_g^T and out_h = weights V_g on core::gemm, the dispatched product
        // (the model's prompt pass runs here).
        Matrix scores(q.rows(), k.rows());
        gemm(q.rows(), k.rows(), dHead, scale, q.data() + h * dHead, q.cols(), GemmB::NxK, k.data() + g * dHead,
             k.cols(), 0.0f, scores.data(), scores.cols());
        if (recordWeights)
            r.scores.push_back(scores);
        if (causal)
            applyCausalMask(scores, offset, window);
        Matrix weights = softmaxRows(scores);
        gemm(q.rows(), dHead, k.rows(), 1.0f, weights.data(), weights.cols(), GemmB::KxN, v.data() + g * dHead,
             v.cols(), 0.0f, r.headsOut.data() + h * dHead, r.headsOut.cols());
        if (recordWeights)
            r.weights.push_back(std::move(weights));
    }
    return r;
}

Matrix groupedAttentionDecode(const Matrix &q, const Eigen::Ref<const Matrix> &k, const Eigen::Ref<const Matrix> &v,
                              std::int64_t heads, std::int64_t kvHeads, std::int64_t d, std::int64_t window,
                              int threads)
{
    const Eigen::Index T = q.rows(), n = k.rows(), offset = n - T;
    const float scale = 1.0f / std::sqrt(static_cast<float>(d));
    Matrix out(T, heads * d);
    const std::int64_t tasks = heads * T;
    const int team = n * tasks * d < (std::int64_t(1) << 15) ? 1 : (threads > 0 ? threads : omp_get_max_threads());
#pragma omp parallel num_threads(team) if (team > 1)
    {
        std::vector<float> p; // this thread's scores, then weights [n]
#pragma omp for schedule(dynamic, 1)
        for (std::int64_t task = 0; task < tasks; ++task) {
            const std::int64_t h = task / T, t = task % T, g = core::kvHeadOf(h, heads, kvHeads);
            // Causal: keys 0 .. offset + t; a sliding window W keeps the last W of them.
            const Eigen::Index end = offset + t + 1;
            const Eigen::Index first = window > 0 ? std::max<Eigen::Index>(0, end - window) : 0;
            const Eigen::Index len = end - first;
            const float *qh = q.row(t).data() + h * d;
            p.resize(static_cast<std::size_t>(len));
            float top = -std::numeric_limits<float>::infinity();
            for (Eigen::Index j = 0; j < len; ++j) {
                const float *kj = k.data() + (first + j) * k.outerStride() + g * d;
                float sum = 0.0f;
#pragma omp simd reduction(+ : sum)
                for (std::int64_t i = 0; i < d; ++i)
                    sum += kj[i] * qh[i];
                p[static_cast<std::size_t>(j)] = sum * scale;
                top = std::max(top, sum * scale);
            }
            float total = 0.0f;
            for (float &w : p) {
                w = std::exp(w - top);
                total += w;
            }
            float *o = out.row(t).data() + h * d;
            std::fill(o, o + d, 0.0f);
            for (Eigen::Index j = 0; j < len; ++j) {
                const float *vj = v.data() + (first + j) * v.outerStride() + g * d;
                const float w = p[static_cast<std::size_t>(j)];
#pragma omp simd
                for (std::int64_t i = 0; i < d; ++i)
                    o[i] += w * vj[i];
            }
            const float inv = 1.0f / total;
            for (std::int64_t i = 0; i < d; ++i)
                o[i] *= inv;
        }
    }
    return out;
}

} // namespace attnscope::core
