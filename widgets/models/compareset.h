// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"
#include "core/trace/tensor.h"

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace attnscope::widgets {

// MHA, GQA, MQA and MLA computed on one shape, input and seed, for the compare view.
//
// All four are causal self-attention: MLA is only defined causal (DeepSeek-V2 is a decoder),
// so the other three are made causal too, whatever the base says, or their maps and outputs
// would differ by the mask rather than by the mechanism. All four read the same X (same seed,
// same tensor name, same [tokens, d_model]); their projection weights come from the same seed
// but differ wherever their shapes differ (W_K, W_V, MLA's own matrices). The differences
// therefore show what a mechanism changes on one input with one seed. With trained input the
// four are the shipped trained models (model/teaching.h) on the base's text and layer: how
// trained models of each kind attend to the same sentence.

// The mechanisms of a compare set, in the order of CompareSet::entries.
inline constexpr std::array<core::Mechanism, 4> kCompareMechanisms = {core::Mechanism::Mha, core::Mechanism::Gqa,
                                                                      core::Mechanism::Mqa, core::Mechanism::Mla};

// KV heads of the GQA variant of a shape with `nHeads` query heads: `baseKvHeads` when it is a
// proper divisor of nHeads (1 < n_kv < n_h, so that GQA differs from both MHA and MQA); else
// the largest divisor of nHeads strictly between 1 and nHeads; else 1 (nHeads is 1, 2 or
// prime, and GQA coincides with MQA).
[[nodiscard]] std::int64_t gqaKvHeadsFor(std::int64_t nHeads, std::int64_t baseKvHeads);

// The four configurations built from a base: its d_model, heads, head width, tokens, seed and
// RoPE settings; self-attention, causal. MHA n_kv = n_h; GQA n_kv = gqaKvHeadsFor(); MQA 1;
// MLA on the absorbed path with d_c = the base's d_latent_kv when > 0 (else 4 d_h) and
// d_h^R = the base's d_rope when even and >= 2 (else d_h / 2 rounded up to even, at least 2),
// the DeepSeek-V2 ratios; d_c' is the base's d_latent_q for an MLA base, else 0.
[[nodiscard]] std::array<core::Config, 4> compareConfigs(const core::Config &base);

struct CompareEntry
{
    core::Mechanism mechanism = core::Mechanism::Mha;
    core::Config config;
    // Empty when this mechanism's computation failed (validation, memory); error says why.
    std::string error;
    core::Tensor weights; // attention weights [n_h, T, T]
    core::Matrix output;  // [T, d_model]
    // The tokens of a trained input (the trace's labels); empty when seeded.
    std::vector<std::string> queryLabels, keyLabels;
    // max and mean |output - MHA output| over all entries; 0 for MHA itself, NaN when either
    // output is missing or the input is trained (four different networks).
    double maxAbsDifference = 0.0;
    double meanAbsDifference = 0.0;
    // core::kvCacheElementsPerToken(): per token and per layer; nullopt on overflow.
    std::optional<std::int64_t> kvElementsPerToken;

    [[nodiscard]] bool ok() const { return error.empty(); }
};

struct CompareSet
{
    core::Config base;
    std::vector<CompareEntry> entries; // kCompareMechanisms order
    bool complete = false;             // false when stopped early by the caller

    [[nodiscard]] const CompareEntry *entry(core::Mechanism mechanism) const;
};

// Computes the four traces one after the other and keeps only what the view shows (one
// trace's memory at a time). Runs on a worker thread: no widgets. Never throws for a bad
// configuration: each entry carries its own error. `shouldStop`, when given, is asked
// between mechanisms; when it returns true the set is returned incomplete.
[[nodiscard]] CompareSet computeCompareSet(const core::Config &base,
                                           const std::function<bool()> &shouldStop = std::function<bool()>());

} // namespace attnscope::widgets
