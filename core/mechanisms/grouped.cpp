// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mechanisms/grouped.h"

#include "core/mechanisms/dotproduct.h"

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

} // namespace attnscope::core
