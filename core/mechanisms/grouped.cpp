// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mechanisms/grouped.h"

#include "core/mechanisms/dotproduct.h"
#include "core/mechanisms/softmax.h"

#include <cmath>

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
        Matrix scores = (q.middleCols(h * dHead, dHead) * k.middleCols(g * dHead, dHead).transpose()) * scale;
        if (causal)
            applyCausalMask(scores, offset, window);
        Matrix weights = softmaxRows(scores);
        r.headsOut.middleCols(h * dHead, dHead) = weights * v.middleCols(g * dHead, dHead);
        if (recordWeights)
            r.weights.push_back(std::move(weights));
    }
    return r;
}

} // namespace attnscope::core
