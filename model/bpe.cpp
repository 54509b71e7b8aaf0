// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/bpe.h"

#include <queue>
#include <tuple>

namespace attnscope::model {

void BpeMerges::add(std::int32_t left, std::int32_t right, std::int32_t merged, std::int32_t rank)
{
    m_merges.insert_or_assign(key(left, right), Merge{rank, merged});
}

const BpeMerges::Merge *BpeMerges::find(std::int32_t left, std::int32_t right) const
{
    const auto it = m_merges.find(key(left, right));
    return it == m_merges.end() ? nullptr : &it->second;
}

void BpeMerges::merge(std::vector<std::int32_t> &symbols) const
{
    const int n = int(symbols.size());
    if (n < 2)
        return;
    // A doubly linked list over the symbols; a merged-away symbol is marked dead.
    const std::size_t count = symbols.size();
    std::vector<int> prev(count), next(count);
    std::vector<char> alive(count, 1);
    for (int i = 0; i < n; ++i) {
        prev[std::size_t(i)] = i - 1;
        next[std::size_t(i)] = i + 1 < n ? i + 1 : -1;
    }
    // (rank, left position, left id, right id): the smallest rank, then the leftmost, on top.
    using Candidate = std::tuple<std::int32_t, int, std::int32_t, std::int32_t>;
    std::priority_queue<Candidate, std::vector<Candidate>, std::greater<>> queue;
    const auto consider = [&](int left) {
        if (left < 0)
            return;
        const int right = next[std::size_t(left)];
        if (right < 0)
            return;
        const std::int32_t a = symbols[std::size_t(left)], b = symbols[std::size_t(right)];
        if (const Merge *m = find(a, b))
            queue.emplace(m->rank, left, a, b);
    };
    for (int i = 0; i + 1 < n; ++i)
        consider(i);
    while (!queue.empty()) {
        const auto [rank, left, a, b] = queue.top();
        queue.pop();
        const int right = next[std::size_t(left)];
        // Stale when either side has changed since the candidate was queued.
        if (!alive[std::size_t(left)] || right < 0 || symbols[std::size_t(left)] != a
            || symbols[std::size_t(right)] != b)
            continue;
        symbols[std::size_t(left)] = find(a, b)->merged;
        alive[std::size_t(right)] = 0;
        next[std::size_t(left)] = next[std::size_t(right)];
        if (next[std::size_t(left)] >= 0)
            prev[std::size_t(next[std::size_t(left)])] = left;
        consider(prev[std::size_t(left)]);
        consider(left);
    }
    std::size_t out = 0;
    for (int i = 0; i < n; ++i)
        if (alive[std::size_t(i)])
            symbols[out++] = symbols[std::size_t(i)];
    symbols.resize(out);
}

} // namespace attnscope::model
