// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace attnscope::core {

enum class Mechanism { Bahdanau, Sdpa, Mha, Gqa, Mqa, Mla };
enum class AttentionKind { Self, Cross };
enum class RopeLayout { Interleaved, Half };
enum class MlaPath { Naive, Absorbed };
// What a computation runs on: seeded random weights and inputs, or a shipped trained model
// (docs/teaching-models.md) reading a text.
enum class InputSource { Seeded, Trained };

// Stable identifiers, as used on the command line and in files.
[[nodiscard]] std::string_view mechanismId(Mechanism m);
[[nodiscard]] std::optional<Mechanism> mechanismFromId(std::string_view id);
[[nodiscard]] std::string_view attentionKindId(AttentionKind a);
[[nodiscard]] std::string_view ropeLayoutId(RopeLayout l);
[[nodiscard]] std::optional<RopeLayout> ropeLayoutFromId(std::string_view id);
[[nodiscard]] std::string_view mlaPathId(MlaPath p);
[[nodiscard]] std::optional<MlaPath> mlaPathFromId(std::string_view id);
[[nodiscard]] std::string_view inputSourceId(InputSource i); // "seeded", "trained"
[[nodiscard]] std::optional<InputSource> inputSourceFromId(std::string_view id);

// What the user asks for. Optional fields are "not given": resolve() fills them with the
// mechanism's defaults. All sizes are 64-bit so that absurd values are refused by
// validate() rather than wrapped.
struct Request
{
    Mechanism mechanism = Mechanism::Mha;
    std::optional<std::int64_t> dModel;
    std::optional<std::int64_t> nHeads;
    std::optional<std::int64_t> nKvHeads;
    std::optional<std::int64_t> dHead;
    std::optional<std::int64_t> tokens;
    std::optional<std::int64_t> sourceTokens;
    bool causal = false;
    AttentionKind attention = AttentionKind::Self;
    std::uint64_t seed = 0;
    std::optional<std::int64_t> dLatentKv;
    std::optional<std::int64_t> dLatentQ;
    std::optional<std::int64_t> dRope;
    std::optional<double> ropeBase;
    std::optional<RopeLayout> ropeLayout;
    std::optional<MlaPath> mlaPath;
    std::optional<std::int64_t> hidden;
    std::optional<std::int64_t> alignDim;
    // Trained input: the model's shape replaces the sizes above, which must then be left out.
    InputSource input = InputSource::Seeded;
    std::optional<std::string> text;   // the sentence (bahdanau: the date) the model reads
    std::optional<std::int64_t> layer; // the language model's layer shown, from 0; default: the last

    bool operator==(const Request &) const = default;
};

// A complete, resolved configuration: every field has its value. Only a Config that
// validate() accepted may be computed.
//
// Meaning of the sizes per mechanism:
//  - sdpa: one head; d_head is d_k = d_v (default d_model).
//  - mha/gqa/mqa: n_heads query heads of width d_head, n_kv_heads K/V heads.
//  - mla: d_head is the non-RoPE width d_h of q_C, k_C and v_C per head; d_rope is d_h^R;
//    d_latent_kv is d_c, d_latent_q is d_c' (0 = no query compression). Always causal.
//  - bahdanau: d_model is the embedding width m, hidden the GRU width n, align_dim n';
//    tokens is T_tgt (decoder steps), source_tokens T_src.
struct Config
{
    Mechanism mechanism = Mechanism::Mha;
    std::int64_t dModel = 32;
    std::int64_t nHeads = 4;
    std::int64_t nKvHeads = 4;
    std::int64_t dHead = 8;
    std::int64_t tokens = 6;
    std::int64_t sourceTokens = 5;
    bool causal = false;
    AttentionKind attention = AttentionKind::Self;
    std::uint64_t seed = 0;
    std::int64_t dLatentKv = 32;
    std::int64_t dLatentQ = 0;
    std::int64_t dRope = 4;
    double ropeBase = 10000.0;
    RopeLayout ropeLayout = RopeLayout::Interleaved;
    MlaPath mlaPath = MlaPath::Naive;
    std::int64_t hidden = 16;
    std::int64_t alignDim = 16;
    // Trained input (InputSource::Trained): the text and the layer (-1: not yet known, the last;
    // the model library's resolve fills it, with the shape, from the model). Seeded: "" and 0.
    InputSource input = InputSource::Seeded;
    std::string text;
    std::int64_t layer = 0;

    // Length of the key/value sequence: source_tokens for cross attention and Bahdanau.
    [[nodiscard]] std::int64_t keyTokens() const;
    bool operator==(const Config &) const = default;
};

// Default sizes used when a Request leaves a field out.
struct Defaults
{
    static constexpr std::int64_t dModel = 32;
    static constexpr std::int64_t nHeads = 4;
    static constexpr std::int64_t tokens = 6;
    static constexpr std::int64_t sourceTokens = 5;
    static constexpr std::int64_t hidden = 16;
    static constexpr double ropeBase = 10000.0;
};

// Fills the Request's missing fields from the mechanism's defaults. Never fails: values
// are checked by validate(). Derived defaults: d_head = d_model / n_heads (d_model for
// sdpa); n_kv_heads = n_heads (mha), 1 (mqa), n_heads / 2 when even else 1 (gqa);
// d_c = 4 d_h and d_h^R = d_h / 2 (rounded up to even), the DeepSeek-V2 ratios;
// align_dim = hidden. Trained input: the seeded defaults of the sizes, the text (default:
// defaultTrainedText()) and the layer (default -1); model/trainedinput.h's resolveInput() then
// puts the trained model's shape in.
[[nodiscard]] Config resolve(const Request &request);

// The text a trained model reads when none is given: a sentence for the language models, a
// date for bahdanau's translator.
[[nodiscard]] std::string_view defaultTrainedText(Mechanism mechanism);

} // namespace attnscope::core
