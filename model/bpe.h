// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace attnscope::model {

// BPE merges by rank: merge i of tokenizer.json joins tokens (left, right) into `merged` and has
// rank i; a lower rank merges first. merge() runs Hugging Face's algorithm: a priority queue over
// adjacent pairs (lowest rank, then leftmost, first), O(n log n) in the word's length.
class BpeMerges
{
public:
    // A pair listed twice keeps its last rank, as Hugging Face's HashMap does.
    void add(std::int32_t left, std::int32_t right, std::int32_t merged, std::int32_t rank);
    [[nodiscard]] std::size_t size() const { return m_merges.size(); }
    // symbols: the word's initial token ids (one per byte-level character); merged in place.
    void merge(std::vector<std::int32_t> &symbols) const;

private:
    struct Merge
    {
        std::int32_t rank;
        std::int32_t merged;
    };
    static std::uint64_t key(std::int32_t left, std::int32_t right)
    {
        return (std::uint64_t(std::uint32_t(left)) << 32) | std::uint32_t(right);
    }
    const Merge *find(std::int32_t left, std::int32_t right) const;

    std::unordered_map<std::uint64_t, Merge> m_merges;
};

} // namespace attnscope::model
